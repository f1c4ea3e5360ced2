// 第2章6(1)ス(ア)「無線LANの利用を認めるに当たっては、解読が困難な暗号化及び認証技術の使用を義務付けなければならない」
import type { Device, Localized, Wlan, WlanSecurity, ZoneAssignment } from '../../model/index.js';
import { isKoumu, uniqueZones, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

const WEAK_SECURITY: Partial<Record<WlanSecurity, Localized>> = {
  open: { ja: '暗号化なし（オープン）', en: 'no encryption (open)' },
  wep: { ja: 'WEP', en: 'WEP' },
  wpa: { ja: 'WPA（第1世代）', en: 'WPA (first generation)' },
  'wpa-wpa2': { ja: 'WPA/WPA2 混在', en: 'mixed WPA/WPA2' },
};
const WEAK_CIPHERS = ['wep', 'tkip'] as const;

export const rule: Rule = {
  meta: {
    id: 'WLS-01',
    area: 'WLS',
    title: { ja: '無線LANの暗号化方式', en: 'Wireless encryption strength' },
    description: {
      ja:
        '各 SSID のセキュリティ方式を確認します。オープン（暗号化なし）、WEP、WPA（第1世代）、WPA/WPA2 混在、または暗号方式に WEP・TKIP を含むものは不適合（高）です。' +
        'その SSID（または SSID の VLAN）が zones.csv で校務内部系・校務外部系のゾーンにある場合は重大です。方式を判別できない SSID は要確認です。' +
        '来客用のオープン SSID（キャプティブポータル等）を認める場合は、例外措置（7(4)）として承認・登録してください。無線 LAN の無い機器は該当なしです。',
      en:
        'Checks each SSID\'s security. Open (no encryption), WEP, WPA (first generation), mixed WPA/WPA2, or ciphers including WEP or TKIP fail (high); ' +
        'critical when the SSID (or its VLAN) is in a koumu-internal or koumu-external zone in zones.csv. An SSID whose security cannot be determined needs a manual check. ' +
        'An open guest SSID (captive portal, …) that is accepted must be approved and registered as an exception (7(4)). Devices without wireless are not applicable.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['6(1)ス(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'WPA2（AES-CCMP のみ）以上、校務用は WPA2/WPA3-Enterprise（802.1X）にします。IOS（Aironet）の例: `dot11 ssid KOUMU` / `authentication key-management wpa version 2` / `authentication network-eap EAP`、' +
        '無線 IF で `encryption vlan 10 mode ciphers aes-ccm`（tkip・wep を外す）。考え方: 解読困難な暗号（AES）と強い認証だけを使い、WEP・TKIP・オープンを残さない。',
      en:
        'Use WPA2 (AES-CCMP only) or better, and WPA2/WPA3-Enterprise (802.1X) for 校務. IOS (Aironet) example: `dot11 ssid KOUMU` / `authentication key-management wpa version 2` / `authentication network-eap EAP`, ' +
        'on the radio `encryption vlan 10 mode ciphers aes-ccm` (drop tkip and wep). Idea: only hard-to-break encryption (AES) and strong authentication; no WEP, TKIP or open networks.',
    },
    evidence: { ja: 'SSID の設定行。', en: 'The SSID definition line.' },
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

function checkWlan(ctx: RuleContext, device: Device, wlan: Wlan): void {
  const object = `SSID ${wlan.ssid}`;
  if (wlan.security === 'unknown') {
    ctx.report({
      device,
      object,
      status: 'manual',
      message: { ja: `SSID ${wlan.ssid} のセキュリティ方式を設定から判別できません。`, en: `The security of SSID ${wlan.ssid} cannot be determined from the config.` },
      evidence: [wlan.source],
    });
    return;
  }
  const weaknesses: Localized[] = [];
  const weakSecurity = WEAK_SECURITY[wlan.security];
  if (weakSecurity) weaknesses.push(weakSecurity);
  const weakCiphers = wlan.ciphers.filter((c) => (WEAK_CIPHERS as readonly string[]).includes(c));
  if (weakCiphers.length > 0) {
    const names = weakCiphers.map((c) => c.toUpperCase()).join(', ');
    weaknesses.push({ ja: `暗号方式に ${names} を含む`, en: `ciphers include ${names}` });
  }
  if (weaknesses.length === 0) return;

  const koumu = koumuZonesOf(ctx, device, wlan);
  const zoneNote =
    koumu.length > 0
      ? { ja: `。校務のゾーン ${koumu.map((z) => zoneLabel(z).ja).join('、')} の SSID です`, en: `; it serves the 校務 zone ${koumu.map((z) => zoneLabel(z).en).join(', ')}` }
      : { ja: '', en: '' };
  ctx.report({
    device,
    object,
    severity: koumu.length > 0 ? 'critical' : 'high',
    message: {
      ja: `SSID ${wlan.ssid} の暗号化が弱い方式です: ${weaknesses.map((w) => w.ja).join('、')}${zoneNote.ja}。`,
      en: `SSID ${wlan.ssid} uses weak encryption: ${weaknesses.map((w) => w.en).join(', ')}${zoneNote.en}.`,
    },
    evidence: [wlan.source],
  });
}

function koumuZonesOf(ctx: RuleContext, device: Device, wlan: Wlan): ZoneAssignment[] {
  if (!ctx.zones.available) return [];
  const bySsid = ctx.zones.ofSsid(wlan.ssid);
  const byVlan = wlan.vlan !== undefined ? ctx.zones.ofVlan(device, wlan.vlan) : [];
  return uniqueZones([...bySsid, ...byVlan]).filter(isKoumu);
}
