import type { Localized, SecurityProfiles } from '../../model/index.js';
import type { RuleContext } from '../types.js';
import { gatewayView, interfaceList } from './gateway-view.js';
import { crossesInternet } from './internet-boundary.js';
import { checkRuleProfiles } from './rule-profiles.js';

/** What one gateway rule (GW-01 anti-virus, GW-03 IPS) asks of the rules crossing the internet boundary. */
export interface InternetProfileCheck {
  /** What is being checked, for the 要確認 of devices without zones. */
  what: Localized;
  carried: (profiles: SecurityProfiles) => string | undefined;
  profile: Localized;
  /** Object of the 要確認 finding on a device without per-rule profiles. */
  object: string;
  /** Message of that finding; `{names}` is replaced by the internet-facing interfaces. */
  manual: Localized;
}

/**
 * On a device with a rulebase, every accept rule between an internet zone and another zone must carry
 * the profile; on a device without per-rule profiles but with internet-facing interfaces, a person
 * checks the upstream UTM / proxy / IPS (要確認).
 */
export function checkInternetProfile(ctx: RuleContext, check: InternetProfileCheck): void {
  for (const device of ctx.devices) {
    const view = gatewayView(ctx, device, check.what);
    if (view === undefined) continue;
    if (view.kind === 'rulebase') {
      checkRuleProfiles(ctx, device, view.rules, {
        applies: crossesInternet,
        carried: check.carried,
        profile: check.profile,
        traffic: { ja: 'インターネット接続系と他のゾーンの間', en: 'between an internet zone and another zone' },
      });
      continue;
    }
    const names = interfaceList(view.internet);
    ctx.report({
      device,
      object: check.object,
      status: 'manual',
      message: { ja: check.manual.ja.replace('{names}', names), en: check.manual.en.replace('{names}', names) },
      evidence: view.internet.map((z) => z.iface.source),
    });
  }
}
