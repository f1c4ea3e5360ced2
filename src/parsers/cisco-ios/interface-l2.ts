import type { Interface, PortAccessControl, PortSecurity, SourceSpan, SwitchportSettings } from '../../model/index.js';
import { normalizeMac } from '../../net/mac.js';
import type { InterfaceBlock } from './interfaces.js';
import { notesOf } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

/** Layer-2 port settings: switchport, port security, 802.1X / MAB. */
type Ctx = LineContext<InterfaceBlock>;

const VLAN_MIN = 1;
const VLAN_MAX = 4094;

function switchportOf(iface: Interface, span: SourceSpan): SwitchportSettings {
  iface.switchport ??= { source: span };
  return iface.switchport;
}

/** Every switchport-family line marks the device as a switch; most also make the port a layer-2 port. */
function onSwitchports(ctx: Ctx, apply: (sp: SwitchportSettings, iface: Interface) => void): void {
  ctx.state.interfaces.switchSyntaxSeen = true;
  for (const iface of ctx.block.interfaces) {
    notesOf(ctx.state, iface).routedPort = false;
    apply(switchportOf(iface, ctx.span), iface);
  }
}

function checkVlan(vlan: number): number {
  if (vlan < VLAN_MIN || vlan > VLAN_MAX) throw new LineNotUnderstood(`VLAN ${vlan} is out of range / VLAN 番号 ${vlan} が範囲外です`);
  return vlan;
}

/** `switchport` makes the port layer 2; `no switchport` makes it a routed port. */
export function switchport(ast: { routed: boolean }, ctx: Ctx): void {
  ctx.state.interfaces.switchSyntaxSeen = true;
  if (!ast.routed) {
    onSwitchports(ctx, () => undefined);
    return;
  }
  for (const iface of ctx.block.interfaces) {
    delete iface.switchport;
    notesOf(ctx.state, iface).routedPort = true;
  }
}

export function switchportMode(ast: { mode: SwitchportSettings['mode']; dynamicMode?: string }, ctx: Ctx): void {
  onSwitchports(ctx, (sp) => {
    sp.mode = ast.mode;
    if (ast.dynamicMode) sp.dynamicMode = ast.dynamicMode;
    else delete sp.dynamicMode;
  });
}

export function accessVlan(ast: { vlan: number }, ctx: Ctx): void {
  const vlan = checkVlan(ast.vlan);
  onSwitchports(ctx, (sp) => (sp.accessVlan = vlan));
}

/** `switchport voice vlan N | dot1p | none | untagged`: only a VLAN number is a voice VLAN. */
export function voiceVlan(ast: { vlan: number | string }, ctx: Ctx): void {
  const vlan = typeof ast.vlan === 'number' ? checkVlan(ast.vlan) : undefined;
  onSwitchports(ctx, (sp) => {
    if (vlan === undefined) delete sp.voiceVlan;
    else sp.voiceVlan = vlan;
  });
}

export function nativeVlan(ast: { vlan: number }, ctx: Ctx): void {
  const vlan = checkVlan(ast.vlan);
  onSwitchports(ctx, (sp) => (sp.nativeVlan = vlan));
}

export function nonegotiate(_ast: unknown, ctx: Ctx): void {
  onSwitchports(ctx, (sp) => (sp.nonegotiate = true));
}

interface VlanRangeAst {
  from: number;
  to: number;
}

function expand(ranges: VlanRangeAst[]): Set<number> {
  const ids = new Set<number>();
  for (const r of ranges) {
    checkVlan(r.from);
    checkVlan(r.to);
    if (r.to < r.from) throw new LineNotUnderstood('VLAN range runs backwards / VLAN 範囲の順序が逆です');
    for (let v = r.from; v <= r.to; v++) ids.add(v);
  }
  return ids;
}

function allVlans(): Set<number> {
  const ids = new Set<number>();
  for (let v = VLAN_MIN; v <= VLAN_MAX; v++) ids.add(v);
  return ids;
}

