import type { Interface, PortAccessControl, PortSecurity } from '../../model/index.js';
import { parseVlanId, parseVlanList } from '../../net/vlan.js';
import { expandInterfaceList, interfaceKind, isSwitchPortName } from './interface-names.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, TrunkDraft } from './state.js';

/**
 * The interface of that name, created on first mention. AW+ switch ports and aggregators are
 * layer-2 ports in access mode in VLAN 1 until configured otherwise (AW+ Software Reference for x310,
 * C613-50046-01, 16.3 "Configuring VLANs — Defaults"): they get a switchport with the mode left to the
 * platform default.
 */
export function interfaceNamed(ctx: LineContext, name: string): Interface {
  const device = ctx.state.device;
  let iface = device.interfaces.find((i) => i.name === name);
  if (!iface) {
    iface = { name, kind: interfaceKind(name), shutdown: false, addresses: [], filters: [], source: ctx.span };
    if (isSwitchPortName(name)) iface.switchport = { source: ctx.span };
    device.interfaces.push(iface);
  }
  return iface;
}

/** `interface port1.0.1-1.0.24`: opens interface mode for every interface of the list. */
export function interfaceHead(ast: { names: string }, ctx: LineContext): void {
  const names = expandInterfaceList(ast.names);
  if ('error' in names) throw new LineNotUnderstood(names.error);
  ctx.state.mode = { kind: 'interface', interfaces: names.map((n) => interfaceNamed(ctx, n)) };
}

function current(ctx: LineContext): Interface[] {
  const mode = ctx.state.mode;
  if (mode.kind !== 'interface') throw new LineNotUnderstood('interface setting outside interface mode / インタフェース設定の位置が不正です');
  return mode.interfaces;
}

function switchPorts(ctx: LineContext): Interface[] {
  const ifaces = current(ctx);
  for (const i of ifaces) {
    if (!i.switchport) throw new LineNotUnderstood(`${i.name} is not a switch port / ${i.name} はスイッチポートではありません`);
  }
  return ifaces;
}

export function switchport(ast: { enabled: boolean }, ctx: LineContext): void {
  for (const i of current(ctx)) {
    if (ast.enabled) i.switchport = { ...(i.switchport ?? {}), source: i.switchport?.source ?? ctx.span };
    else delete i.switchport;
  }
}

export function switchportMode(ast: { mode: 'access' | 'trunk' }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) i.switchport = { ...i.switchport!, mode: ast.mode, source: ctx.span };
}

export function accessVlan(ast: { vlan: number }, ctx: LineContext): void {
  const vlan = checkedVlan(ast.vlan);
  for (const i of switchPorts(ctx)) i.switchport!.accessVlan = vlan;
}

/** `switchport voice vlan N`: IP phones send tagged frames in VLAN N on an access port. */
export function voiceVlan(ast: { vlan: number }, ctx: LineContext): void {
  const vlan = checkedVlan(ast.vlan);
  for (const i of switchPorts(ctx)) i.switchport!.voiceVlan = vlan;
}

function checkedVlan(value: number): number {
  const vlan = parseVlanId(String(value));
  if (vlan === undefined) throw new LineNotUnderstood(`VLAN ${value} is out of range 1-4094 / VLAN 番号が範囲外です`);
  return vlan;
}

function vlanList(text: string): number[] {
  const list = parseVlanList(text);
  if ('error' in list) throw new LineNotUnderstood(list.error);
  return list;
}

function allVlans(): Set<number> {
  const all = new Set<number>();
  for (let v = 1; v <= 4094; v++) all.add(v);
  return all;
}

function trunkOf(ctx: LineContext, iface: Interface): TrunkDraft {
  let draft = ctx.state.trunks.get(iface);
  if (!draft) {
    draft = {};
    ctx.state.trunks.set(iface, draft);
  }
  return draft;
}

/** `switchport trunk allowed vlan all|none|add L|remove L|except L|L`: later lines change the set. */
export function trunkAllowed(ast: { how: 'all' | 'none' | 'add' | 'remove' | 'except' | 'set'; list?: string }, ctx: LineContext): void {
  const list = ast.list === undefined ? [] : vlanList(ast.list);
  for (const i of switchPorts(ctx)) {
    const draft = trunkOf(ctx, i);
    const before = draft.allowed ?? new Set<number>();
    switch (ast.how) {
      case 'all':
        draft.allowed = allVlans();
        break;
      case 'none':
        draft.allowed = new Set();
        break;
      case 'add':
        draft.allowed = new Set([...before, ...list]);
        break;
      case 'remove':
        draft.allowed = new Set([...before].filter((v) => !list.includes(v)));
        break;
      case 'except':
        draft.allowed = new Set([...allVlans()].filter((v) => !list.includes(v)));
        break;
      case 'set':
        draft.allowed = new Set(list);
        break;
    }
    i.switchport!.source = i.switchport!.source ?? ctx.span;
  }
}

