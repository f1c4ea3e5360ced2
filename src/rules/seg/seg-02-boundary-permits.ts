import type { NetworkAnalysis } from '../../analysis/reachability/network-analysis.js';
import type { BoundFilter, PairReachability, ReachPath } from '../../analysis/reachability/types.js';
import type { L3Interface } from '../../analysis/topology/types.js';
import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { Device, Filter, SourceSpan } from '../../model/index.js';
import { lineKey } from '../../model/filter-line-labels.js';

/**
 * What lets traffic across the koumu-internal boundary through (SEG-02, SEG-03): for every zone pair
 * with koumu-internal on exactly one side, every path of the pair is split among the filter lines
 * that decide its packets. Along a path each filter it passes decides each packet by one line (or by
 * its default action), so a line "lets through" exactly the packets of the path it decides: a line
 * behind a narrower filter on the same path gets only what the narrower one passes. Packets that no
 * line of any filter on the path decides (no filter bound, an undefined filter, a filter of the other
 * address family) pass because nothing stops them; they are kept per interface they enter at.
 */

/** One filter line (or default action, or unfiltered path) and the boundary traffic it lets through. */
export interface BoundaryPermit {
  device: Device;
  /** `LEARNING-IN line 20`, `LEARNING-IN default`, or `Vlan20 (no filter)` for traffic no filter decides from that entry point on. */
  object: string;
  kind: 'line' | 'default' | 'unfiltered';
  /** The filter, for lines and default actions. */
  filter?: Filter;
  /** The line's index in filter.rules. */
  line?: number;
  /** For unfiltered traffic: the interface it enters at. */
  entry?: string;
  /** The line, the filter's own line (default), or the interface and binding lines where unfiltered paths are open. */
  evidence: SourceSpan[];
  /** Per crossing pair, in pair order: the packets of the pair it lets through (never empty). */
  pairs: { pair: PairReachability; set: PacketSet }[];
}

const cache = new WeakMap<NetworkAnalysis, BoundaryPermit[]>();

/** The permits of the run, computed once per analysis. Empty without zones. */
export function boundaryPermits(analysis: NetworkAnalysis): BoundaryPermit[] {
  let permits = cache.get(analysis);
  if (permits === undefined) {
    permits = collectPermits(analysis);
    cache.set(analysis, permits);
  }
  return permits;
}

/** A pair with koumu-internal on exactly one side (koumu-internal to koumu-internal is one area). */
function crossesKoumuBoundary(pair: PairReachability): boolean {
  return (pair.from.class === 'koumu-internal') !== (pair.to.class === 'koumu-internal');
}

interface Accumulator {
  permit: Omit<BoundaryPermit, 'pairs'>;
  sets: Map<PairReachability, PacketSet>;
}

function collectPermits(analysis: NetworkAnalysis): BoundaryPermit[] {
  const reachability = analysis.reachability;
  if (reachability === undefined) return [];
  const byKey = new Map<string, Accumulator>();
  const add = (key: string, make: () => Omit<BoundaryPermit, 'pairs'>, pair: PairReachability, set: PacketSet) => {
    let acc = byKey.get(key);
    if (acc === undefined) {
      acc = { permit: make(), sets: new Map() };
      byKey.set(key, acc);
    }
    const known = acc.sets.get(pair);
    acc.sets.set(pair, known === undefined ? set : known.union(set));
    return acc;
  };

  for (const pair of reachability.pairs) {
    if (!crossesKoumuBoundary(pair) || pair.permitted.isEmpty()) continue;
    for (const path of pair.paths) {
      let decided = path.set.space.none();
      for (const hop of path.hops) {
        for (const bound of [...hop.ingressFilters, ...hop.egressFilters]) {
          for (const part of decidedParts(hop.device, bound, path.set)) {
            decided = decided.union(part.set);
            add(part.key, part.make, pair, part.set);
          }
        }
      }
      const open = path.set.subtract(decided);
      if (!open.isEmpty()) {
        // Kept per entry point: the paths from one unfiltered interface are one opening.
        const { device, ingress } = path.hops[0]!;
        const object = `${ingress.interface.name} (no filter)`;
        const acc = add(`unfiltered|${device.hostname}|${ingress.interface.name}`, () => ({ device, object, kind: 'unfiltered', entry: ingress.interface.name, evidence: [] }), pair, open);
        for (const span of openPoints(path)) {
          if (!acc.permit.evidence.some((s) => s.file === span.file && s.line === span.line)) acc.permit.evidence.push(span);
        }
      }
    }
  }

  return [...byKey.values()].map(({ permit, sets }) => ({
    ...permit,
    pairs: reachability.pairs.filter((p) => sets.has(p)).map((pair) => ({ pair, set: sets.get(pair)! })),
  }));
}

interface DecidedPart {
  key: string;
  make: () => Omit<BoundaryPermit, 'pairs'>;
  set: PacketSet;
}

/** The parts of `set` that each permit line (and a permit default) of a bound filter decides. */
function decidedParts(device: Device, bound: BoundFilter, set: PacketSet): DecidedPart[] {
  const compiled = bound.compiled;
  const filter = bound.filter;
  if (compiled === undefined || filter === undefined) return [];
  const base = `${device.hostname}|${filter.family}|${filter.name}`;
  const parts: DecidedPart[] = [];
  for (const line of compiled.lines) {
    if (!line.reachable || line.rule.action !== 'permit' || !line.match.overlaps(set)) continue;
    const part = line.decides().intersect(set);
    if (part.isEmpty()) continue;
    const object = `${filter.name} line ${lineKey(filter, line.index)}`;
    parts.push({ key: `${base}|${line.index}`, make: () => ({ device, object, kind: 'line', filter, line: line.index, evidence: [line.rule.source] }), set: part });
  }
  if (filter.semantics.defaultAction === 'permit') {
    const part = compiled.unmatched.intersect(set);
    if (!part.isEmpty()) {
      parts.push({ key: `${base}|default`, make: () => ({ device, object: `${filter.name} default`, kind: 'default', filter, evidence: [filter.source] }), set: part });
    }
  }
  return parts;
}

/**
 * Where an unfiltered path is open: per hop and direction without a compiled filter, the binding
 * lines of filters that are bound but not defined, else the interface line.
 */
function openPoints(path: ReachPath): SourceSpan[] {
  const spans: SourceSpan[] = [];
  const add = (span: SourceSpan) => {
    if (!spans.some((s) => s.file === span.file && s.line === span.line)) spans.push(span);
  };
  const side = (filters: BoundFilter[], iface: L3Interface) => {
    if (filters.some((b) => b.compiled !== undefined)) return;
    if (filters.length > 0) for (const b of filters) add(b.binding);
    else add(iface.interface.source);
  };
  for (const hop of path.hops) {
    side(hop.ingressFilters, hop.ingress);
    if (hop.egress !== undefined) side(hop.egressFilters, hop.egress);
  }
  if (spans.length === 0) add(path.hops[0]!.ingress.interface.source);
  return spans;
}
