import { diagnostic, type Device, type Diagnostic, type Interface, type Route } from '../../model/index.js';
import { formatPrefix, parsePrefix, prefixNetwork, type Prefix } from '../../net/prefix.js';
import { addressKey, addressText, parseHost } from './addresses.js';
import { interfacesOf } from './device-interfaces.js';
import { createPrefixTable, type PrefixTable } from './prefix-table.js';
import type { FibEntry, FibPath, InactiveReason, InactiveRoute, L3Interface, RouteOrigin } from './types.js';
import { deviceLabel } from './labels.js';

/**
 * Forwarding tables per (device, VRF): connected subnets and static routes, longest prefix first,
 * lowest administrative distance among routes to the same prefix, all equal-cost paths kept.
 * A route with only a next hop is resolved recursively through the same table to an egress
 * interface; a route whose next hop cannot be resolved is not installed and is reported.
 */

/** Cisco IOS defaults: connected 0, static 1 (also the usual default of the other vendors). */
const CONNECTED_DISTANCE = 0;
const STATIC_DISTANCE = 1;

/** A route offered for a prefix, before the table decides whether it is used. */
interface Candidate {
  prefix: Prefix;
  origin: RouteOrigin;
  distance: number;
  route?: Route;
  state: 'pending' | 'resolving' | 'done';
  /** Undefined once done means inactive. */
  paths?: FibPath[];
  inactive?: { reason: InactiveReason; message: string };
}

export type DeviceTables = Map<string, PrefixTable<FibEntry>>;

export interface FibBuild {
  tables: Map<Device, DeviceTables>;
  inactiveRoutes: InactiveRoute[];
}

function isNullInterface(name: string): boolean {
  return /^null\s*[0-9]*$/i.test(name.trim());
}

function routeLabel(route: Route, cidr: string): string {
  const via = [route.interface, route.nextHop].filter((x) => x !== undefined).join(' ');
  const vrf = route.vrf === undefined ? '' : ` vrf ${route.vrf}`;
  return `${cidr}${vrf}${via === '' ? '' : ` via ${via}`}`;
}

function pathKey(path: FibPath): string {
  return path.action === 'discard' ? 'discard' : `${path.egress.id}|${path.nextHop ?? ''}`;
}

