import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ZoneDraft } from './state.js';

/**
 * AR-series (AW+) firewall entities: `zone Z` holds `network N` entities (subnets, optionally tied to
 * an interface), which hold `host H` entities (addresses). Rules name them `Z`, `Z.N` or `Z.N.H`
 * (vendor-syntax.md §3, fixture awplus_ansible_config_config.cfg). Indentation nests them; each
 * keyword also says its level, so the handlers track the current network and host by keyword.
 */
export function zoneHead(ast: { name: string }, ctx: LineContext): void {
  let zone = ctx.state.zones.get(ast.name);
  if (!zone) {
    zone = { name: ast.name, networks: new Map(), source: ctx.span };
    ctx.state.zones.set(ast.name, zone);
  }
  ctx.state.mode = { kind: 'zone', zone };
}

function zoneMode(ctx: LineContext): Extract<LineContext['state']['mode'], { kind: 'zone' }> {
  const mode = ctx.state.mode;
  if (mode.kind !== 'zone') throw new LineNotUnderstood('zone setting outside a zone / zone の外の設定です');
  return mode;
}

export function zoneNetwork(ast: { name: string }, ctx: LineContext): void {
  const mode = zoneMode(ctx);
  const zone: ZoneDraft = mode.zone;
  let network = zone.networks.get(ast.name);
  if (!network) {
    network = { name: ast.name, subnets: [], hosts: new Map() };
    zone.networks.set(ast.name, network);
  }
  mode.network = network;
  delete mode.host;
}

export function zoneSubnet(ast: { prefix: { address: string; length: number; family: 4 | 6 }; iface: string | null }, ctx: LineContext): void {
  const mode = zoneMode(ctx);
  if (!mode.network) throw new LineNotUnderstood('ip subnet outside a network entity / network の外の subnet です');
  mode.network.subnets.push({ ...ast.prefix, ...(ast.iface ? { iface: ast.iface } : {}) });
}

export function zoneHost(ast: { name: string }, ctx: LineContext): void {
  const mode = zoneMode(ctx);
  if (!mode.network) throw new LineNotUnderstood('host outside a network entity / network の外の host です');
  if (!mode.network.hosts.has(ast.name)) mode.network.hosts.set(ast.name, { addresses: [] });
  mode.host = ast.name;
}

function currentHost(ctx: LineContext) {
  const mode = zoneMode(ctx);
  const host = mode.host === undefined ? undefined : mode.network?.hosts.get(mode.host);
  if (!host) throw new LineNotUnderstood('host address outside a host entity / host の外のアドレスです');
  return host;
}

export function zoneHostAddress(ast: { address: string; family: 4 | 6 }, ctx: LineContext): void {
  currentHost(ctx).addresses.push({ address: ast.address, family: ast.family });
}

export function zoneHostDynamic(ast: { iface: string }, ctx: LineContext): void {
  currentHost(ctx).iface = ast.iface;
}

export function applicationHead(ast: { name: string }, ctx: LineContext): void {
  const app = { name: ast.name, source: ctx.span };
  ctx.state.applications.set(ast.name, app);
  ctx.state.mode = { kind: 'application', app };
}

function currentApp(ctx: LineContext) {
  const mode = ctx.state.mode;
  if (mode.kind !== 'application') throw new LineNotUnderstood('application setting outside an application / application の外の設定です');
  return mode.app;
}

export function appProtocol(ast: { value: string }, ctx: LineContext): void {
  currentApp(ctx).protocol = ast.value;
}

export function appPort(ast: { side: 'dport' | 'sport'; from: number; to: number }, ctx: LineContext): void {
  if (ast.to < ast.from) throw new LineNotUnderstood('port range runs backwards / ポート範囲が逆順です');
  currentApp(ctx)[ast.side] = { from: ast.from, to: ast.to };
}

export function appIcmpType(ast: { value: number }, ctx: LineContext): void {
  currentApp(ctx).icmpType = ast.value;
}

export function firewallHead(_ast: unknown, ctx: LineContext): void {
  ctx.state.firewall = ctx.state.firewall ?? { protect: false, source: ctx.span };
  ctx.state.mode = { kind: 'firewall' };
}

export function firewallRule(ast: { id: number; action: 'permit' | 'deny' | 'reject'; app: string; from: string; to: string }, ctx: LineContext): void {
  if (ctx.state.mode.kind !== 'firewall') throw new LineNotUnderstood('rule outside firewall mode / firewall の外のルールです');
  ctx.state.firewallRules = ctx.state.firewallRules.filter((r) => r.id !== ast.id);
  ctx.state.firewallRules.push({ ...ast, source: ctx.span });
}

export function firewallProtect(ast: { enabled: boolean }, ctx: LineContext): void {
  if (ctx.state.mode.kind !== 'firewall') throw new LineNotUnderstood('protect outside firewall mode / firewall の外の protect です');
  ctx.state.firewall = { protect: ast.enabled, source: ctx.span };
}

export function natHead(_ast: unknown, ctx: LineContext): void {
  ctx.state.mode = { kind: 'nat' };
}

export function natRule(ast: { id: number; kind: 'masq' | 'portfwd' | 'netmap'; app: string; from: string; to: string }, ctx: LineContext): void {
  if (ctx.state.mode.kind !== 'nat') throw new LineNotUnderstood('rule outside nat mode / nat の外のルールです');
  if (ast.kind !== 'masq') throw new LineNotUnderstood(`NAT ${ast.kind} rules are not modelled yet / NAT ${ast.kind} は未対応です`);
  ctx.state.natRules = ctx.state.natRules.filter((r) => r.id !== ast.id);
  ctx.state.natRules.push({ id: ast.id, kind: ast.kind, app: ast.app, from: ast.from, to: ast.to, source: ctx.span });
}

export function natEnable(ast: { enabled: boolean }, ctx: LineContext): void {
  if (ctx.state.mode.kind !== 'nat') throw new LineNotUnderstood('enable outside nat mode / nat の外の enable です');
  ctx.state.natEnabled = { enabled: ast.enabled, source: ctx.span };
}
