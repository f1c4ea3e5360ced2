import type { Device, Localized, SecurityProfiles } from '../../model/index.js';
import type { RuleContext } from '../types.js';
import type { ClassifiedRule } from './internet-boundary.js';

/** A security profile some accept rules of a rulebase must carry (GW-01..03). */
export interface ProfileRequirement {
  /** Whether the rule needs the profile. */
  applies(r: ClassifiedRule): boolean;
  /** Name of the profile that meets the requirement, when the rule carries one. */
  carried(profiles: SecurityProfiles): string | undefined;
  /** The profile, as messages name it, e.g. `an anti-virus profile`. */
  profile: Localized;
  /** The traffic the rules in question let through, e.g. `between an internet zone and another zone`. */
  traffic: Localized;
}

/**
 * Reports every accept rule that needs the profile and does not carry it (fail), and every rule that
 * carries only a profile group (要確認: the group's members are not read from the config). A rule
 * without the profile that names a zone the model does not define may need it too: 要確認.
 * Returns how many rules needed the profile.
 */
export function checkRuleProfiles(ctx: RuleContext, device: Device, rules: ClassifiedRule[], need: ProfileRequirement): number {
  const needing = rules.filter((r) => need.applies(r));
  for (const r of rules) {
    if (needing.includes(r) || r.unresolved.length === 0 || need.carried(r.rule.profiles) !== undefined || r.rule.profiles.group !== undefined) continue;
    const label = `policy ${r.rule.id}`;
    const names = r.unresolved.join(', ');
    ctx.report({
      device,
      object: label,
      status: 'manual',
      message: {
        ja: `ファイアウォールの ${label} は、設定から読み取れないゾーン・インタフェース（${names}）を使っているため、${need.traffic.ja}の通信かを判定できません。該当する場合は${need.profile.ja}が必要です（適用されていません）。`,
        en: `Firewall ${label} uses zones or interfaces the model does not define (${names}), so whether it carries traffic ${need.traffic.en} is unknown; if it does, it needs ${need.profile.en} (none is attached).`,
      },
      evidence: [r.rule.source],
    });
  }
  for (const { rule } of needing) {
    if (need.carried(rule.profiles) !== undefined) continue;
    const label = `policy ${rule.id}`;
    const sides = `${side(rule.from)} → ${side(rule.to)}`;
    const group = rule.profiles.group;
    ctx.report({
      device,
      object: label,
      ...(group !== undefined ? { status: 'manual' as const } : {}),
      message:
        group !== undefined
          ? {
              ja: `ファイアウォールの ${label}（${sides}）は${need.traffic.ja}の通信を許可し、プロファイルグループ「${group}」を適用しています。グループの中身は読み取っていないため、${need.profile.ja}が含まれるか確認してください。`,
              en: `Firewall ${label} (${sides}) accepts traffic ${need.traffic.en} with profile group "${group}"; the group's members are not read, so check that it holds ${need.profile.en}.`,
            }
          : {
              ja: `ファイアウォールの ${label}（${sides}）は${need.traffic.ja}の通信を許可していますが、${need.profile.ja}が適用されていません。`,
              en: `Firewall ${label} (${sides}) accepts traffic ${need.traffic.en} without ${need.profile.en}.`,
            },
      evidence: [rule.source],
    });
  }
  return needing.length;
}

function side(zones: 'any' | string[]): string {
  return zones === 'any' ? 'any' : zones.join(', ');
}
