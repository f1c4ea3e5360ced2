// 第2章6(1)ス(ア)「無線LANの利用を認めるに当たっては、解読が困難な暗号化及び認証技術の使用を義務付けなければならない」・6(2)ウ「機器固有情報によって端末とネットワークとの接続の可否が自動的に識別されるようシステムを設定」
import type { Device, Wlan } from '../../model/index.js';
import { zonesOfWlan } from '../helpers/wlan-zones.js';
import { isKoumu, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'WLS-02',
    area: 'WLS',
    title: { ja: '校務用 SSID の 802.1X（WPA2/WPA3-Enterprise）', en: 'WPA2/WPA3-Enterprise (802.1X) for 校務 SSIDs' },
    description: {
      ja:
        '校務内部系・校務外部系のゾーンにある SSID（zones.csv の SSID の行、または SSID がブリッジする VLAN・インタフェースのゾーン）が、802.1X による認証（WPA2/WPA3-Enterprise）を使っているかを確認します。' +
        'PSK・SAE・オープンなど共有の鍵や認証なしの SSID は不適合（高）です。認証方式を判別できない SSID、zones.csv が無い場合、または SSID のゾーンが zones.csv から決まらない場合は、Enterprise でない SSID について要確認とします。' +
        'Enterprise の SSID はゾーンに関係なく適合です。EAP 方式（EAP-TLS 推奨）や RADIUS サーバ側の設定は設定ファイルに現れないため手動で確認してください。無線 LAN の無い機器は該当なしです。',
      en:
        'Checks that every SSID in a koumu-internal or koumu-external zone (its zones.csv SSID row, or the zone of the VLAN or interface it bridges to) authenticates stations with 802.1X (WPA2/WPA3-Enterprise). ' +
        'PSK, SAE, open or other shared-key SSIDs there fail (high). An SSID whose authentication cannot be determined, and, without zones.csv or when zones.csv does not place the SSID, every non-Enterprise SSID needs a manual check. ' +
        'Enterprise SSIDs pass whatever their zone. The EAP method (EAP-TLS recommended) and the RADIUS side are not in the config and need a manual check. Devices without wireless are not applicable.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(1)ス(ア)', '6(2)ウ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '校務用 SSID は RADIUS による 802.1X 認証（WPA2/WPA3-Enterprise、できれば EAP-TLS）にします。FortiGate の例: `config wireless-controller vap` / `edit koumu` / `set security wpa2-only-enterprise`（または `wpa3-enterprise`）/ `set auth radius` / `set radius-server RADIUS1`。' +
        'IOS（Aironet）の例: `dot11 ssid KOUMU` / `authentication open eap EAP_LIST` / `authentication network-eap EAP_LIST` / `authentication key-management wpa version 2`。考え方: 校務の無線は共有の鍵ではなく、利用者・端末ごとの認証で接続の可否を決める。',
      en:
        'Use 802.1X with RADIUS (WPA2/WPA3-Enterprise, preferably EAP-TLS) on 校務 SSIDs. FortiGate example: `config wireless-controller vap` / `edit koumu` / `set security wpa2-only-enterprise` (or `wpa3-enterprise`) / `set auth radius` / `set radius-server RADIUS1`. ' +
        'IOS (Aironet) example: `dot11 ssid KOUMU` / `authentication open eap EAP_LIST` / `authentication network-eap EAP_LIST` / `authentication key-management wpa version 2`. Idea: 校務 wireless admits users and devices by their own credentials, not by a shared key.',
    },
    evidence: { ja: 'SSID の設定行。', en: 'The SSID definition line.' },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (device.wlans.length === 0) {
        ctx.notApplicable(device, { ja: '無線 LAN の設定がありません', en: 'no wireless networks' });
        continue;
      }
      for (const wlan of device.wlans) checkWlan(ctx, device, wlan);
    }
  },
};

const AUTH_LABELS: Record<Wlan['authentication'], { ja: string; en: string }> = {
  none: { ja: '認証なし（オープン）', en: 'no authentication (open)' },
  psk: { ja: '事前共有鍵（PSK）', en: 'a pre-shared key (PSK)' },
  sae: { ja: 'SAE（WPA3-Personal の共有パスワード）', en: 'SAE (WPA3-Personal shared password)' },
  enterprise: { ja: '802.1X', en: '802.1X' },
  unknown: { ja: '不明', en: 'unknown' },
};

function checkWlan(ctx: RuleContext, device: Device, wlan: Wlan): void {
  if (wlan.authentication === 'enterprise') return;
  const object = `SSID ${wlan.ssid}`;
  const evidence = [wlan.source];
  if (wlan.authentication === 'unknown') {
    ctx.report({
      device, object, status: 'manual', evidence,
      message: { ja: `SSID ${wlan.ssid} の認証方式を設定から判別できません。`, en: `The authentication of SSID ${wlan.ssid} cannot be determined from the config.` },
    });
    return;
  }
  const auth = AUTH_LABELS[wlan.authentication];
  if (!ctx.zones.available) {
    ctx.report({
      device, object, status: 'manual', evidence,
      message: {
        ja: `SSID ${wlan.ssid} は${auth.ja}で接続します。zones.csv が無いため、校務用の SSID かどうかを判定できません。`,
        en: `SSID ${wlan.ssid} admits stations with ${auth.en}. No zones.csv: cannot tell whether it is a 校務 SSID.`,
      },
    });
    return;
  }
  const zones = zonesOfWlan(ctx, device, wlan);
  if (zones.length === 0) {
    ctx.report({
      device, object, status: 'manual', evidence,
      message: {
        ja: `SSID ${wlan.ssid} は${auth.ja}で接続しますが、zones.csv でそのゾーンが決まりません（SSID の行も、ブリッジ先の VLAN のゾーンもありません）。`,
        en: `SSID ${wlan.ssid} admits stations with ${auth.en}, but zones.csv does not place it in a zone (no SSID row, no zone for the VLAN it bridges to).`,
      },
    });
    return;
  }
  const koumu = zones.filter(isKoumu);
  if (koumu.length === 0) return;
  ctx.report({
    device, object, evidence,
    message: {
      ja: `校務のゾーン ${koumu.map((z) => zoneLabel(z).ja).join('、')} の SSID ${wlan.ssid} が${auth.ja}で接続します（802.1X による Enterprise 認証が必要）。`,
      en: `SSID ${wlan.ssid} in the 校務 zone ${koumu.map((z) => zoneLabel(z).en).join(', ')} admits stations with ${auth.en} (802.1X Enterprise authentication required).`,
    },
  });
}
