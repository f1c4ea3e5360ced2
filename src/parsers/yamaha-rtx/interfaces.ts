import type { Interface, InterfaceKind } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/** An interface as the grammar names it: explicit (`lan1`, `tunnel2`) or the selected pp/tunnel. */
export type IfRef = { name: string } | { context: 'pp' | 'tunnel' };

/** Resolve `ip pp …` / `ip tunnel …` to the interface chosen by the last `pp select` / `tunnel select`. */
export function resolveIfRef(state: ParseState, ref: IfRef): string {
  if ('name' in ref) return ref.name;
  const selected = state.selected;
  if (!selected || selected.kind !== ref.context) {
    throw new LineNotUnderstood(`"${ref.context}" used while no ${ref.context} is selected / ${ref.context} select で選択されていない状態で使われています`);
  }
  return selected.name;
}

function kindOf(name: string): InterfaceKind {
  if (/^lan\d+[/.]\d+$/.test(name)) return 'subinterface';
  if (/^(lan|onu|wan|usb)\d+$/.test(name)) return 'physical';
  if (name.startsWith('tunnel')) return 'tunnel';
  if (name.startsWith('loopback')) return 'loopback';
  if (name.startsWith('vlan')) return 'vlan';
  return 'virtual';
}

/**
 * The interface named `name`, created on first mention. PP and tunnel interfaces start shut down:
 * they carry traffic only after `pp enable N` / `tunnel enable N` (vendor-syntax.md §1, "Shutdown").
 */
export function interfaceNamed(ctx: LineContext, name: string): Interface {
  const { device } = ctx.state;
  let found = device.interfaces.find((i) => i.name === name);
  if (!found) {
    const kind = kindOf(name);
    found = {
      name,
      kind,
      shutdown: name.startsWith('pp') || kind === 'tunnel',
      addresses: [],
      filters: [],
      source: ctx.span,
    };
    const parent = /^(lan\d+)[/.]\d+$/.exec(name)?.[1];
    if (parent) found.parent = parent;
    device.interfaces.push(found);
  }
  return found;
}

interface SelectAst {
  value: number | 'none' | 'anonymous';
}

export function ppSelect(ast: SelectAst, ctx: LineContext): void {
  if (ast.value === 'none') {
    ctx.state.selected = undefined;
    return;
  }
  const name = ast.value === 'anonymous' ? 'pp-anonymous' : `pp${ast.value}`;
  interfaceNamed(ctx, name);
  ctx.state.selected = { kind: 'pp', name };
}

export function tunnelSelect(ast: SelectAst, ctx: LineContext): void {
  if (ast.value === 'none') {
    ctx.state.selected = undefined;
    return;
  }
  const name = `tunnel${ast.value}`;
  interfaceNamed(ctx, name);
  ctx.state.selected = { kind: 'tunnel', name };
}

export function enable(ast: { kind: 'pp' | 'tunnel'; enabled: boolean; value: number | 'anonymous' }, ctx: LineContext): void {
  const name = ast.value === 'anonymous' ? 'pp-anonymous' : `${ast.kind}${ast.value}`;
  interfaceNamed(ctx, name).shutdown = !ast.enabled;
}

type AddressValue = { kind: 'static'; address: string; length: number } | { kind: 'dhcp' } | { kind: 'negotiated' };

export function ifAddress(ast: { iface: IfRef; value: AddressValue }, ctx: LineContext): void {
  const name = resolveIfRef(ctx.state, ast.iface);
  const value = ast.value;
  if (value.kind === 'static' && value.length > 32) throw new LineNotUnderstood(`prefix length /${value.length} / 不正なプレフィックス長`);
  const iface = interfaceNamed(ctx, name);
  if (value.kind === 'static') {
    // A later `ip lan1 address` replaces the earlier one, as on the CLI.
    iface.addresses = [{ address: value.address, prefixLength: value.length, family: 4 }];
    iface.dynamicAddress = undefined;
  } else {
    iface.addresses = [];
    iface.dynamicAddress = value.kind;
  }
}

