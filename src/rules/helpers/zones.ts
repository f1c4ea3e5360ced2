import type { Device, Localized, ZoneAssignment, ZoneClass } from '../../model/index.js';
import type { RuleContext } from '../types.js';

/** The two 校務 classes: where the policy's strongest protections apply. */
export const KOUMU_CLASSES: readonly ZoneClass[] = ['koumu-internal', 'koumu-external'];

export function isKoumu(assignment: ZoneAssignment): boolean {
  return KOUMU_CLASSES.includes(assignment.class);
}

const CLASS_LABELS: Record<ZoneClass, Localized> = {
  'koumu-internal': { ja: '校務内部系', en: 'koumu-internal' },
  'koumu-external': { ja: '校務外部系', en: 'koumu-external' },
  learning: { ja: '学習系', en: 'learning' },
  guest: { ja: '来客', en: 'guest' },
  management: { ja: '管理', en: 'management' },
  dmz: { ja: '公開(DMZ)', en: 'DMZ' },
  internet: { ja: 'インターネット接続系', en: 'internet' },
  'closed-wan': { ja: '閉域網', en: 'closed WAN' },
};

/** `校務(校務内部系)` / `koumu (koumu-internal)`: how messages name a zone. */
export function zoneLabel(assignment: ZoneAssignment): Localized {
  const cls = CLASS_LABELS[assignment.class];
  return { ja: `${assignment.zone}（${cls.ja}）`, en: `${assignment.zone} (${cls.en})` };
}

/** Drop repeated zones, keeping the first (strongest) assignment of each. */
export function uniqueZones(assignments: ZoneAssignment[]): ZoneAssignment[] {
  const seen = new Set<string>();
  return assignments.filter((a) => (seen.has(a.zone) ? false : (seen.add(a.zone), true)));
}

/**
 * Without zones.csv a zone-dependent rule cannot decide; it says so once per device (要確認) instead of
 * passing silently. `what` names what could not be decided.
 */
export function reportZonesNeeded(ctx: RuleContext, device: Device, what: Localized): void {
  ctx.report({
    device,
    object: 'zones.csv',
    status: 'manual',
    message: {
      ja: `zones.csv が無いため${what.ja}を判定できません。zones.csv で校務内部系・校務外部系などのゾーンを定義してください。`,
      en: `No zones.csv: cannot decide ${what.en}. Define the zones (koumu-internal, koumu-external, …) in zones.csv.`,
    },
    evidence: [device.source],
  });
}
