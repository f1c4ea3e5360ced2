import type { FlowEvidence, PacketTrace, ZoneReachability } from '../../analysis/reachability/types.js';
import type { Localized, SourceSpan, ZoneClass } from '../../model/index.js';
import type { RuleContext } from '../types.js';
import { reportZonesNeeded } from './zones.js';

const CLASS_NAMES: Partial<Record<ZoneClass, Localized>> = {
  'koumu-internal': { ja: '校務内部系', en: 'koumu-internal' },
  guest: { ja: '来客', en: 'guest' },
};

/**
 * The zone-to-zone reachability a SEG rule reads, or undefined when the rule has nothing to decide:
 * without zones.csv every routing device gets a 要確認 (manual) finding naming `what`; without a zone
 * of `zoneClass` every device is not-applicable.
 */
export function reachabilityFor(ctx: RuleContext, what: Localized, zoneClass: ZoneClass): ZoneReachability | undefined {
  const reachability = ctx.analysis.reachability;
  if (reachability === undefined) {
    for (const device of ctx.devices) {
      if (device.ipRouting) reportZonesNeeded(ctx, device, what);
      else ctx.notApplicable(device, { ja: 'IP ルーティングを行っていません', en: 'does not route IP' });
    }
    return undefined;
  }
  if (!reachability.zones.some((z) => z.class === zoneClass)) {
    const name = CLASS_NAMES[zoneClass] ?? { ja: zoneClass, en: zoneClass };
    for (const device of ctx.devices) {
      ctx.notApplicable(device, { ja: `zones.csv に${name.ja}のゾーンがありません`, en: `zones.csv has no ${name.en} zone` });
    }
    return undefined;
  }
  return reachability;
}

/** The lines that let the example packets through, in path order, each once: a finding's evidence. */
export function permittingEvidence(flows: FlowEvidence[]): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const { trace } of flows) {
    for (const span of permittingLines(trace)) if (!spans.some((s) => s.file === span.file && s.line === span.line)) spans.push(span);
  }
  return spans;
}

/** Per hop: the deciding permit line of every filter, or the interface line where no filter is bound. */
function permittingLines(trace: PacketTrace): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const hop of trace.hops) {
    if (hop.ingressVerdicts.length === 0) spans.push(hop.ingress.interface.source);
    for (const v of hop.ingressVerdicts) if (v.action === 'permit') spans.push(v.line);
    if (hop.egress === undefined) continue;
    if (hop.egressVerdicts.length === 0) spans.push(hop.egress.interface.source);
    for (const v of hop.egressVerdicts) if (v.action === 'permit') spans.push(v.line);
  }
  return spans;
}