/** `description lan1 "…"`, or without an interface: the selected pp/tunnel; otherwise the device's own description. */
export function description(ast: { iface: IfRef | null; text: string }, ctx: LineContext): 'ignored' | void {
  const text = ast.text.replace(/^"(.*)"$/, '$1');
  if (ast.iface) {
    interfaceNamed(ctx, resolveIfRef(ctx.state, ast.iface)).description = text;
    return;
  }
  if (ctx.state.selected) {
    interfaceNamed(ctx, ctx.state.selected.name).description = text;
    return;
  }
  // The system description has no security meaning and no place in the model.
  return 'ignored';
}

/** `vlan lan1/1 802.1q vid=10 name=koumu`: a tagged sub-interface of lan1 (Y-CMD 38.1). */
export function vlanDot1q(ast: { name: string; vid: number; vlanName: string | null }, ctx: LineContext): void {
  if (ast.vid < 2 || ast.vid > 4094) throw new LineNotUnderstood(`VLAN ID ${ast.vid} out of range 2-4094 / VLAN ID が範囲外です`);
  const iface = interfaceNamed(ctx, ast.name);
  iface.encapsulationVlan = ast.vid;
  const vlans = ctx.state.device.vlans;
  const existing = vlans.find((v) => v.id === ast.vid);
  if (existing) {
    if (ast.vlanName) existing.name = ast.vlanName;
  } else {
    vlans.push({ id: ast.vid, ...(ast.vlanName ? { name: ast.vlanName } : {}), source: ctx.span });
  }
}

function selectedTunnel(ctx: LineContext): Interface {
  const selected = ctx.state.selected;
  if (selected?.kind !== 'tunnel') throw new LineNotUnderstood('tunnel setting outside tunnel select / tunnel select の外の tunnel 設定');
  return interfaceNamed(ctx, selected.name);
}

/** `tunnel encapsulation X` of the selected tunnel. */
export function tunnelEncapsulation(ast: { mode: string }, ctx: LineContext): void {
  const iface = selectedTunnel(ctx);
  iface.tunnel = { ...(iface.tunnel ?? {}), mode: ast.mode, sourceSpan: iface.tunnel?.sourceSpan ?? ctx.span };
}

/** `tunnel endpoint address [LOCAL] REMOTE` of the selected tunnel. */
export function tunnelEndpoint(ast: { local: string | null; remote: string }, ctx: LineContext): void {
  const iface = selectedTunnel(ctx);
  iface.tunnel = {
    ...(iface.tunnel ?? {}),
    ...(ast.local !== null ? { source: ast.local } : {}),
    destination: ast.remote,
    sourceSpan: iface.tunnel?.sourceSpan ?? ctx.span,
  };
}

/**
 * `ipv6 lan1 address 2001:db8::1/64` is a fixed address. `dhcp`, `ra-prefix@lan2::1/64` and
 * `dhcp-prefix@lan2::1/64` take the address (or its prefix) from the provider at run time: the config
 * does not say which, so nothing is modelled for them.
 */
export function ipv6Address(ast: { iface: IfRef; value: string }, ctx: LineContext): 'ignored' | void {
  const iface = interfaceNamed(ctx, resolveIfRef(ctx.state, ast.iface));
  if (ast.value === 'dhcp' || /^(ra|dhcp)-prefix@/.test(ast.value)) return 'ignored';
  const m = /^([0-9a-fA-F:.]*:[0-9a-fA-F:.]*)\/(\d{1,3})$/.exec(ast.value);
  if (!m || Number(m[2]) > 128) throw new LineNotUnderstood(`IPv6 address "${ast.value}" / 解析できない IPv6 アドレス`);
  iface.addresses = [...iface.addresses.filter((a) => a.family !== 6), { address: m[1]!, prefixLength: Number(m[2]), family: 6 }];
}
