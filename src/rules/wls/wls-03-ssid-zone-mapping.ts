// 第2章3(1)ア「校務内部系と他の領域を通信できないようにしなければならない」・6(1)ケ「情報システム管理者は、外部の者が利用できるシステムについて、必要に応じ他のネットワーク及び情報システムと物理的に分離する等の措置を講じなければならない」
import type { Device, Localized, Wlan } from '../../model/index.js';
import { bridgedZonesOfWlan } from '../helpers/wlan-zones.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'WLS-03',
    area: 'WLS',
    title: { ja: 'SSID と VLAN・ゾーンの対応', en: 'SSID-to-zone mapping' },
    description: {
      ja:
        'zones.csv が SSID に与えたゾーンと、設定上その SSID がブリッジする VLAN（トンネル型の SSID はそのインタフェース）のゾーンが一致するかを確認します。' +
        'ブリッジ先のゾーンが SSID のゾーンと異なれば不適合（高）です（例: 学習系の SSID が校務の VLAN に出る）。' +
        'VLAN を RADIUS が端末ごとに割り当てる（動的 VLAN）場合、ブリッジ先が設定から分からない場合、zones.csv に SSID の行が無い場合、ブリッジ先の VLAN にゾーンが無い場合は要確認です。zones.csv が無い場合も要確認です。無線 LAN の無い機器は該当なしです。',
      en:
        'Checks that the zone zones.csv gives an SSID is the zone of the VLAN the config bridges it to (for a tunnelled SSID, of its interface). ' +
        'A different zone fails (high), e.g. a learning SSID put on a 校務 VLAN. ' +
        'A VLAN assigned per station by RADIUS (dynamic VLAN), a bridge target the config does not show, an SSID without a zones.csv row, or a VLAN in no zone needs a manual check, as does a run without zones.csv. Devices without wireless are not applicable.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['3(1)ア', '6(1)ケ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'SSID を、そのゾーンの VLAN に出します（または zones.csv を実態に合わせて直します）。FortiGate の例: `config wireless-controller vap` / `edit giga` / `set vlanid 30`（学習系の VLAN）。' +
        'IOS（Aironet）の例: `dot11 ssid GIGA` / `vlan 30`、`interface Dot11Radio0.30` / `encapsulation dot1Q 30` / `bridge-group 30`。考え方: SSID ごとに決めた領域の VLAN だけに接続させ、領域をまたがせない。',
      en:
        'Put the SSID on its zone\'s VLAN (or correct zones.csv if it is wrong). FortiGate example: `config wireless-controller vap` / `edit giga` / `set vlanid 30` (the learning VLAN). ' +
        'IOS (Aironet) example: `dot11 ssid GIGA` / `vlan 30`, `interface Dot11Radio0.30` / `encapsulation dot1Q 30` / `bridge-group 30`. Idea: each SSID reaches only the VLAN of the area decided for it, never another area.',
    },
    evidence: { ja: 'SSID の設定行（メッセージに zones.csv のゾーンとブリッジ先のゾーンを示します）。', en: 'The SSID definition line (the message names the zones.csv zone and the bridged zone).' },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (device.wlans.length === 0) {
        ctx.notApplicable(device, { ja: '無線 LAN の設定がありません', en: 'no wireless networks' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: ' SSID とゾーンの対応', en: 'the SSID-to-zone mapping' });
        continue;
      }
      for (const wlan of device.wlans) checkWlan(ctx, device, wlan);
    }
  },
};

function checkWlan(ctx: RuleContext, device: Device, wlan: Wlan): void {
  const object = `SSID ${wlan.ssid}`;
  const manual = (message: Localized) => ctx.report({ device, object, status: 'manual', message, evidence: [wlan.source] });
  const declared = ctx.zones.ofSsid(wlan.ssid);
  if (declared.length === 0) {
    manual({ ja: `SSID ${wlan.ssid} の行が zones.csv にありません。SSID のゾーンを登録してください。`, en: `zones.csv has no row for SSID ${wlan.ssid}: register the SSID's zone.` });
    return;
  }
  if (wlan.dynamicVlan) {
    manual({
      ja: `SSID ${wlan.ssid} の VLAN は RADIUS が端末ごとに割り当てます（動的 VLAN）。RADIUS の割り当てが ${declared.map((z) => zoneLabel(z).ja).join('、')} の VLAN だけかを確認してください。`,
      en: `SSID ${wlan.ssid} gets its VLAN per station from RADIUS (dynamic VLAN): check that RADIUS assigns only VLANs of ${declared.map((z) => zoneLabel(z).en).join(', ')}.`,
    });
    return;
  }
  const bridged = bridgedZonesOfWlan(ctx, device, wlan);
  const target = wlan.vlan !== undefined ? { ja: `VLAN ${wlan.vlan}`, en: `VLAN ${wlan.vlan}` } : wlan.interface !== undefined ? { ja: `インタフェース ${wlan.interface}`, en: `interface ${wlan.interface}` } : undefined;
  if (target === undefined) {
    manual({ ja: `SSID ${wlan.ssid} がどの VLAN にブリッジされるかが設定からわかりません。`, en: `The config does not show which VLAN SSID ${wlan.ssid} is bridged to.` });
    return;
  }
  if (bridged.length === 0) {
    manual({ ja: `SSID ${wlan.ssid} のブリッジ先 ${target.ja} のゾーンが zones.csv にありません。`, en: `The ${target.en} SSID ${wlan.ssid} is bridged to is in no zones.csv zone.` });
    return;
  }
  const declaredNames = new Set(declared.map((z) => z.zone));
  if (bridged.some((z) => declaredNames.has(z.zone))) return;
  ctx.report({
    device,
    object,
    message: {
      ja: `SSID ${wlan.ssid} は zones.csv では ${declared.map((z) => zoneLabel(z).ja).join('、')} ですが、${target.ja}（${bridged.map((z) => zoneLabel(z).ja).join('、')}）にブリッジされています。`,
      en: `SSID ${wlan.ssid} is in ${declared.map((z) => zoneLabel(z).en).join(', ')} by zones.csv but is bridged to ${target.en} (${bridged.map((z) => zoneLabel(z).en).join(', ')}).`,
    },
    evidence: [wlan.source],
  });
}
