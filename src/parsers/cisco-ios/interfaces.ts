import type { FilterFamily, Interface, InterfaceAddress, SourceSpan, TunnelSettings } from '../../model/index.js';
import { ipv4MaskToLength, parseIpv4 } from '../../net/ipv4.js';
import { ipv6Text } from './acl-match.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import { canonicalInterfaceName, interfaceKind, parentInterface } from './names.js';
import type { LineContext, ParseState } from './state.js';

/** Facts about an interface that only matter once the whole file is read (see finalize). */
export interface InterfaceNotes {
  /** An explicit `no ip address` line: a routed port that simply has no address. */
  noIpAddressLine: boolean;
  /** `no switchport`: a routed port on a switch. */
  routedPort: boolean;
}

export interface InterfaceState {
  byName: Map<string, Interface>;
  notes: Map<Interface, InterfaceNotes>;
  /** Any `switchport …` line anywhere: the device is a switch (affects ipRouting and port defaults). */
  switchSyntaxSeen: boolean;
}

export function newInterfaceState(): InterfaceState {
  return { byName: new Map(), notes: new Map(), switchSyntaxSeen: false };
}

export type InterfaceBlock = Extract<Block, { kind: 'interface' }>;
type Ctx = LineContext<InterfaceBlock>;

/** Find or create an interface by any spelling of its name; IOS merges repeated `interface X` blocks. */
export function interfaceNamed(state: ParseState, rawName: string, span: SourceSpan): Interface {
  const name = canonicalInterfaceName(rawName);
  const existing = state.interfaces.byName.get(name);
  if (existing) return existing;
  const iface: Interface = { name, kind: interfaceKind(name), shutdown: false, addresses: [], filters: [], source: span };
  const parent = parentInterface(name);
  if (parent !== undefined) iface.parent = parent;
  state.interfaces.byName.set(name, iface);
  state.interfaces.notes.set(iface, { noIpAddressLine: false, routedPort: false });
  state.device.interfaces.push(iface);
  return iface;
}

export function notesOf(state: ParseState, iface: Interface): InterfaceNotes {
  return state.interfaces.notes.get(iface)!;
}

export function openInterface(ast: { names: string[] }, ctx: LineContext): Block {
  return { kind: 'interface', interfaces: ast.names.map((n) => interfaceNamed(ctx.state, n, ctx.span)) };
}

const RANGE_LIMIT = 4096;

/** `interface range Gi1/0/1 - 24 , Gi1/0/30`: the block applies to every interface of the range. */
export function openInterfaceRange(ast: { items: { name: string; last: number | null }[] }, ctx: LineContext): Block {
  const names: string[] = [];
  for (const item of ast.items) {
    const name = canonicalInterfaceName(item.name);
    if (item.last === null) {
      names.push(name);
      continue;
    }
    const m = /^(.*?)([0-9]+)$/.exec(name);
    const first = m ? Number(m[2]) : NaN;
    if (!m || item.last < first || item.last - first > RANGE_LIMIT) {
      throw new LineNotUnderstood(`interface range "${item.name} - ${item.last}" is not valid / インタフェース範囲が不正です`);
    }
    for (let n = first; n <= item.last; n++) names.push(`${m[1]}${n}`);
  }
  return { kind: 'interface', interfaces: names.map((n) => interfaceNamed(ctx.state, n, ctx.span)) };
}

function each(ctx: Ctx, apply: (iface: Interface) => void): void {
  for (const iface of ctx.block.interfaces) apply(iface);
}

export function description(ast: { text: string }, ctx: Ctx): void {
  each(ctx, (i) => {
    if (ast.text === '') delete i.description;
    else i.description = ast.text;
  });
}

export function shutdown(ast: { shutdown: boolean }, ctx: Ctx): void {
  each(ctx, (i) => (i.shutdown = ast.shutdown));
}

export function ipAddress(ast: { address: string; mask: string; secondary: boolean }, ctx: Ctx): void {
  const length = ipv4MaskToLength(parseIpv4(ast.mask) ?? 1);
  if (length === undefined) throw new LineNotUnderstood(`${ast.mask} is not a contiguous netmask / ネットマスクが不正です`);
  const address: InterfaceAddress = { address: ast.address, prefixLength: length, family: 4 };
  if (ast.secondary) address.secondary = true;
  each(ctx, (i) => {
    // A second primary address replaces the first one (IOS keeps one primary per interface).
    if (!ast.secondary) {
      i.addresses = i.addresses.filter((a) => a.family !== 4 || a.secondary);
      delete i.dynamicAddress;
    }
    i.addresses.push({ ...address });
  });
}