/** `switchport trunk allowed vlan [add|remove|except] LIST | all | none`; undefined = all VLANs. */
export function trunkAllowed(ast: { op: 'set' | 'add' | 'remove' | 'except' | 'all' | 'none'; vlans?: VlanRangeAst[] }, ctx: Ctx): void {
  const listed = expand(ast.vlans ?? []);
  onSwitchports(ctx, (sp) => {
    const current = sp.trunkAllowed === undefined ? undefined : new Set(sp.trunkAllowed);
    let next: Set<number> | undefined;
    switch (ast.op) {
      case 'all':
        next = undefined;
        break;
      case 'none':
        next = new Set();
        break;
      case 'set':
        next = listed;
        break;
      case 'add':
        next = current === undefined ? undefined : new Set([...current, ...listed]);
        break;
      case 'remove':
        next = current ?? allVlans();
        for (const v of listed) next.delete(v);
        break;
      case 'except':
        next = allVlans();
        for (const v of listed) next.delete(v);
        break;
    }
    if (next === undefined) delete sp.trunkAllowed;
    else sp.trunkAllowed = [...next].sort((a, b) => a - b);
  });
}

function portSecurityOf(iface: Interface, span: SourceSpan): PortSecurity {
  iface.portSecurity ??= { enabled: false, sticky: false, macs: [], source: span };
  return iface.portSecurity;
}

function onPortSecurity(ctx: Ctx, apply: (ps: PortSecurity) => void): void {
  ctx.state.interfaces.switchSyntaxSeen = true;
  for (const iface of ctx.block.interfaces) apply(portSecurityOf(iface, ctx.span));
}

/** Only the bare `switchport port-security` line turns port security on; the parameters alone do not. */
export function portSecurity(ast: { enabled: boolean }, ctx: Ctx): void {
  onPortSecurity(ctx, (ps) => {
    ps.enabled = ast.enabled;
    ps.source = ctx.span;
  });
}

export function portSecurityMaximum(ast: { maximum: number }, ctx: Ctx): void {
  onPortSecurity(ctx, (ps) => (ps.maximum = ast.maximum));
}

export function portSecurityViolation(ast: { violation: string }, ctx: Ctx): void {
  onPortSecurity(ctx, (ps) => (ps.violation = ast.violation));
}

export function portSecurityMac(ast: { sticky: boolean; mac: string | null }, ctx: Ctx): void {
  const mac = ast.mac === null ? undefined : normalizeMac(ast.mac);
  if (ast.mac !== null && mac === undefined) throw new LineNotUnderstood('not a MAC address / MAC アドレスが不正です');
  onPortSecurity(ctx, (ps) => {
    if (ast.sticky) ps.sticky = true;
    if (mac !== undefined && !ps.macs.includes(mac)) ps.macs.push(mac);
  });
}

function accessControlOf(iface: Interface, span: SourceSpan): PortAccessControl {
  iface.accessControl ??= { dot1x: false, mab: false, webAuth: false, source: span };
  return iface.accessControl;
}

function onAccessControl(ctx: Ctx, apply: (ac: PortAccessControl) => void): void {
  for (const iface of ctx.block.interfaces) apply(accessControlOf(iface, ctx.span));
}

/**
 * `authentication port-control`, `access-session port-control`, `dot1x port-control`. The old
 * `dot1x port-control` form (IOS 12.2) both enables 802.1X and sets the mode; with the newer forms
 * 802.1X needs `dot1x pae authenticator` and MAB needs `mab`.
 */
export function portControl(ast: { via: string; mode: PortAccessControl['portControl'] }, ctx: Ctx): void {
  onAccessControl(ctx, (ac) => {
    ac.portControl = ast.mode;
    if (ast.via === 'dot1x') ac.dot1x = true;
    ac.source = ctx.span;
  });
}

/** `dot1x pae authenticator|both` makes the port an 802.1X authenticator. */
export function dot1xPae(_ast: unknown, ctx: Ctx): void {
  onAccessControl(ctx, (ac) => (ac.dot1x = true));
}

export function mab(ast: { enabled: boolean }, ctx: Ctx): void {
  onAccessControl(ctx, (ac) => (ac.mab = ast.enabled));
}

export function hostMode(ast: { mode: string }, ctx: Ctx): void {
  onAccessControl(ctx, (ac) => (ac.hostMode = ast.mode));
}
