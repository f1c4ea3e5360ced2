// 第2章3(1)ア「校務内部系と他の領域を通信できないようにしなければならない」・6(1)ク(ア)「フィルタリング及びルーティングについて、設定の不整合が発生しないように、ファイアウォール、ルータ等の通信ソフトウェア等を設定しなければならない」
import type { ZoneSpace } from '../../analysis/reachability/zone-spaces.js';
import type { L3Interface } from '../../analysis/topology/types.js';
import type { Device, Localized, Route, ZoneAssignment } from '../../model/index.js';
import { formatPrefix, parsePrefix, prefixNetwork } from '../../net/prefix.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** Classes a koumu-internal route may point into: koumu-internal itself, and the closed WAN that carries it between sites. */
const CARRIER_CLASSES = ['koumu-internal', 'closed-wan'];

export const rule: Rule = {
  meta: {
    id: 'SEG-05',
    area: 'SEG',
    title: { ja: '校務内部系の通信をフィルタの外に運ぶ経路', en: 'Routes that carry koumu-internal traffic around the filters' },
    description: {
      ja:
        '設定された静的経路のうち、宛先が校務内部系のゾーンのアドレス（zones.csv の CIDR と、そのゾーンのインタフェースのサブネット）の中に収まるもの（既定経路や集約経路のように校務内部系を含むだけの経路は対象外）を調べます。' +
        '(1) ネクストホップのアドレス（zones.csv の CIDR で判定）または出力インタフェースのゾーンが、校務内部系・閉域網以外の種別なら、校務内部系宛ての通信を他の領域に流す経路として不適合（高）です（出力インタフェースに crypto map がある場合は VPN で運ばれうるので対象外）。' +
        '(2) 経路表に入っている経路で、出力インタフェースがどのゾーンにも属さず、フィルタが一つも適用されていない一方、同じ機器・同じ VRF にあるその校務内部系ゾーンのインタフェースにはフィルタがある場合、フィルタを迂回して校務内部系に届く経路として不適合（高）です。' +
        '(3) ネクストホップに到達できず使われていない校務内部系宛ての経路は、経路の不整合（6(1)ク(ア)）として低です。どれも経路の設定行を証跡にし、行の無い指摘はしません。zones.csv が無い場合は、静的経路を持つ機器ごとに要確認です。',
      en:
        'Looks at the configured static routes whose destination lies inside a koumu-internal zone\'s addresses (its zones.csv CIDRs and the subnets of its interfaces); a default or summary route that merely contains them is not looked at. ' +
        '(1) When the zone of the next hop (by zones.csv CIDR) or of the egress interface is of a class other than koumu-internal or closed WAN, the route sends koumu-internal traffic into another zone: high (an egress interface with a crypto map is skipped, the traffic may be carried by the VPN). ' +
        '(2) When an installed route leaves through an interface that is in no zone and has no filter bound, while that koumu-internal zone\'s interfaces on the same device and VRF are filtered, koumu-internal is reachable around the filters: high. ' +
        '(3) A route to koumu-internal addresses whose next hop is unreachable (the route is not used) is a routing inconsistency (6(1)ク(ア)): low. Every finding quotes the route line; nothing is reported without one. Without zones.csv: manual check on every device with static routes.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['3(1)ア', '6(1)ク(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '校務内部系宛ての経路は、フィルタを置いた機器・インタフェースを通るようにします。不要な経路は削除し（IOS の例: `no ip route 10.10.10.0 255.255.255.0 10.10.30.254`）、迂回路のインタフェースにはフィルタを適用します。使われていない経路はネクストホップを直すか削除します。' +
        '考え方: 校務内部系に出入りする通信の経路は、フィルタの置かれた一か所に限る。',
      en:
        'Make routes to koumu-internal go through the filtering device and interface. Remove routes that should not exist (IOS example: `no ip route 10.10.10.0 255.255.255.0 10.10.30.254`) and bind a filter on the interface of a bypass. Fix the next hop of an unused route or remove it. ' +
        'Idea: traffic into and out of koumu-internal takes one path, the filtered one.',
    },
    evidence: {
      ja: '経路の設定行（(2) は出力インタフェースの interface 行も）。',
      en: 'The route line (for (2) also the egress interface line).',
    },
    needsZones: true,
  },

  check(ctx) {
    const reachability = ctx.analysis.reachability;
    for (const device of ctx.devices) {
      if (device.routes.length > 0) continue;
      ctx.notApplicable(device, { ja: '静的経路がありません', en: 'no static routes' });
    }
    const routed = ctx.devices.filter((d) => d.routes.length > 0);
    if (reachability === undefined) {
      for (const device of routed) reportZonesNeeded(ctx, device, { ja: '静的経路が校務内部系の通信をフィルタの外に運ぶかどうか', en: 'whether static routes carry koumu-internal traffic around the filters' });
      return;
    }
    const koumu = reachability.spaces.filter((s) => s.zone.class === 'koumu-internal');
    if (koumu.length === 0) {
      for (const device of routed) ctx.notApplicable(device, { ja: 'zones.csv に校務内部系のゾーンがありません', en: 'zones.csv has no koumu-internal zone' });
      return;
    }
    for (const device of routed) {
      for (const route of device.routes) {
        const zone = koumuZoneOf(ctx, route, koumu);
        if (zone !== undefined) checkRoute(ctx, device, route, zone);
      }
    }
  },
};

/** The koumu-internal zone whose addresses hold the route's whole destination. */
function koumuZoneOf(ctx: RuleContext, route: Route, koumu: ZoneSpace[]): ZoneSpace | undefined {
  const parsed = parsePrefix(`${route.prefix}/${route.length}`);
  if ('error' in parsed) return undefined;
  const destination = ctx.analysis.model.addresses.of('dst', prefixNetwork(parsed));
  return koumu.find((space) => destination.isSubsetOf(space.dstExplicit));
}

function checkRoute(ctx: RuleContext, device: Device, route: Route, space: ZoneSpace): void {
  const topology = ctx.analysis.topology;
  const inactive = topology.inactiveRoutes.find((i) => i.route === route);
  if (inactive !== undefined) {
    if (inactive.reason === 'next-hop-unreachable') reportUnreachable(ctx, device, route, space);
    return;
  }
  const egresses = egressesOf(ctx, device, route);
  const nextHopZone = route.nextHop === undefined ? undefined : ctx.zones.ofAddress(route.nextHop);
  for (const egress of egresses.length > 0 ? egresses : [undefined]) {
    const target = nextHopZone ?? (egress === undefined ? undefined : ctx.zones.ofInterface(device, egress.interface)[0]);
    if (target !== undefined && !CARRIER_CLASSES.includes(target.class) && egress?.interface.cryptoMap === undefined) {
      reportOtherZone(ctx, device, route, space, target);
      return;
    }
  }
  for (const egress of installedEgresses(ctx, device, route)) {
    if (ctx.zones.ofInterface(device, egress.interface).length > 0 || nextHopZone !== undefined || filtered(ctx, egress)) continue;
    const guarded = space.attachments.filter((a) => a.device === device && a.vrf === egress.vrf && filtered(ctx, a));
    if (guarded.length === 0) continue;
    reportBypass(ctx, device, route, space, egress, guarded);
    return;
  }
}

/** Egress interfaces the route uses when installed, else the ones it would use (named interface, or towards its next hop). */
function egressesOf(ctx: RuleContext, device: Device, route: Route): L3Interface[] {
  const installed = installedEgresses(ctx, device, route);
  if (installed.length > 0) return installed;
  const topology = ctx.analysis.topology;
  if (route.interface !== undefined) {
    const l3 = topology.l3Interface(device, route.interface);
    return l3 === undefined ? [] : [l3];
  }
  if (route.nextHop === undefined) return [];
  const entry = topology.lookup(device, route.vrf ?? '', route.nextHop);
  return (entry?.paths ?? []).flatMap((p) => (p.action === 'forward' ? [p.egress] : []));
}

/** Egress interfaces of the forwarding-table paths this route installed. */
function installedEgresses(ctx: RuleContext, device: Device, route: Route): L3Interface[] {
  return ctx.analysis.topology
    .entries(device, route.vrf ?? '')
    .flatMap((entry) => entry.paths)
    .flatMap((p) => (p.action === 'forward' && p.route === route ? [p.egress] : []));
}

/** Some defined filter is bound on the interface, in either direction, or the device is a firewall whose rulebase denies by default. */
function filtered(ctx: RuleContext, l3: L3Interface): boolean {
  if (l3.device.securityPolicy?.defaultAction === 'deny') return true;
  const filters = ctx.analysis.model.filters;
  return [...filters.boundFilters(l3, 'in'), ...filters.boundFilters(l3, 'out')].some((b) => b.compiled !== undefined);
}

/** `10.10.10.128/25 via 10.10.30.254`; the finding's object is `route ` and this. */
function routeLabel(route: Route): string {
  const parsed = parsePrefix(`${route.prefix}/${route.length}`);
  const cidr = 'error' in parsed ? `${route.prefix}/${route.length}` : formatPrefix(prefixNetwork(parsed));
  const via = [route.interface, route.nextHop].filter((x) => x !== undefined).join(' ');
  return `${cidr}${route.vrf === undefined ? '' : ` vrf ${route.vrf}`}${via === '' ? '' : ` via ${via}`}`;
}

function spaceLabel(space: ZoneSpace): Localized {
  return zoneLabel({ zone: space.zone.name, class: space.zone.class, binding: space.zone.bindings[0]! });
}

function reportOtherZone(ctx: RuleContext, device: Device, route: Route, space: ZoneSpace, target: ZoneAssignment): void {
  const label = routeLabel(route);
  const object = `route ${label}`;
  const koumu = spaceLabel(space);
  const other = zoneLabel(target);
  ctx.report({
    device,
    object,
    message: {
      ja: `静的経路 ${label} が、${koumu.ja}のアドレス宛ての通信を${other.ja}に向けています。校務内部系宛ての通信が、フィルタを置いた経路を通らずに他の領域を経由します。`,
      en: `The static route ${label} sends traffic for addresses of ${koumu.en} into ${other.en}: koumu-internal traffic travels through another zone instead of the filtered path.`,
    },
    evidence: [route.source],
  });
}

function reportBypass(ctx: RuleContext, device: Device, route: Route, space: ZoneSpace, egress: L3Interface, guarded: L3Interface[]): void {
  const label = routeLabel(route);
  const object = `route ${label}`;
  const koumu = spaceLabel(space);
  const names = guarded.map((g) => g.interface.name).join(', ');
  ctx.report({
    device,
    object,
    message: {
      ja: `静的経路 ${label} により、${koumu.ja}のアドレスへ、フィルタの無い ${egress.interface.name}（どのゾーンにも属さない）を通って届きます。この機器の${koumu.ja}のインタフェース（${names}）にはフィルタがあり、その制限を迂回する経路です。`,
      en: `The static route ${label} reaches addresses of ${koumu.en} through ${egress.interface.name}, which is in no zone and has no filter, while the zone's own interfaces on this device (${names}) are filtered: a path around those filters.`,
    },
    evidence: [route.source, egress.interface.source],
  });
}

function reportUnreachable(ctx: RuleContext, device: Device, route: Route, space: ZoneSpace): void {
  const label = routeLabel(route);
  const object = `route ${label}`;
  const koumu = spaceLabel(space);
  ctx.report({
    device,
    object,
    severity: 'low',
    message: {
      ja: `経路の不整合: ${koumu.ja}のアドレス宛ての静的経路 ${label} のネクストホップ ${route.nextHop ?? ''} に到達できず、経路は使われていません。ネクストホップが到達可能になった時点で、意図しない経路で校務内部系の通信が流れるおそれがあります。`,
      en: `Routing inconsistency: the next hop ${route.nextHop ?? ''} of the static route ${label} to addresses of ${koumu.en} is unreachable, so the route is not used. Once the next hop becomes reachable, koumu-internal traffic may take a path nobody intended.`,
    },
    evidence: [route.source],
  });
}
