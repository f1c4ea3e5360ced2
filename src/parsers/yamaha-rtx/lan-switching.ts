import type { SecurityPolicy, SecurityPolicyRule } from '../../model/index.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * `vlan port mapping lan1.3 vlan2` (Y-CMD 38.2): switch port 3 of lan1 belongs to the port-based
 * VLAN interface vlan2; ports mapped to one VLAN interface switch between each other. In the model
 * the port is an access switch port of VLAN 2 and `vlan2` the routed VLAN interface, so the ports of
 * one VLAN interface share one layer-2 domain.
 */
export function vlanPortMapping(ast: { port: string; vlan: string }, ctx: LineContext): void {
  const vlanId = Number(ast.vlan.slice('vlan'.length));
  const port = interfaceNamed(ctx, ast.port);
  port.kind = 'physical';
  port.parent = ast.port.split('.')[0]!;
  port.switchport = { mode: 'access', accessVlan: vlanId, source: ctx.span };
  interfaceNamed(ctx, ast.vlan);
  const vlans = ctx.state.device.vlans;
  if (!vlans.some((v) => v.id === vlanId)) vlans.push({ id: vlanId, name: ast.vlan, source: ctx.span });
}

/** `lan type lan1 [speed] [port-based-option=divide-network]`: the LAN's port mode (Y-CMD 4.50). */
export function lanType(ast: { iface: IfRef }, ctx: LineContext): void {
  interfaceNamed(ctx, resolveIfRef(ctx.state, ast.iface));
}

/** `bridge member bridge1 lan1 tunnel1-tunnel3`: the members are layer-2 ports of bridge1 (Y-CMD 45.x). */
export function bridgeMember(ast: { bridge: string; members: string[] }, ctx: LineContext): void {
  const group = Number(ast.bridge.slice('bridge'.length));
  interfaceNamed(ctx, ast.bridge);
  for (const name of ast.members) {
    if (!/^(lan\d+([/.]\d+)?|tunnel\d+|vlan\d+|wlan\d+)$/.test(name)) throw new LineNotUnderstood(`bridge member "${name}" / 不明なブリッジメンバー`);
    interfaceNamed(ctx, name).bridgeGroup = group;
  }
}

export function vlanInterconnect(ast: { iface: string; groups: string[] }, ctx: LineContext): void {
  ctx.state.interconnect.set(ast.iface, { groups: ast.groups, source: ctx.span });
}

/**
 * `vlan interconnect group lan1 all|none|GROUP …` (Y-CMD 38.3) decides which LAN interfaces that
 * depend on one physical LAN (the LAN itself, its tagged VLANs lan1/N, its port-based VLANs) may
 * exchange routed traffic; default `all`. It is checked after the OUT IP filter and only between
 * interfaces of the same physical LAN; PP, tunnels and other physical LANs are not affected.
 * That is not layer-2 bridging: it is a rule on the (ingress, egress) pair, so it becomes a zone-pair
 * rulebase (SecurityPolicy): every interface its own zone, a deny rule for each pair of the physical
 * LAN that no group joins, everything else permitted.
 */
export function finalizeInterconnect(state: ParseState): void {
  const rules: SecurityPolicyRule[] = [];
  let firstSource;
  for (const [phys, setting] of state.interconnect) {
    const members = dependents(state, phys);
    const allowed = allowedPairs(members, setting.groups);
    if (allowed === 'all') continue;
    firstSource ??= setting.source;
    for (const from of members) {
      for (const to of members) {
        if (from === to || allowed.has(`${from}|${to}`)) continue;
        rules.push({
          id: `${phys} ${from}>${to}`,
          from: [from],
          to: [to],
          action: 'deny',
          match: { protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'any' }] },
          profiles: {},
          source: setting.source,
        });
      }
    }
  }
  if (rules.length === 0 || !firstSource) return;
  const policy: SecurityPolicy = {
    zones: state.device.interfaces.map((i) => ({ name: i.name, interfaces: [i.name], intrazone: 'permit', source: firstSource })),
    rules,
    defaultAction: 'permit',
    stateful: false,
    source: firstSource,
  };
  state.device.securityPolicy = policy;
}

/** Routed interfaces depending on a physical LAN: itself, `lan1/N`, and the vlanK its ports map to. */
function dependents(state: ParseState, phys: string): string[] {
  const names = new Set<string>([phys]);
  for (const iface of state.device.interfaces) {
    if (iface.name.startsWith(`${phys}/`)) names.add(iface.name);
    if (iface.parent === phys && iface.switchport?.accessVlan !== undefined) names.add(`vlan${iface.switchport.accessVlan}`);
  }
  return [...names];
}

/** Ordered pairs `a|b` allowed to talk, or 'all'. */
function allowedPairs(members: string[], groups: string[]): Set<string> | 'all' {
  if (groups.includes('all')) return 'all';
  const allowed = new Set<string>();
  const join = (names: string[]) => {
    for (const a of names) for (const b of names) if (a !== b) allowed.add(`${a}|${b}`);
  };
  for (const group of groups) {
    if (group === 'none') continue;
    if (group.endsWith('$')) {
      const hub = group.slice(0, -1);
      for (const other of members) join([hub, other]);
      continue;
    }
    join(group.split(',').flatMap(expandRange));
  }
  return allowed;
}

/** `vlan1-3` → vlan1, vlan2, vlan3; `lan2/1-3` → lan2/1 … lan2/3; a plain name stays. */
function expandRange(item: string): string[] {
  const m = /^(.*?)(\d+)-(\d+)$/.exec(item);
  if (!m) return [item];
  const out: string[] = [];
  for (let n = Number(m[2]); n <= Number(m[3]); n++) out.push(`${m[1]}${n}`);
  return out;
}
