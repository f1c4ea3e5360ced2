// 第2章6(4)ア(ア)「外部ネットワークから受信したファイルは、インターネットのゲートウェイにおいてコンピュータウイルス等の不正プログラムのチェックを行い…」・(イ)「外部ネットワークに送信するファイルは、インターネットのゲートウェイにおいて…チェックを行い…」
import { checkInternetProfile } from '../helpers/internet-profile-check.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'GW-01',
    area: 'GW',
    title: { ja: 'ゲートウェイでのウイルスチェック（受信・送信）', en: 'Gateway anti-virus in both directions' },
    description: {
      ja:
        'インターネット接続系ゾーン（zones.csv）のインタフェースを持ち、ルールごとにセキュリティプロファイルを適用するファイアウォール（FortiGate）では、インターネット接続系と他の種別のゾーンの間の通信を（どちらの向きでも）許可する有効なポリシーのそれぞれに、ウイルス対策（AV）プロファイルが適用されているかを調べます。無ければ不適合（高）、プロファイルグループだけのときはグループの中身を読まないため要確認です。' +
        'ルールにプロファイルの無い機器（ルータ・L3 スイッチ、Yamaha RTX、NEC IX、Cisco IOS 等）は、上位の UTM・プロキシ・クラウド SWG で検査しているかが設定からは分からないため要確認です。zones.csv が無い場合も要確認です。',
      en:
        'On a firewall with an interface in an internet zone (zones.csv) that attaches security profiles per rule (FortiGate), checks that every enabled policy accepting traffic between an internet zone and a zone of another class (either direction) carries an anti-virus profile: none is a high failure; a profile group alone is a manual check (its members are not read). ' +
        'Devices whose rules carry no profiles (routers, L3 switches, Yamaha RTX, NEC IX, Cisco IOS …) are a manual check: whether an upstream UTM, proxy or cloud SWG scans the traffic is not in the config. Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['6(4)ア(ア)', '6(4)ア(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'インターネットとの間の許可ポリシーに AV プロファイルと SSL インスペクションを適用します。FortiGate の例: `config firewall policy` / `edit 11` / `set utm-status enable` / `set av-profile "default"` / `set ssl-ssh-profile "deep-inspection"`。' +
        'UTM の無いルータ（Yamaha RTX・NEC IX・Cisco IOS）では、インターネットへの経路を UTM・プロキシ・クラウド SWG に通し、その構成を外部接続台帳に記録します（例: RTX `ip route default gateway 192.168.100.254`＝UTM の内側アドレス）。',
      en:
        'Attach an AV profile and SSL inspection to the policies between the internet and inside zones. FortiGate example: `config firewall policy` / `edit 11` / `set utm-status enable` / `set av-profile "default"` / `set ssl-ssh-profile "deep-inspection"`. ' +
        'On routers without UTM (Yamaha RTX, NEC IX, Cisco IOS), send the internet path through a UTM, proxy or cloud SWG and record it in the external-connection register (e.g. RTX `ip route default gateway 192.168.100.254`, the UTM\'s inside address).',
    },
    evidence: {
      ja: 'ポリシーの edit 行、またはインターネット接続系のインタフェースの行。',
      en: 'The policy\'s edit line, or the lines of the internet-facing interfaces.',
    },
    needsZones: true,
  },

  check(ctx) {
    checkInternetProfile(ctx, {
      what: { ja: 'インターネットとの間の通信にウイルスチェックがあるか', en: 'whether traffic to and from the internet is scanned for malware' },
      carried: (p) => p.antivirus,
      profile: { ja: 'ウイルス対策（AV）プロファイル', en: 'an anti-virus profile' },
      object: 'gateway anti-virus',
      manual: {
        ja: 'この機器はインターネット接続系のインタフェース（{names}）を持ちますが、ルールごとのウイルス対策の設定がありません。上位の UTM・プロキシ・クラウド SWG でウイルスチェックしているかを確認してください。',
        en: 'This device has internet-facing interfaces ({names}) but no per-rule anti-virus settings; check that an upstream UTM, proxy or cloud SWG scans the traffic.',
      },
    });
  },
};
