import type { OwnedAddresses } from '../analysis/reachability/class-example.js';
import type { ForwardingModel } from '../analysis/reachability/forwarding-model.js';
import type { Device, Direction, Filter, Interface, SecurityPolicy } from '../model/index.js';
import { diffRegions, type ChangedFlow, type PlaceDiff } from './changed-flows.js';
import { boundRegions, filterRegions } from './decision-regions.js';

const DIRECTIONS: readonly Direction[] = ['in', 'out'];

/**
 * The packets one device treats differently after the change, at every place they are judged:
 * - each filter defined on both sides whose content changed (wherever it is bound, even nowhere);
 * - each interface direction whose bound filters changed (a filter bound, unbound, moved to the
 *   other direction, or now undefined) — the filters' own content is the filter's business above;
 * - each zone pair of a firewall rulebase that changed.
 * Both models must share one packet space (run-diff.ts).
 */
export function deviceFlowDiff(before: Device, after: Device, beforeModel: ForwardingModel, afterModel: ForwardingModel, owned: OwnedAddresses): PlaceDiff {
  const parts: PlaceDiff[] = [
    ...changedFilters(before, after, beforeModel, afterModel, owned),
    ...changedBindings(before, after, beforeModel, afterModel, owned),
    ...changedPolicyPairs(before, after, beforeModel, afterModel, owned),
  ];
  return { flows: parts.flatMap((p) => p.flows), omitted: parts.reduce((n, p) => n + p.omitted, 0) };
}

function* changedFilters(before: Device, after: Device, beforeModel: ForwardingModel, afterModel: ForwardingModel, owned: OwnedAddresses): Generator<PlaceDiff> {
  const space = afterModel.space;
  for (const filter of after.filters) {
    const old = before.filters.find((f) => f.name === filter.name && f.family === filter.family);
    if (old === undefined || sameFilter(old, filter)) continue;
    const scope = { kind: 'filter' as const, filter: filter.name };
    yield diffRegions(after.hostname, scope, filterRegions(space, beforeModel.filters.compile(old)), filterRegions(space, afterModel.filters.compile(filter)), owned);
  }
}

function* changedBindings(before: Device, after: Device, beforeModel: ForwardingModel, afterModel: ForwardingModel, owned: OwnedAddresses): Generator<PlaceDiff> {
  const space = afterModel.space;
  for (const iface of after.interfaces) {
    const old = before.interfaces.find((i) => i.name === iface.name);
    if (old === undefined) continue;
    for (const direction of DIRECTIONS) {
      if (bindingKey(before, old, direction) === bindingKey(after, iface, direction)) continue;
      const scope = { kind: 'interface' as const, interface: iface.name, direction };
      const was = boundRegions(space, beforeModel.filters.filtersOn(before, old, direction), old.source);
      const now = boundRegions(space, afterModel.filters.filtersOn(after, iface, direction), iface.source);
      yield diffRegions(after.hostname, scope, was, now, owned);
    }
  }
}

function* changedPolicyPairs(before: Device, after: Device, beforeModel: ForwardingModel, afterModel: ForwardingModel, owned: OwnedAddresses): Generator<PlaceDiff> {
  if (before.securityPolicy === undefined || after.securityPolicy === undefined) return;
  if (samePolicy(before.securityPolicy, after.securityPolicy) && sameZoneMembers(before, after)) return;
  const space = afterModel.space;
  const oldZones = beforeModel.filters.policies.zones(before)!;
  const newZones = afterModel.filters.policies.zones(after)!;
  const common = newZones.zones.filter((z) => oldZones.zones.some((o) => o.name === z.name));
  const oldZone = (name: string) => oldZones.zones.find((z) => z.name === name)!;
  for (const from of common) {
    for (const to of common) {
      const was = beforeModel.filters.policies.pair(before, oldZone(from.name), oldZone(to.name)).compiled;
      const now = afterModel.filters.policies.pair(after, from, to).compiled;
      if (was.permitted.equals(now.permitted)) continue;
      const scope = { kind: 'zone-pair' as const, from: from.name, to: to.name };
      yield diffRegions(after.hostname, scope, filterRegions(space, was), filterRegions(space, now), owned);
    }
  }
}

/** The filters bound in one direction, as names and whether each is defined (their content is compared per filter). */
function bindingKey(device: Device, iface: Interface, direction: Direction): string {
  return iface.filters
    .filter((b) => b.direction === direction)
    .map((b) => `${b.family}:${b.filter}:${device.filters.some((f) => f.name === b.filter && f.family === b.family) ? 'defined' : 'undefined'}`)
    .join('|');
}

function sameFilter(a: Filter, b: Filter): boolean {
  return withoutSources(a) === withoutSources(b);
}

function samePolicy(a: SecurityPolicy, b: SecurityPolicy): boolean {
  return withoutSources(a) === withoutSources(b);
}

/** Interfaces outside every zone form zones of their own (policy-zones.ts): the interface list matters too. */
function sameZoneMembers(a: Device, b: Device): boolean {
  return a.interfaces.map((i) => i.name).join('|') === b.interfaces.map((i) => i.name).join('|');
}

/** A model object as JSON without the places it was read from: equal when only line numbers moved. */
function withoutSources(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'source' || key === 'sourceSpan' ? undefined : v));
}

export type { ChangedFlow };