function uniquePaths(paths: FibPath[]): FibPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = pathKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds one device's tables; `l3s` are the device's L3 interfaces. */
function buildDeviceTables(device: Device, l3s: L3Interface[], inactiveRoutes: InactiveRoute[]): DeviceTables {
  const interfaces = interfacesOf(device);
  const l3ByInterface = new Map<Interface, L3Interface>(l3s.map((l3) => [l3.interface, l3]));
  const candidates = new Map<string, PrefixTable<Candidate[]>>();
  const ownAddresses = new Map<string, Set<string>>();
  const offer = (vrf: string, candidate: Candidate): void => {
    let table = candidates.get(vrf);
    if (table === undefined) {
      table = createPrefixTable();
      candidates.set(vrf, table);
    }
    const group = table.get(candidate.prefix);
    if (group === undefined) table.set(candidate.prefix, [candidate]);
    else group.push(candidate);
  };

  for (const l3 of l3s) {
    const own = ownAddresses.get(l3.vrf) ?? new Set<string>();
    ownAddresses.set(l3.vrf, own);
    for (const address of l3.addresses) own.add(addressKey(address));
    for (const subnet of l3.subnets) {
      offer(l3.vrf, {
        prefix: subnet,
        origin: 'connected',
        distance: CONNECTED_DISTANCE,
        state: 'done',
        paths: [{ action: 'forward', egress: l3, origin: 'connected', source: l3.interface.source }],
      });
    }
  }

  const pending: { vrf: string; candidate: Candidate }[] = [];
  for (const route of device.routes) {
    const vrf = route.vrf ?? '';
    const parsed = parsePrefix(`${route.prefix}/${route.length}`);
    const origin: RouteOrigin = route.kind === 'default-gateway' ? 'default-gateway' : 'static';
    const cidr = 'error' in parsed ? `${route.prefix}/${route.length}` : formatPrefix(prefixNetwork(parsed));
    const inactive = (reason: InactiveReason, message: string): void => {
      inactiveRoutes.push({ device, route, reason, message });
    };
    if ('error' in parsed) {
      inactive('malformed', `route ${cidr}: not a valid prefix / 経路 ${cidr} のプレフィックスが不正です`);
      continue;
    }
    // IOS hosts (ip routing off) use `ip default-gateway`; routers ignore it and use `ip route`.
    if (origin === 'default-gateway' && device.ipRouting) {
      inactive('routing-mode', `ip default-gateway ${route.nextHop ?? ''} is ignored while IP routing is on / IP ルーティング有効時は ip default-gateway は使われません`);
      continue;
    }
    if (origin === 'static' && !device.ipRouting) {
      inactive('routing-mode', `static route ${routeLabel(route, cidr)} is ignored while IP routing is off / IP ルーティング無効時は静的経路は使われません`);
      continue;
    }
    const candidate: Candidate = {
      prefix: prefixNetwork(parsed),
      origin,
      distance: route.distance ?? STATIC_DISTANCE,
      route,
      state: 'pending',
    };
    offer(vrf, candidate);
    pending.push({ vrf, candidate });
  }

  /** Paths of the best resolvable routes of one prefix; undefined when none resolves. */
  const bestPaths = (vrf: string, group: Candidate[]): { distance: number; paths: FibPath[] } | undefined => {
    const distances = [...new Set(group.map((c) => c.distance))].sort((a, b) => a - b);
    for (const distance of distances) {
      const paths: FibPath[] = [];
      for (const candidate of group) {
        if (candidate.distance === distance) paths.push(...(resolve(vrf, candidate) ?? []));
      }
      if (paths.length > 0) return { distance, paths: uniquePaths(paths) };
    }
    return undefined;
  };

  /**
   * Resolve a route to egress paths. A route met again while it is being resolved (a recursion
   * loop) counts as unresolved at that point, so every route of a loop ends up inactive.
   */
  function resolve(vrf: string, candidate: Candidate): FibPath[] | undefined {
    if (candidate.state === 'resolving') return undefined;
    if (candidate.state === 'pending') {
      candidate.state = 'resolving';
      const outcome = resolveRoute(vrf, candidate);
      candidate.state = 'done';
      if ('paths' in outcome) candidate.paths = outcome.paths;
      else candidate.inactive = outcome;
    }
    return candidate.paths;
  }

  function resolveRoute(vrf: string, candidate: Candidate): { paths: FibPath[] } | { reason: InactiveReason; message: string } {
    const route = candidate.route!;
    const cidr = formatPrefix(candidate.prefix);
    const label = routeLabel(route, cidr);
    const base = { origin: candidate.origin, route, source: route.source };
    const hop = route.nextHop === undefined ? undefined : parseHost(route.nextHop);
    if (route.nextHop !== undefined && (hop === undefined || hop.family !== candidate.prefix.family)) {
      return { reason: 'malformed', message: `route ${label}: the next hop is not an address of the route's family / 経路 ${label} のネクストホップが不正です` };
    }

    if (route.interface !== undefined) {
      if (isNullInterface(route.interface)) return { paths: [{ action: 'discard', ...base }] };
      const iface = interfaces.named(route.interface);
      if (iface === undefined) {
        return { reason: 'interface-unknown', message: `route ${label}: the device has no interface ${route.interface} / 経路 ${label} の出力インタフェース ${route.interface} がありません` };
      }
      const egress = l3ByInterface.get(iface);
      if (egress === undefined) {
        return interfaces.isUp(iface)
          ? { reason: 'interface-not-routed', message: `route ${label}: ${iface.name} has no IP address / 経路 ${label} の出力インタフェース ${iface.name} に IP アドレスがありません` }
          : { reason: 'interface-down', message: `route ${label}: ${iface.name} is shut down / 経路 ${label} の出力インタフェース ${iface.name} は shutdown されています` };
      }
      const path: FibPath = { action: 'forward', egress, ...base };
      if (hop !== undefined) path.nextHop = addressText(hop);
      return { paths: [path] };
    }

    if (hop === undefined) {
      return {
        reason: 'next-hop-unknown',
        message: `route ${label}: its next hop is not in the config (e.g. learnt by DHCP), so it is left out / 経路 ${label} のネクストホップが設定にない（DHCP で学習する等）ため、経路表に含めません`,
      };
    }
    if (ownAddresses.get(vrf)?.has(addressKey(hop))) {
      return { reason: 'next-hop-is-self', message: `route ${label}: the next hop is this device's own address / 経路 ${label} のネクストホップが自機のアドレスです` };
    }
    const table = candidates.get(vrf)!;
    for (const group of table.containing(hop)) {
      const best = bestPaths(vrf, group);
      if (best === undefined) continue;
      const hopText = addressText(hop);
      const paths = best.paths.map((via): FibPath =>
        via.action === 'discard'
          ? { action: 'discard', ...base }
          : { action: 'forward', egress: via.egress, nextHop: via.nextHop ?? hopText, ...base },
      );
      return { paths: uniquePaths(paths) };
    }
    return {
      reason: 'next-hop-unreachable',
      message: `route ${label}: no route to the next hop ${addressText(hop)}, so the route is not used / 経路 ${label} のネクストホップ ${addressText(hop)} への経路がないため、この経路は使われません`,
    };
  }

  // Every configured route is resolved, floating ones too, so each unusable route is reported.
  for (const { vrf, candidate } of pending) {
    resolve(vrf, candidate);
    if (candidate.inactive !== undefined) inactiveRoutes.push({ device, route: candidate.route!, ...candidate.inactive });
  }

  const tables: DeviceTables = new Map();
  for (const [vrf, table] of candidates) {
    const fib = createPrefixTable<FibEntry>();
    for (const group of table.values()) {
      const best = bestPaths(vrf, group);
      if (best === undefined) continue;
      const prefix = group[0]!.prefix;
      fib.set(prefix, { vrf, prefix, cidr: formatPrefix(prefix), distance: best.distance, paths: best.paths });
    }
    tables.set(vrf, fib);
  }
  return tables;
}

