import type { PacketSetSummary } from '../analysis/packet/describe.js';
import type { PacketSet } from '../analysis/packet/packet-set.js';
import { approvedFlowSet } from '../analysis/reachability/approved-flows.js';
import { flowStatus, type Finding, type Severity, severityRank } from '../model/index.js';
import type { DiffResult } from './run-diff.js';
import type { ZoneFlowChange } from './zone-flow-diff.js';

/** Why a change fails review. */
export type GateReason =
  /** It opens traffic into or out of koumu-internal that no active approval in flows.csv covers. */
  | { kind: 'koumu-opened'; change: ZoneFlowChange; uncovered: PacketSet; summary: PacketSetSummary }
  /** It permits new packets somewhere, and without zones.csv nobody can tell whether they touch koumu-internal. */
  | { kind: 'zones-missing'; newlyPermitted: number }
  /** It adds a failed finding at or above --fail-on. */
  | { kind: 'finding-added'; finding: Finding };

export interface GateResult {
  pass: boolean;
  reasons: GateReason[];
}

/**
 * The review gate (対策基準 6(1)エ(ウ): changes are checked before they go in; 校務内部系 stays
 * isolated): the koumu check is made on the zone pairs themselves, not on SEG-01's findings, whose ids
 * name a zone pair and so would not show a second opening of a pair that is already open.
 * `failOn` undefined = findings do not gate (`--fail-on none`).
 */
export function gateOf(diff: DiffResult, failOn: Severity | undefined): GateResult {
  const reasons: GateReason[] = [];
  if (diff.zoneFlows === undefined) {
    const newlyPermitted = diff.changed.reduce((n, d) => n + d.flows.filter((f) => f.change === 'newly-permitted').length, 0);
    if (newlyPermitted > 0) reasons.push({ kind: 'zones-missing', newlyPermitted });
  } else {
    reasons.push(...koumuOpened(diff, diff.zoneFlows));
  }
  if (failOn !== undefined) {
    const threshold = severityRank(failOn);
    for (const finding of diff.findings.added) {
      if (finding.status === 'fail' && severityRank(finding.severity) >= threshold) reasons.push({ kind: 'finding-added', finding });
    }
  }
  return { pass: reasons.length === 0, reasons };
}

function koumuOpened(diff: DiffResult, changes: ZoneFlowChange[]): GateReason[] {
  const { analysis } = diff.after;
  const reachability = analysis.reachability!;
  const model = analysis.model;
  const covered = analysis.flows
    .filter((flow) => flowStatus(flow, analysis.today) === 'active')
    .reduce((set, flow) => set.union(approvedFlowSet(flow, reachability.spaces, model.addresses, model.space)), model.space.none());
  const reasons: GateReason[] = [];
  for (const change of changes) {
    if (change.change !== 'newly-permitted') continue;
    if ((change.from.class === 'koumu-internal') === (change.to.class === 'koumu-internal')) continue;
    const uncovered = change.set.subtract(covered);
    if (!uncovered.isEmpty()) reasons.push({ kind: 'koumu-opened', change, uncovered, summary: uncovered.describe(10) });
  }
  return reasons;
}
