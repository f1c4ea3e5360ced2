// 第2章6(5)エ「…職員等及び外部委託事業者が使用しているパソコン等の端末からの庁内のサーバ等に対する攻撃や外部のサイトに対する攻撃を監視しなければならない」・6(5)キ「…外部との不正通信を検知して対処する対策（内部対策及び出口対策）を講じなければならない」
import { checkInternetProfile } from '../helpers/internet-profile-check.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'GW-03',
    area: 'GW',
    title: { ja: 'IPS・不正通信監視', en: 'IPS and intrusion monitoring at the internet boundary' },
    description: {
      ja:
        'インターネット接続系ゾーン（zones.csv）のインタフェースを持ち、ルールごとにセキュリティプロファイルを適用するファイアウォール（FortiGate）では、インターネット接続系と他の種別のゾーンの間の通信を（どちらの向きでも）許可する有効なポリシーのそれぞれに、IPS センサーが適用されているかを調べます。無ければ不適合（高）、プロファイルグループだけのときは要確認です。' +
        'ルールにプロファイルの無い機器は、上位の IPS・NDR 等で監視しているかが設定から分からないため要確認です。zones.csv が無い場合も要確認です。',
      en:
        'On a firewall with an interface in an internet zone (zones.csv) that attaches security profiles per rule (FortiGate), checks that every enabled policy accepting traffic between an internet zone and a zone of another class (either direction) carries an IPS sensor: none is a high failure; a profile group alone is a manual check. ' +
        'Devices whose rules carry no profiles are a manual check: whether an upstream IPS or NDR watches the traffic is not in the config. Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(5)エ', '6(5)キ'], sorachi: ['6(3)', '6(6)'] },
    remediation: {
      ja:
        'インターネットとの間の許可ポリシーに IPS センサーを適用し、トラフィックログを取得します（LOG-02）。FortiGate の例: `config firewall policy` / `edit 11` / `set utm-status enable` / `set ips-sensor "default"` / `set logtraffic all`。' +
        'IPS の無いルータ（Yamaha RTX・NEC IX・Cisco IOS）では、インターネットへの経路上の UTM・IPS・NDR で監視し、その構成を外部接続台帳に記録します。',
      en:
        'Attach an IPS sensor to the policies between the internet and inside zones and log the traffic (LOG-02). FortiGate example: `config firewall policy` / `edit 11` / `set utm-status enable` / `set ips-sensor "default"` / `set logtraffic all`. ' +
        'On routers without IPS (Yamaha RTX, NEC IX, Cisco IOS), watch the internet path with a UTM, IPS or NDR on it and record that in the external-connection register.',
    },
    evidence: {
      ja: 'ポリシーの edit 行、またはインターネット接続系のインタフェースの行。',
      en: 'The policy\'s edit line, or the lines of the internet-facing interfaces.',
    },
    needsZones: true,
  },

  check(ctx) {
    checkInternetProfile(ctx, {
      what: { ja: 'インターネットとの間の通信を IPS で監視しているか', en: 'whether traffic to and from the internet passes an IPS' },
      carried: (p) => p.ips,
      profile: { ja: 'IPS センサー', en: 'an IPS sensor' },
      object: 'gateway IPS',
      manual: {
        ja: 'この機器はインターネット接続系のインタフェース（{names}）を持ちますが、ルールごとの IPS の設定がありません。上位の UTM・IPS・NDR で不正通信を監視しているかを確認してください。',
        en: 'This device has internet-facing interfaces ({names}) but no per-rule IPS settings; check that an upstream UTM, IPS or NDR watches the traffic.',
      },
    });
  },
};