export function nativeVlan(ast: { vlan: number | 'none' }, ctx: LineContext): void {
  const vlan = ast.vlan === 'none' ? 'none' : checkedVlan(ast.vlan);
  for (const i of switchPorts(ctx)) trunkOf(ctx, i).native = vlan;
}

function portSecurityOf(i: Interface, ctx: LineContext): PortSecurity {
  if (!i.portSecurity) i.portSecurity = { enabled: false, sticky: false, macs: [], source: ctx.span };
  return i.portSecurity;
}

export function portSecurity(ast: { enabled: boolean }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) {
    const ps = portSecurityOf(i, ctx);
    ps.enabled = ast.enabled;
    ps.source = ctx.span;
  }
}

export function portSecurityMaximum(ast: { value: number }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) portSecurityOf(i, ctx).maximum = ast.value;
}

export function portSecurityViolation(ast: { value: string }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) portSecurityOf(i, ctx).violation = ast.value;
}

export function shutdown(ast: { value: boolean }, ctx: LineContext): void {
  for (const i of current(ctx)) i.shutdown = ast.value;
}

export function description(ast: { text: string }, ctx: LineContext): void {
  for (const i of current(ctx)) i.description = ast.text.trim();
}

export function ipAddress(ast: { prefix: { address: string; length: number; family: 4 | 6 }; secondary: boolean }, ctx: LineContext): void {
  const ifaces = current(ctx);
  if (ifaces.length !== 1) throw new LineNotUnderstood('an address on an interface range / 範囲指定のインタフェースにアドレスは設定できません');
  const i = ifaces[0]!;
  const { address, length, family } = ast.prefix;
  if (family === 4 && !ast.secondary) i.addresses = i.addresses.filter((a) => a.family !== 4 || a.secondary);
  i.addresses.push({ address, prefixLength: length, family, ...(ast.secondary ? { secondary: true } : {}) });
}

export function ipDhcp(_ast: unknown, ctx: LineContext): void {
  for (const i of current(ctx)) i.dynamicAddress = 'dhcp';
}

/** `static-channel-group N` joins aggregator saN; `channel-group N mode …` (LACP) joins poN. */
export function channelGroup(ast: { name: string }, ctx: LineContext): void {
  for (const i of current(ctx)) {
    i.channelGroup = ast.name;
    i.parent = ast.name;
  }
}

function accessControlOf(i: Interface, ctx: LineContext): PortAccessControl {
  if (!i.accessControl) i.accessControl = { dot1x: false, mab: false, webAuth: false, source: ctx.span };
  return i.accessControl;
}

/** `dot1x port-control auto`: 802.1X enforced on the port (AT port-auth overview-31). */
export function dot1xPortControl(ast: { value: 'auto' | 'force-authorized' | 'force-unauthorized' }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) {
    const ac = accessControlOf(i, ctx);
    ac.dot1x = true;
    ac.portControl = ast.value;
    ac.source = ctx.span;
  }
}

/**
 * `auth-mac enable` / `auth-web enable`: MAC-based or Web authentication on the port. AW+ has no
 * separate port-control for them: once enabled, the port admits a supplicant only after it
 * authenticates (AT port-auth overview-31), so the port control is `auto` unless 802.1X set one.
 */
export function authEnable(ast: { method: 'mab' | 'web' }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) {
    const ac = accessControlOf(i, ctx);
    if (ast.method === 'mab') ac.mab = true;
    else ac.webAuth = true;
    ac.portControl = ac.portControl ?? 'auto';
  }
}

export function authHostMode(ast: { value: string }, ctx: LineContext): void {
  for (const i of switchPorts(ctx)) accessControlOf(i, ctx).hostMode = ast.value;
}

/** `access-group NAME|N` (also `ip|mac access-group N`): kept in application order, resolved in finalize. */
export function accessGroup(ast: { name: string }, ctx: LineContext): void {
  for (const i of current(ctx)) {
    const list = ctx.state.accessGroups.get(i) ?? [];
    list.push({ name: ast.name, source: ctx.span });
    ctx.state.accessGroups.set(i, list);
  }
}
