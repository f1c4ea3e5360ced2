import { approvedFlowSet } from '../../analysis/reachability/approved-flows.js';
import { flowLabel } from '../../analysis/reachability/flow-label.js';
import type { PairReachability } from '../../analysis/reachability/types.js';
import type { FlowClass } from '../../analysis/packet/describe.js';
import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { ApprovedFlow, Localized } from '../../model/index.js';
import { flowStatus } from '../../model/index.js';
import { lineLabel } from '../../model/filter-line-labels.js';
import type { RuleContext } from '../types.js';
import { type BoundaryPermit, boundaryPermits } from './seg-02-boundary-permits.js';
import { reachabilityFor } from '../helpers/reachability.js';

/**
 * The check SEG-02 and SEG-03 share: every filter line (or unfiltered path) that lets traffic across
 * the koumu-internal boundary through is reported when some flow class of that traffic has the
 * rule's property (a source wider than a host, ports not limited …). Traffic an active approval of
 * flows.csv covers is still reported, and the message says it is approved: an approval does not make
 * an unlimited permit acceptable (3(1)ア asks for hosts and ports).
 */

export interface WideFlowCheck {
  /** What cannot be decided without zones.csv. */
  what: Localized;
  /** Completes "traffic whose …" / "…もの": `source or destination is wider than a host`. */
  property: Localized;
  isWide(flowClass: FlowClass): boolean;
}

/** Flow classes described per permit and pair; the wide ones are picked from these. */
const DESCRIBED_CLASSES = 200;
/** Flow classes named in one message; the rest are counted. */
const LISTED_CLASSES = 5;

export function checkBoundaryFlows(ctx: RuleContext, check: WideFlowCheck): void {
  const reachability = reachabilityFor(ctx, check.what, 'koumu-internal');
  if (reachability === undefined) return;
  const model = ctx.analysis.model;
  const approvals = ctx.analysis.flows
    .filter((flow) => flowStatus(flow, ctx.analysis.today) === 'active')
    .map((flow) => ({ flow, set: approvedFlowSet(flow, reachability.spaces, model.addresses, model.space) }));
  const covered = approvals.reduce((set, a) => set.union(a.set), model.space.none());

  for (const permit of boundaryPermits(ctx.analysis)) {
    const unapproved: string[] = [];
    const approved: string[] = [];
    const approvingFlows = new Set<ApprovedFlow>();
    for (const { pair, set } of permit.pairs) {
      unapproved.push(...wideClasses(pair, set.subtract(covered), check));
      const approvedPart = set.intersect(covered);
      const wide = wideClasses(pair, approvedPart, check);
      if (wide.length === 0) continue;
      approved.push(...wide);
      for (const a of approvals) if (a.set.overlaps(approvedPart)) approvingFlows.add(a.flow);
    }
    if (unapproved.length === 0 && approved.length === 0) continue;
    ctx.report({ device: permit.device, object: permit.object, message: message(permit, check.property, unapproved, approved, [...approvingFlows]), evidence: permit.evidence });
  }
}

/** `学習 → 校務: tcp/445 10.10.30.0/23 → 10.10.10.20` for each class of the set that has the property. */
function wideClasses(pair: PairReachability, set: PacketSet, check: WideFlowCheck): string[] {
  if (set.isEmpty()) return [];
  return set
    .describe(DESCRIBED_CLASSES)
    .classes.filter((c) => check.isWide(c))
    .map((c) => `${pair.from.name} → ${pair.to.name}: ${flowLabel(c)}`);
}

function subjectOf(permit: BoundaryPermit): Localized {
  const name = permit.filter?.name ?? '';
  switch (permit.kind) {
    case 'line': {
      const label = lineLabel(permit.filter!, permit.line!);
      return { ja: `フィルタ ${name} の行（${label}）`, en: `Filter ${name} ${label}` };
    }
    case 'default':
      return { ja: `フィルタ ${name} の既定の許可（どの行にも一致しない通信）`, en: `The default permit of filter ${name} (traffic no line matches)` };
    case 'unfiltered':
      return {
        ja: `${permit.device.hostname} の ${permit.entry} から入りどのフィルタ行にも判定されない経路`,
        en: `The path from ${permit.entry} of ${permit.device.hostname} that no filter line decides`,
      };
  }
}

function listed(items: string[]): Localized {
  const shown = items.slice(0, LISTED_CLASSES).join('; ');
  const more = items.length - LISTED_CLASSES;
  return more > 0 ? { ja: `${shown}（ほか ${more} 種類）`, en: `${shown} (and ${more} more)` } : { ja: shown, en: shown };
}

function message(permit: BoundaryPermit, property: Localized, unapproved: string[], approved: string[], flows: ApprovedFlow[]): Localized {
  const subject = subjectOf(permit);
  const ids = flows.map((f) => `${f.id}（flows.csv ${f.source.line} 行目）`).join('、');
  const idsEn = flows.map((f) => `${f.id}, flows.csv row ${f.source.line}`).join('; ');
  const main =
    unapproved.length > 0
      ? {
          ja: `${subject.ja}が、校務内部系と他の領域の間の通信のうち${property.ja}ものを通します: ${listed(unapproved).ja}。`,
          en: `${subject.en} lets traffic between koumu-internal and another zone through whose ${property.en}: ${listed(unapproved).en}.`,
        }
      : {
          ja: `${subject.ja}が、校務内部系と他の領域の間の通信を通します。`,
          en: `${subject.en} lets traffic between koumu-internal and another zone through.`,
        };
  if (approved.length === 0) return main;
  return {
    ja: `${main.ja}許可通信台帳で承認済み（${ids}）ですが限定されていない通信（${property.ja}もの）: ${listed(approved).ja}。承認があっても、ホストとポートを限定しない許可は 3(1)ア を満たしません。`,
    en: `${main.en} Approved in flows.csv (${idsEn}) but not narrowed (its ${property.en}): ${listed(approved).en}. An approval does not make a permit that is not limited to hosts and ports acceptable (3(1)ア).`,
  };
}
