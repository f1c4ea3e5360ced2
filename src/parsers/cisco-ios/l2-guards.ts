import type { Device, Interface, L2GuardSettings, PortGuards } from '../../model/index.js';
import type { InterfaceBlock } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * Layer-2 guards for NAC-02: DHCP snooping, dynamic ARP inspection, IP source guard, BPDU guard and
 * PortFast, as facts. Whether a port is protected enough is the rule's decision, not the parser's.
 */
interface Toggle {
  on: boolean;
}
interface VlanRange {
  from: number;
  to: number;
}

function guardsOf(device: Device): L2GuardSettings {
  device.l2Guards ??= { dhcpSnoopingVlans: [], arpInspectionVlans: [] };
  return device.l2Guards;
}

function expand(ranges: VlanRange[]): number[] {
  const out: number[] = [];
  for (const r of ranges) {
    if (r.from < 1 || r.to > 4094 || r.to < r.from) throw new LineNotUnderstood('VLAN list out of range / VLAN 番号が範囲外です');
    for (let v = r.from; v <= r.to; v++) out.push(v);
  }
  return out;
}

/** Adds (or with `no`, removes) VLANs of a list, keeping it sorted and without repeats. */
function updateVlans(list: number[], ranges: VlanRange[], on: boolean): number[] {
  const changed = new Set(expand(ranges));
  const next = on ? [...new Set([...list, ...changed])] : list.filter((v) => !changed.has(v));
  return next.sort((a, b) => a - b);
}

export function dhcpSnooping(ast: Toggle, ctx: LineContext): void {
  const guards = guardsOf(ctx.state.device);
  if (ast.on) guards.dhcpSnooping = ctx.span;
  else delete guards.dhcpSnooping;
}

export function dhcpSnoopingVlan(ast: Toggle & { vlans: VlanRange[] }, ctx: LineContext): void {
  const guards = guardsOf(ctx.state.device);
  guards.dhcpSnoopingVlans = updateVlans(guards.dhcpSnoopingVlans, ast.vlans, ast.on);
}

export function arpInspectionVlan(ast: Toggle & { vlans: VlanRange[] }, ctx: LineContext): void {
  const guards = guardsOf(ctx.state.device);
  guards.arpInspectionVlans = updateVlans(guards.arpInspectionVlans, ast.vlans, ast.on);
}

export function bpduGuardDefault(ast: Toggle, ctx: LineContext): void {
  const guards = guardsOf(ctx.state.device);
  if (ast.on) guards.bpduGuardDefault = ctx.span;
  else delete guards.bpduGuardDefault;
}

export function portfastDefault(ast: Toggle, ctx: LineContext): void {
  const guards = guardsOf(ctx.state.device);
  if (ast.on) guards.portfastDefault = ctx.span;
  else delete guards.portfastDefault;
}

type PortCtx = LineContext<InterfaceBlock>;

function onPorts(ctx: PortCtx, apply: (guards: PortGuards) => void): void {
  for (const iface of ctx.block.interfaces as Interface[]) {
    iface.portGuards ??= { source: ctx.span };
    apply(iface.portGuards);
  }
}

export function ipSourceGuard(ast: Toggle, ctx: PortCtx): void {
  onPorts(ctx, (g) => (g.ipSourceGuard = ast.on));
}

export function bpduGuard(ast: Toggle, ctx: PortCtx): void {
  onPorts(ctx, (g) => (g.bpduGuard = ast.on));
}

export function portfast(ast: Toggle, ctx: PortCtx): void {
  onPorts(ctx, (g) => (g.portfast = ast.on));
}

export function dhcpSnoopingTrust(ast: Toggle, ctx: PortCtx): void {
  onPorts(ctx, (g) => (g.dhcpSnoopingTrusted = ast.on));
}

export function arpInspectionTrust(ast: Toggle, ctx: PortCtx): void {
  onPorts(ctx, (g) => (g.arpInspectionTrusted = ast.on));
}

/**
 * On a switch, record that the guards were read (even when none is set) and each port's DTP stance:
 * Catalyst ports send DTP unless `switchport nonegotiate` (Cisco Catalyst configuration guides,
 * "Configuring VLAN Trunks": nonegotiate "prevents the interface from generating DTP frames").
 */
export function finalizeL2Guards(state: ParseState): void {
  const ports = state.device.interfaces.filter((i) => i.switchport !== undefined);
  if (ports.length === 0) return;
  guardsOf(state.device);
  for (const port of ports) port.switchport!.negotiates = port.switchport!.nonegotiate !== true;
}