export function dynamicAddress(ast: { how: 'dhcp' | 'negotiated' }, ctx: Ctx): void {
  each(ctx, (i) => {
    i.addresses = i.addresses.filter((a) => a.family !== 4);
    i.dynamicAddress = ast.how;
  });
}

export function noIpAddress(_ast: unknown, ctx: Ctx): void {
  each(ctx, (i) => {
    i.addresses = i.addresses.filter((a) => a.family !== 4);
    delete i.dynamicAddress;
    notesOf(ctx.state, i).noIpAddressLine = true;
  });
}

export function ipv6Address(ast: { address: string; length: number }, ctx: Ctx): void {
  if (ast.length > 128) throw new LineNotUnderstood('IPv6 prefix length out of range / IPv6 プレフィックス長が範囲外です');
  const address = ipv6Text(ast.address);
  each(ctx, (i) => i.addresses.push({ address, prefixLength: ast.length, family: 6 }));
}

export function unnumbered(ast: { iface: string }, ctx: Ctx): void {
  each(ctx, (i) => (i.unnumbered = canonicalInterfaceName(ast.iface)));
}

export function vrf(ast: { vrf: string }, ctx: Ctx): void {
  each(ctx, (i) => (i.vrf = ast.vrf));
}

/** `ip verify unicast source reachable-via rx|any`: unicast RPF on received packets (model: reversePathCheck). */
export function reversePathCheck(ast: { mode: 'strict' | 'loose' }, ctx: Ctx): void {
  each(ctx, (i) => (i.reversePathCheck = { mode: ast.mode, source: ctx.span }));
}

export function encapsulation(ast: { vlan: number }, ctx: Ctx): void {
  if (ast.vlan < 1 || ast.vlan > 4094) throw new LineNotUnderstood(`VLAN ${ast.vlan} is out of range / VLAN 番号が範囲外です`);
  each(ctx, (i) => (i.encapsulationVlan = ast.vlan));
}

export function channelGroup(ast: { group: number }, ctx: Ctx): void {
  const aggregate = `Port-channel${ast.group}`;
  each(ctx, (i) => {
    i.channelGroup = aggregate;
    i.parent = aggregate;
  });
}

/** `ip access-group`, `ipv6 traffic-filter`, `mac access-group`: one list per family and direction. */
export function accessGroup(ast: { family: FilterFamily; acl: string; direction: 'in' | 'out' }, ctx: Ctx): void {
  each(ctx, (i) => {
    i.filters = i.filters.filter((f) => f.family !== ast.family || f.direction !== ast.direction);
    i.filters.push({ filter: ast.acl, family: ast.family, direction: ast.direction, source: ctx.span });
  });
}

export function natRole(ast: { role: 'inside' | 'outside' }, ctx: Ctx): void {
  each(ctx, (i) => (i.natRole = ast.role));
}

export function cryptoMap(ast: { map: string }, ctx: Ctx): void {
  each(ctx, (i) => (i.cryptoMap = ast.map));
}

function tunnelOf(iface: Interface, span: SourceSpan): TunnelSettings {
  iface.tunnel ??= { sourceSpan: span };
  return iface.tunnel;
}

export function tunnelSource(ast: { source: string }, ctx: Ctx): void {
  const source = /^[0-9.:]+$|^dynamic$/.test(ast.source) ? ast.source : canonicalInterfaceName(ast.source);
  each(ctx, (i) => (tunnelOf(i, ctx.span).source = source));
}

export function tunnelDestination(ast: { destination: string }, ctx: Ctx): void {
  each(ctx, (i) => (tunnelOf(i, ctx.span).destination = ast.destination));
}

export function tunnelMode(ast: { mode: string }, ctx: Ctx): void {
  each(ctx, (i) => (tunnelOf(i, ctx.span).mode = ast.mode));
}

export function tunnelProtection(ast: { profile: string }, ctx: Ctx): void {
  each(ctx, (i) => {
    tunnelOf(i, ctx.span).protection = ast.profile;
    ctx.state.crypto.protectionLines.set(i.name, ctx.span);
  });
}

export function zoneMember(ast: { zone: string }, ctx: Ctx): void {
  each(ctx, (i) => (i.securityZone = ast.zone));
}

export function bridgeGroup(ast: { group: number }, ctx: Ctx): void {
  each(ctx, (i) => (i.bridgeGroup = ast.group));
}
