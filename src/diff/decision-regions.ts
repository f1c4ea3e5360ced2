import type { BoundFilter } from '../analysis/reachability/types.js';
import type { CompiledFilter } from '../analysis/packet/filter-compiler.js';
import type { PacketSet, PacketSpace } from '../analysis/packet/packet-set.js';
import { lineLabel } from '../model/filter-line-labels.js';
import type { FilterAction, SourceSpan } from '../model/index.js';

/**
 * What decides a packet at one place: a filter line, the filter's default action, an applied but
 * undefined filter (IOS permits all, interface-filters.ts), or nothing at all (no filter judges the
 * packet's family there).
 */
export interface Decider {
  /** Filter name; empty for `unfiltered`. */
  filter: string;
  decision: number | 'default' | 'undefined-filter' | 'unfiltered';
  /** How messages name the deciding line: `policy 10`, `seq 20`, `#3` (filter-line-labels.ts). */
  label?: string;
  action: FilterAction;
  /** The deciding line; for `default` the filter's own line, for `undefined-filter` the binding line. */
  line?: SourceSpan;
}

/** Packets that one decider decides. The regions of one place are disjoint and cover every packet. */
export interface DecisionRegion {
  set: PacketSet;
  decider: Decider;
}

/**
 * The regions of one filter: the packets each reachable line decides, the unmatched ones (default
 * action) and the packets of a family it does not judge (they pass: filter-domain.ts).
 */
export function filterRegions(space: PacketSpace, compiled: CompiledFilter): DecisionRegion[] {
  return boundRegions(space, [{ name: compiled.filter.name, compiled, binding: compiled.filter.source }]);
}

type Judging = Pick<BoundFilter, 'name' | 'compiled' | 'binding'>;

/**
 * The regions of the filters applied together at one place (an interface direction; e.g. an IPv4
 * and an IPv6 ACL, or several AW+ ACLs in the order applied). A packet passes only when every filter
 * permits it, so a denied packet is put to the first filter line that denies it, and a passing one
 * to the first filter that judges it.
 */
export function boundRegions(space: PacketSpace, filters: readonly Judging[], unfilteredLine?: SourceSpan): DecisionRegion[] {
  const regions: DecisionRegion[] = [];
  let claimed = space.none();
  const take = (set: PacketSet, decider: Decider) => {
    const part = set.subtract(claimed);
    if (part.isEmpty()) return;
    regions.push({ set: part, decider });
    claimed = claimed.union(part);
  };
  for (const action of ['deny', 'permit'] as const) {
    for (const bound of filters) {
      const compiled = bound.compiled;
      if (compiled === undefined) {
        if (action === 'permit') take(space.all(), { filter: bound.name, decision: 'undefined-filter', action, line: bound.binding });
        continue;
      }
      for (const line of compiled.lines) {
        if (line.reachable && line.rule.action === action) take(line.decides(), { filter: bound.name, decision: line.index, label: lineLabel(compiled.filter, line.index), action, line: line.rule.source });
      }
      if (compiled.filter.semantics.defaultAction === action) {
        take(compiled.unmatched, { filter: bound.name, decision: 'default', action, line: compiled.filter.source });
      }
    }
  }
  const rest = space.all().subtract(claimed);
  if (!rest.isEmpty()) regions.push({ set: rest, decider: { filter: '', decision: 'unfiltered', action: 'permit', ...(unfilteredLine ? { line: unfilteredLine } : {}) } });
  return regions;
}

/** Packets the regions let through. */
export function passingOf(space: PacketSpace, regions: readonly DecisionRegion[]): PacketSet {
  return regions.filter((r) => r.decider.action === 'permit').reduce((set, r) => set.union(r.set), space.none());
}
