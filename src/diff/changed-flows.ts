import type { FlowClass } from '../analysis/packet/describe.js';
import type { Packet } from '../analysis/packet/packet.js';
import type { PacketSet } from '../analysis/packet/packet-set.js';
import { classExample, type OwnedAddresses } from '../analysis/reachability/class-example.js';
import type { Direction } from '../model/index.js';
import { type DecisionRegion, type Decider, passingOf } from './decision-regions.js';

/** Flow classes listed per pair of deciders; the rest are counted. */
const CLASS_LIMIT = 10;

export type FlowChange = 'newly-permitted' | 'newly-denied';

/** Where packets are judged: a filter whose lines changed, an interface whose bindings changed, a rulebase's zone pair. */
export type ChangeScope =
  | { kind: 'filter'; filter: string }
  | { kind: 'interface'; interface: string; direction: Direction }
  | { kind: 'zone-pair'; from: string; to: string };

/**
 * Packets one place treats differently after the change, as Batfish's compareFilters reports them:
 * one flow class, the decider after the change (that now permits or denies it) and the one before.
 */
export interface ChangedFlow {
  device: string;
  scope: ChangeScope;
  change: FlowChange;
  flowClass: FlowClass;
  example?: Packet;
  after: Decider;
  before: Decider;
}

export interface PlaceDiff {
  flows: ChangedFlow[];
  /** Classes beyond CLASS_LIMIT per decider pair, not listed. */
  omitted: number;
}

/**
 * The packets whose treatment differs between two region lists of one place (both built in the same
 * packet space), split by the pair of deciders responsible. Examples avoid the devices' own
 * addresses (`owned`) where they can. Only the regions that touch the
 * difference are intersected, so a one-line change to a long filter costs little.
 */
export function diffRegions(
  device: string,
  scope: ChangeScope,
  before: readonly DecisionRegion[],
  after: readonly DecisionRegion[],
  owned: OwnedAddresses,
): PlaceDiff {
  const space = (after[0] ?? before[0])?.set.space;
  const result: PlaceDiff = { flows: [], omitted: 0 };
  if (space === undefined) return result;
  const passedBefore = passingOf(space, before);
  const passedAfter = passingOf(space, after);
  if (passedBefore.equals(passedAfter)) return result;
  const changes: [FlowChange, PacketSet][] = [
    ['newly-permitted', passedAfter.subtract(passedBefore)],
    ['newly-denied', passedBefore.subtract(passedAfter)],
  ];
  for (const [change, delta] of changes) {
    if (delta.isEmpty()) continue;
    const nowAction = change === 'newly-permitted' ? 'permit' : 'deny';
    for (const a of after) {
      if (a.decider.action !== nowAction || !a.set.overlaps(delta)) continue;
      const ours = a.set.intersect(delta);
      for (const b of before) {
        if (b.decider.action === nowAction || !b.set.overlaps(ours)) continue;
        const set = ours.intersect(b.set);
        const summary = set.describe(CLASS_LIMIT);
        result.omitted += summary.omitted;
        for (const flowClass of summary.classes) {
          const example = classExample(set, flowClass, owned);
          result.flows.push({ device, scope, change, flowClass, ...(example ? { example } : {}), after: a.decider, before: b.decider });
        }
      }
    }
  }
  return result;
}
