import type { Interface, InterfaceKind } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

/**
 * IX names an interface `<type><slot>.<sub>` (`<type><slot>/<port>.<sub>` on the IX2000 series):
 * `GigaEthernet0.0` is port 0 itself, `GigaEthernet0.1` a sub-interface of it (PPPoE session or 802.1Q VLAN), `Tunnel0.0` a tunnel, `BVI1` a bridge
 * (vendor-syntax.md §2).
 */
function kindOf(name: string): InterfaceKind {
  if (/^Loopback/i.test(name)) return 'loopback';
  if (/^Tunnel/i.test(name)) return 'tunnel';
  if (/^BVI/i.test(name)) return 'virtual';
  if (/^Null/i.test(name)) return 'other';
  if (/^((Giga|Fast|TenGiga)?Ethernet|BRI|USB-Serial)(\d+\/)?\d+\.0$/i.test(name)) return 'physical';
  if (/^(Giga|Fast|TenGiga)?Ethernet(\d+\/)?\d+\.\d+$/i.test(name)) return 'subinterface';
  return 'other';
}

/**
 * Interfaces that are administratively down until `no shutdown`. Source: the running-config of an
 * IX2215 (10.7.18) as shipped, quoted in a public netmiko write-up (find_string id 623059270):
 * GigaEthernet, BRI and USB-Serial interfaces carry `shutdown` and `show ip interface` reports
 * "administratively down" until `no shutdown`; Loopback0.0 and Null0.0 carry no shutdown line.
 * Tunnel and BVI interfaces are taken to behave like the ports: every sample in the corpus and in
 * vendor-syntax.md §2 brings them up with an explicit `no shutdown`.
 */
function startsShutDown(name: string): boolean {
  return !/^(Loopback|Null)/i.test(name);
}

/** The interface named `name`, created on first mention with the platform's default state. */
export function interfaceNamed(ctx: LineContext, name: string): Interface {
  const { device } = ctx.state;
  let found = device.interfaces.find((i) => i.name === name);
  if (!found) {
    const kind = kindOf(name);
    found = { name, kind, shutdown: startsShutDown(name), addresses: [], filters: [], source: ctx.span };
    const parent = /^(.*Ethernet(?:\d+\/)?\d+)\.(\d+)$/i.exec(name);
    if (kind === 'subinterface' && parent) found.parent = `${parent[1]}.0`;
    device.interfaces.push(found);
  }
  return found;
}

/** The interface whose mode the line is in. */
export function currentInterface(ctx: LineContext): Interface {
  const mode = ctx.state.mode;
  if (mode.kind !== 'interface') throw new LineNotUnderstood('interface setting outside an interface / interface の外のインタフェース設定');
  return interfaceNamed(ctx, mode.name);
}

export function interfaceHeader(ast: { name: string }, ctx: LineContext): void {
  interfaceNamed(ctx, ast.name);
  ctx.state.mode = { kind: 'interface', name: ast.name };
}

export function description(ast: { text: string }, ctx: LineContext): void {
  currentInterface(ctx).description = ast.text;
}

type Prefix = { address: string; length: number } | { address: string; mask: string };

/** Prefix length of a dotted mask; undefined when the mask is not contiguous. */
export function maskLength(mask: string): number | undefined {
  const n = mask.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const bits = n.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? 32 : bits.indexOf('0') : undefined;
}

export function prefixLength(prefix: Prefix, family: 4 | 6): number {
  const length = 'mask' in prefix ? maskLength(prefix.mask) : prefix.length;
  if (length === undefined) throw new LineNotUnderstood('mask is not contiguous / 不連続なマスク');
  if (length > (family === 4 ? 32 : 128)) throw new LineNotUnderstood(`prefix length /${length} / 不正なプレフィックス長`);
  return length;
}

interface AddressAst {
  dynamic?: 'dhcp' | 'negotiated';
  family?: 4 | 6;
  prefix?: Prefix;
  secondary?: boolean;
}

/** `ip address A/N | A M [secondary] | dhcp | ipcp`, `ipv6 address X/N`: a new primary replaces the old one. */
export function ifAddress(ast: AddressAst, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  if (ast.dynamic) {
    iface.dynamicAddress = iface.dynamicAddress === 'pppoe' && ast.dynamic === 'negotiated' ? 'pppoe' : ast.dynamic;
    return;
  }
  const family = ast.family!;
  const length = prefixLength(ast.prefix!, family);
  const address = { address: ast.prefix!.address, prefixLength: length, family, ...(ast.secondary ? { secondary: true } : {}) };
  if (!ast.secondary && family === 4) iface.addresses = iface.addresses.filter((a) => a.family !== 4 || a.secondary);
  iface.addresses.push(address);
}

export function unnumbered(ast: { iface: string }, ctx: LineContext): void {
  currentInterface(ctx).unnumbered = ast.iface;
}

export function shutdown(ast: { on: boolean }, ctx: LineContext): void {
  currentInterface(ctx).shutdown = ast.on;
}

/** `encapsulation dot1q N`: a tagged sub-interface; `encapsulation pppoe`: a PPPoE session (address by IPCP). */
export function encapsulation(ast: { kind: 'dot1q' | 'pppoe' | 'ppp'; vlan?: number }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  if (ast.kind === 'dot1q') {
    if (ast.vlan! < 1 || ast.vlan! > 4094) throw new LineNotUnderstood(`VLAN ${ast.vlan} out of range / VLAN 番号が範囲外です`);
    iface.encapsulationVlan = ast.vlan!;
  } else if (ast.kind === 'pppoe') {
    iface.dynamicAddress = 'pppoe';
  }
}

/** `ppp binding P`: the PPP account the session logs in with; nothing to audit beyond the session itself. */
export function pppBinding(_ast: { profile: string }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  iface.dynamicAddress ??= 'pppoe';
}

export function bridgeGroup(ast: { group: number }, ctx: LineContext): void {
  currentInterface(ctx).bridgeGroup = ast.group;
}

export function tunnelMode(ast: { mode: string }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  iface.tunnel = { ...(iface.tunnel ?? {}), mode: ast.mode, sourceSpan: iface.tunnel?.sourceSpan ?? ctx.span };
}

/** `tunnel source|destination X`, `ikev2 outgoing-interface IF`: the endpoints the topology pairs. */
export function tunnelEndpoint(ast: { which: 'source' | 'destination'; value: string }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  iface.tunnel = { ...(iface.tunnel ?? {}), [ast.which]: ast.value, sourceSpan: iface.tunnel?.sourceSpan ?? ctx.span };
}