const DIAGNOSED: ReadonlySet<InactiveReason> = new Set<InactiveReason>([
  'next-hop-unreachable',
  'next-hop-is-self',
  'next-hop-unknown',
  'malformed',
  'interface-unknown',
  'interface-down',
  'interface-not-routed',
]);

/** Tables for every device, plus the routes left out. Inactive routes other than by routing mode become diagnostics. */
export function buildFibs(devices: Device[], l3s: L3Interface[], diagnostics: Diagnostic[]): FibBuild {
  const byDevice = new Map<Device, L3Interface[]>();
  for (const l3 of l3s) {
    const list = byDevice.get(l3.device) ?? [];
    list.push(l3);
    byDevice.set(l3.device, list);
  }
  const tables = new Map<Device, DeviceTables>();
  const inactiveRoutes: InactiveRoute[] = [];
  for (const device of devices) {
    const before = inactiveRoutes.length;
    tables.set(device, buildDeviceTables(device, byDevice.get(device) ?? [], inactiveRoutes));
    for (const inactive of inactiveRoutes.slice(before)) {
      if (!DIAGNOSED.has(inactive.reason)) continue;
      const span = inactive.route.source;
      const code = inactive.reason === 'next-hop-unreachable' ? 'route-next-hop-unreachable' : 'route-inactive';
      const level = inactive.reason === 'next-hop-unknown' ? 'info' : 'warning';
      diagnostics.push(diagnostic(span.file, span.line, span.text, `${deviceLabel(device)}: ${inactive.message}`, code, level));
    }
  }
  return { tables, inactiveRoutes };
}
