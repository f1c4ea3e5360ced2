// 第2章4(4)エ「情報システム管理者は、インターネットへ接続する場合、職員等のパソコン、モバイル端末に対して不適切なウェブページの閲覧を防止するウェブフィルタリング等の対策を講じなければならない」・6(5)キ「…外部との不正通信を検知して対処する対策（内部対策及び出口対策）を講じなければならない」
import type { Device, ZoneClass } from '../../model/index.js';
import { gatewayView, interfaceList } from '../helpers/gateway-view.js';
import type { ClassifiedRule, ZonedInterface } from '../helpers/internet-boundary.js';
import { checkRuleProfiles } from '../helpers/rule-profiles.js';
import { zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** Zones whose users browse the internet: 校務外部系 (staff) and 学習系 (pupils). */
const BROWSING: readonly ZoneClass[] = ['koumu-external', 'learning'];

export const rule: Rule = {
  meta: {
    id: 'GW-02',
    area: 'GW',
    title: { ja: 'Web フィルタリング・DNS フィルタ', en: 'Web and DNS filtering' },
    description: {
      ja:
        'ルールごとにセキュリティプロファイルを適用するファイアウォール（FortiGate）では、校務外部系・学習系（zones.csv）からインターネット接続系への通信を許可する有効なポリシーのそれぞれに、Web フィルタか DNS フィルタのプロファイルが適用されているかを調べます。無ければ不適合（高）、プロファイルグループだけのときは要確認です。' +
        'ルールにプロファイルの無い機器では、URL フィルタ（Yamaha `url lan1 filter in …`）が校務外部系・学習系のインタフェースの受信側か、インターネット側インタフェースの送信側に適用されていれば適合とします。無い場合は、外部のフィルタリングサービス（DNS 転送先・プロキシ）を使っているかが設定から分からないため要確認です。zones.csv が無い場合も要確認です。',
      en:
        'On a firewall that attaches security profiles per rule (FortiGate), checks that every enabled policy accepting traffic from a koumu-external or learning zone (zones.csv) to an internet zone carries a web-filter or DNS-filter profile: none is a high failure; a profile group alone is a manual check. ' +
        'On devices whose rules carry no profiles, a URL filter (Yamaha `url lan1 filter in …`) inbound on the koumu-external/learning interface or outbound on the internet interface counts; without one it is a manual check, since an external filtering service (DNS forwarder, proxy) is not in the config. Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['4(4)エ', '6(5)キ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '校務外部系・学習系からインターネットへの許可ポリシーに Web フィルタと DNS フィルタを適用します。FortiGate の例: `config firewall policy` / `edit 21` / `set utm-status enable` / `set webfilter-profile "school"` / `set dnsfilter-profile "default"`。' +
        'Yamaha RTX の例: `url filter 1 reject *.example.com *` / `url filter 99 pass * *` / `url lan1 filter in 1 99`。NEC IX・Cisco IOS では外部のフィルタリングサービス（プロキシ・DNS フィルタ）へ経路または DNS 転送を向け、外部接続台帳に記録します。',
      en:
        'Attach web and DNS filter profiles to the policies from koumu-external and learning zones to the internet. FortiGate example: `config firewall policy` / `edit 21` / `set utm-status enable` / `set webfilter-profile "school"` / `set dnsfilter-profile "default"`. ' +
        'Yamaha RTX example: `url filter 1 reject *.example.com *` / `url filter 99 pass * *` / `url lan1 filter in 1 99`. On NEC IX and Cisco IOS, route or forward DNS to an external filtering service (proxy, DNS filter) and record it in the external-connection register.',
    },
    evidence: {
      ja: 'ポリシーの edit 行、またはインタフェースの行。',
      en: 'The policy\'s edit line, or the interface lines.',
    },
    needsZones: true,
  },

  check(ctx) {
    const what = { ja: '校務外部系・学習系のインターネット通信に Web/DNS フィルタがあるか', en: 'whether web traffic of koumu-external and learning zones is filtered' };
    for (const device of ctx.devices) {
      const view = gatewayView(ctx, device, what);
      if (view === undefined) continue;
      if (view.kind === 'rulebase') {
        checkRuleProfiles(ctx, device, view.rules, {
          applies: browsingToInternet,
          carried: (p) => p.webFilter ?? p.dnsFilter,
          profile: { ja: 'Web フィルタ・DNS フィルタのプロファイル', en: 'a web-filter or DNS-filter profile' },
          traffic: { ja: '校務外部系・学習系からインターネット接続系へ', en: 'from a koumu-external or learning zone to the internet' },
        });
        continue;
      }
      checkUrlFilters(ctx, device, view.internet, view.zoned.filter((z) => BROWSING.includes(z.zone.class)));
    }
  },
};

function browsingToInternet(r: ClassifiedRule): boolean {
  return r.to.has('internet') && BROWSING.some((c) => r.from.has(c));
}

/** Devices without per-rule profiles: URL filters on the interfaces are the only fact the config shows. */
function checkUrlFilters(ctx: RuleContext, device: Device, internet: ZonedInterface[], browsing: ZonedInterface[]): void {
  const filteredOut = internet.some((z) => z.iface.urlFilters?.some((f) => f.direction === 'out'));
  if (browsing.length === 0) {
    if (filteredOut) return;
    const names = interfaceList(internet);
    ctx.report({
      device,
      object: 'web filtering',
      status: 'manual',
      message: {
        ja: `この機器はインターネット接続系のインタフェース（${names}）を持ちますが、URL フィルタの設定がありません。校務外部系・学習系の Web 通信を外部のフィルタリングサービス（プロキシ・DNS フィルタ）で制限しているかを確認してください。`,
        en: `This device has internet-facing interfaces (${names}) but no URL filter; check that web traffic of koumu-external and learning zones passes an external filtering service (proxy, DNS filter).`,
      },
      evidence: internet.map((z) => z.iface.source),
    });
    return;
  }
  for (const z of browsing) {
    if (filteredOut || z.iface.urlFilters?.some((f) => f.direction === 'in')) continue;
    const label = zoneLabel(z.zone);
    ctx.report({
      device,
      object: z.iface.name,
      status: 'manual',
      message: {
        ja: `${label.ja}の ${z.iface.name} からのインターネット通信に URL フィルタがありません。外部のフィルタリングサービス（プロキシ・DNS フィルタ）で制限しているかを確認してください。`,
        en: `Internet traffic from ${z.iface.name} in ${label.en} meets no URL filter on this device; check that it passes an external filtering service (proxy, DNS filter).`,
      },
      evidence: [z.iface.source, ...internet.map((i) => i.iface.source)],
    });
  }
}
