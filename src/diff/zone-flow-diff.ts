import type { PacketSetSummary } from '../analysis/packet/describe.js';
import type { PacketSet } from '../analysis/packet/packet-set.js';
import type { ForwardingModel } from '../analysis/reachability/forwarding-model.js';
import { tracePacket } from '../analysis/reachability/trace.js';
import type { FlowEvidence, PacketTrace, PairReachability, ZoneReachability } from '../analysis/reachability/types.js';
import { targetOf } from '../analysis/reachability/zone-reachability.js';
import type { Zone } from '../model/index.js';
import type { FlowChange } from './changed-flows.js';

/**
 * Zone-to-zone traffic the change makes possible or impossible, network-wide: for every pair of zones
 * both sides know, the packets that get through after but not before (newly possible) and the other
 * way round. Each comes with its flow classes and, per class, an example traced along its path: on the
 * side where it gets through, and for a newly impossible one also after the change, to show where it
 * is stopped now. Both analyses must share one packet space (run-diff.ts).
 */
export interface ZoneFlowChange {
  from: Zone;
  to: Zone;
  change: FlowChange;
  set: PacketSet;
  summary: PacketSetSummary;
  /** Newly possible: traced after the change. Newly impossible: traced before it. */
  flows: FlowEvidence[];
  /** Newly impossible only: the same examples traced after the change (where they stop now). */
  stoppedBy: PacketTrace[];
}

export function zoneFlowDiff(before: ZoneReachability, after: ZoneReachability, afterModel: ForwardingModel): ZoneFlowChange[] {
  const changes: ZoneFlowChange[] = [];
  for (const now of after.pairs) {
    // A pair the before side does not know (a zone added to zones.csv): all it carries is new.
    const was = before.pair(now.from.name, now.to.name);
    const permittedBefore = was?.permitted ?? now.permitted.space.none();
    if (permittedBefore.equals(now.permitted)) continue;
    const opened = now.permitted.subtract(permittedBefore);
    if (!opened.isEmpty()) changes.push(change(now, 'newly-permitted', opened, now));
    if (was === undefined) continue;
    const closed = was.permitted.subtract(now.permitted);
    if (!closed.isEmpty()) {
      const item = change(now, 'newly-denied', closed, was);
      item.stoppedBy = tracedAfter(item.flows, after, now, afterModel);
      changes.push(item);
    }
  }
  return changes;
}

function change(pair: PairReachability, kind: FlowChange, set: PacketSet, explainedBy: PairReachability): ZoneFlowChange {
  const { summary, flows } = explainedBy.explain(set);
  return { from: pair.from, to: pair.to, change: kind, set, summary, flows, stoppedBy: [] };
}

/**
 * The examples of a newly impossible flow, traced after the change from where they started before
 * (the same device and interface when it is still there, else the zone's first attachment).
 */
function tracedAfter(flows: FlowEvidence[], after: ZoneReachability, pair: PairReachability, model: ForwardingModel): PacketTrace[] {
  const from = after.spaces.find((s) => s.zone.name === pair.from.name);
  const to = after.spaces.find((s) => s.zone.name === pair.to.name);
  if (from === undefined || to === undefined || from.attachments.length === 0) return [];
  const target = targetOf(to);
  return flows.map((f) => {
    const was = f.trace.hops[0]?.ingress;
    const same = from.attachments.find((l3) => was !== undefined && l3.device.hostname === was.device.hostname && l3.interface.name === was.interface.name);
    return tracePacket(model, same ?? from.attachments[0]!, f.example, target);
  });
}
