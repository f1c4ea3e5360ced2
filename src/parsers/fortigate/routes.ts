import type { Route } from '../../model/index.js';
import { ipAndMask, networkOf } from './addresses.js';
import { resolveAddress, type ObjectTables } from './objects.js';
import { tablesAt, vrfOf, warn, type ConvertState } from './state.js';
import { flag, modelled, reject, setting, value, type Entry } from './tree.js';

/** FortiOS static route administrative distance when `set distance` is absent (CLI reference, `config router static`: default 10). */
const DEFAULT_DISTANCE = 10;

/**
 * `config router static`: `set dst` (default 0.0.0.0/0), `set gateway`, `set device`, `set distance`,
 * `set dstaddr` (an address or group instead of `dst`: one route per subnet it holds),
 * `set blackhole enable` (discard: interface `Null0`, as the other parsers write a discard route),
 * `set status disable` (not installed: left out).
 */
export function convertRoutes(state: ConvertState, objects: ObjectTables): void {
  for (const table of tablesAt(state, 'router static')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      if (value(entry, 'status') === 'disable') continue;
      for (const prefix of destinations(state, entry, objects)) {
        const route: Route = { prefix: networkOf(prefix.address, prefix.length), length: prefix.length, family: 4, kind: 'static', source: entry.rec.span, ...vrfOf(state, table.vdom) };
        addRoute(state, entry, route);
      }
    }
  }
}

function destinations(state: ConvertState, entry: Entry, objects: ObjectTables): { address: string; length: number }[] {
  const named = setting(entry, 'dstaddr');
  if (named) {
    const resolved = resolveAddress(objects, named.values[0] ?? '');
    const prefixes = (resolved?.ips ?? []).flatMap((m) => (m.kind === 'prefix' ? [{ address: m.address, length: m.length }] : m.kind === 'any' ? [{ address: '0.0.0.0', length: 0 }] : []));
    if (!resolved || prefixes.length < resolved.ips.length) warn(state, named.rec, 'route destination object holds no subnet (or not only subnets): those parts are left out / 経路の宛先オブジェクトにサブネット以外が含まれるため一部を除外しました', 'unresolved-reference');
    return prefixes;
  }
  const dst = setting(entry, 'dst');
  if (!dst) return [{ address: '0.0.0.0', length: 0 }];
  const prefix = ipAndMask(dst.values);
  if (!prefix) {
    reject(dst.rec, 'destination not understood / 宛先を解析できません');
    return [];
  }
  return [prefix];
}

function addRoute(state: ConvertState, entry: Entry, route: Route): void {
  const gateway = value(entry, 'gateway');
  if (gateway !== undefined && gateway !== '0.0.0.0') route.nextHop = gateway;
  const device = value(entry, 'device');
  if (flag(entry, 'blackhole')) route.interface = 'Null0';
  else if (device !== undefined) route.interface = device;
  const distance = value(entry, 'distance');
  route.distance = distance !== undefined ? Number(distance) : DEFAULT_DISTANCE;
  state.device.routes.push(route);
}
