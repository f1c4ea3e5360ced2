import type { NatRule, Route, Vlan } from '../../model/index.js';
import { formatIpv4, ipv4MaskToLength, ipv4NetworkAddress, parseIpv4 } from '../../net/ipv4.js';
import { ipv6Prefix, ipv6Text } from './acl-match.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import { canonicalInterfaceName } from './names.js';
import type { LineContext } from './state.js';

/** VLAN database entries, static routes, NAT and `ip routing`. */

export function openVlans(ast: { vlans: { from: number; to: number }[] }, ctx: LineContext): Block {
  const { device } = ctx.state;
  const vlans: Vlan[] = [];
  for (const range of ast.vlans) {
    if (range.from < 1 || range.to > 4094 || range.to < range.from) {
      throw new LineNotUnderstood('VLAN list out of range / VLAN 番号が範囲外です');
    }
    for (let id = range.from; id <= range.to; id++) {
      let vlan = device.vlans.find((v) => v.id === id);
      if (!vlan) {
        vlan = { id, source: ctx.span };
        device.vlans.push(vlan);
      }
      vlans.push(vlan);
    }
  }
  return { kind: 'vlan', vlans };
}

export function vlanName(ast: { name: string }, ctx: LineContext<Extract<Block, { kind: 'vlan' }>>): void {
  for (const vlan of ctx.block.vlans) vlan.name = ast.name;
}

export function ipRouting(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.ipRouting = ast.enabled;
}

interface RouteAst {
  family: 4 | 6;
  vrf: string | null;
  prefix?: string;
  mask?: string;
  prefix6?: { address: string; length: number };
  iface: string | null;
  nextHop: string | null;
  options: { distance?: number }[];
}

/** `ip route …` / `ipv6 route …`. The network address is normalised (IOS refuses host bits here). */
export function staticRoute(ast: RouteAst, ctx: LineContext): void {
  let prefix: string;
  let length: number;
  let nextHop = ast.nextHop ?? undefined;
  if (ast.family === 4) {
    const maskLength = ipv4MaskToLength(parseIpv4(ast.mask!) ?? 1);
    if (maskLength === undefined) throw new LineNotUnderstood(`${ast.mask} is not a contiguous netmask / ネットマスクが不正です`);
    length = maskLength;
    prefix = formatIpv4(ipv4NetworkAddress(parseIpv4(ast.prefix!)!, length));
  } else {
    const match = ipv6Prefix(ast.prefix6!.address, ast.prefix6!.length);
    if (match.kind !== 'prefix') throw new LineNotUnderstood('not an IPv6 prefix / IPv6 プレフィックスではありません');
    prefix = match.address;
    length = match.length;
    if (nextHop !== undefined) nextHop = ipv6Text(nextHop);
  }
  const route: Route = { prefix, length, family: ast.family, kind: 'static', source: ctx.span };
  if (nextHop !== undefined) route.nextHop = nextHop;
  if (ast.iface !== null) route.interface = canonicalInterfaceName(ast.iface);
  if (ast.vrf !== null) route.vrf = ast.vrf;
  const distance = ast.options.find((o) => o.distance !== undefined)?.distance;
  if (distance !== undefined) {
    if (distance < 1 || distance > 255) throw new LineNotUnderstood('administrative distance out of range / AD 値が範囲外です');
    route.distance = distance;
  }
  ctx.state.device.routes.push(route);
}

export function defaultGateway(ast: { nextHop: string }, ctx: LineContext): void {
  ctx.state.device.routes.push({
    prefix: '0.0.0.0',
    length: 0,
    family: 4,
    nextHop: ast.nextHop,
    kind: 'default-gateway',
    source: ctx.span,
  });
}

interface NatAst {
  side: 'inside' | 'outside';
  kind: 'static' | 'dynamic';
  protocol?: 'tcp' | 'udp';
  local?: string;
  localPort?: number;
  global?: string;
  globalPort?: number;
  globalInterface?: string;
  length?: { prefixLength?: number; mask?: string };
  list?: string;
  routeMap?: string;
  pool?: string;
  options: { overload?: boolean }[];
}

/**
 * `ip nat inside source …`: the inside (real) address and what it becomes outside. A static entry with
 * protocol and ports is a port forward. `ip nat outside source …` translates outside hosts as inside
 * hosts see them; it is kept as direction `destination` with `inside` = the address inside hosts use
 * and `outside` = the real outside address.
 */
export function natSource(ast: NatAst, ctx: LineContext): void {
  const rule: NatRule = {
    kind: ast.kind,
    direction: ast.side === 'inside' ? 'source' : 'destination',
    inside: {},
    outside: {},
    source: ctx.span,
  };
  if (ast.side === 'outside') rule.translatesOutsideHosts = true;
  if (ast.kind === 'static') {
    const local = ast.side === 'inside' ? ast.local : ast.global;
    const global = ast.side === 'inside' ? ast.global : ast.local;
    if (local !== undefined) rule.inside.address = local;
    if (global !== undefined) rule.outside.address = global;
    if (ast.globalInterface !== undefined) rule.outside.interface = canonicalInterfaceName(ast.globalInterface);
    if (ast.protocol !== undefined) {
      rule.kind = 'port-forward';
      rule.protocol = ast.protocol === 'tcp' ? 6 : 17;
      if (ast.localPort !== undefined) rule.inside.port = portNumber(ast.localPort);
      if (ast.globalPort !== undefined) rule.outside.port = portNumber(ast.globalPort);
    }
    if (ast.length) {
      const length = ast.length.prefixLength ?? ipv4MaskToLength(parseIpv4(ast.length.mask ?? '') ?? 1);
      if (length === undefined || length > 32) throw new LineNotUnderstood('not a netmask / ネットマスクが不正です');
      rule.inside.prefixLength = length;
    }
  } else {
    if (ast.list !== undefined) rule.inside.list = ast.list;
    if (ast.routeMap !== undefined) rule.inside.list = `route-map ${ast.routeMap}`;
    if (ast.pool !== undefined) rule.outside.pool = ast.pool;
    if (ast.globalInterface !== undefined) rule.outside.interface = canonicalInterfaceName(ast.globalInterface);
  }
  if (ast.options.some((o) => o.overload === true)) rule.overload = true;
  ctx.state.device.nat.push(rule);
}

function portNumber(port: number): number {
  if (port > 65535) throw new LineNotUnderstood(`port ${port} is out of range / ポート番号が範囲外です`);
  return port;
}
