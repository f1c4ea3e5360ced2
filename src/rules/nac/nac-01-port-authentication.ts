// 第2章6(2)ウ「機器固有情報によって端末とネットワークとの接続の可否が自動的に識別されるようシステムを設定」・4(1)エ(ウ)「ネットワーク接続口（ハブのポート等）を…適正に管理」
import type { Device, Interface } from '../../model/index.js';
import { accessVlanOf, activeAccessPorts, hasEnforcedAuthentication } from '../helpers/switch-ports.js';
import { isKoumu, reportZonesNeeded, uniqueZones, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'NAC-01',
    area: 'NAC',
    title: { ja: '校務系ポートの端末自動識別（802.1X/MAB/ポートセキュリティ）', en: 'Automatic device identification on 校務 ports (802.1X/MAB/port security)' },
    description: {
      ja:
        'シャットダウンされていないアクセスポート（SVC-01 と同じ範囲）のうち、zones.csv で校務内部系・校務外部系のゾーンに属するもの（ポートの行、またはアクセス VLAN。未設定なら VLAN 1）について、' +
        '認証を強制する 802.1X または MAB（port-control auto）か、ポートセキュリティが有効かを確認します。どれも無ければ不適合です。' +
        'また、ポートに 802.1X を設定しているのに機器全体で 802.1X が有効（dot1x system-auth-control 等）になっていない場合は、認証が働かないため不適合です。' +
        'zones.csv が無い場合はゾーンを判定できないため要確認とします。アクセスポートも 802.1X 設定も無い機器は該当なしです。',
      en:
        'For access ports that are not shut down (as in SVC-01) and belong to a koumu-internal or koumu-external zone in zones.csv (by the port\'s own row or by its access VLAN, VLAN 1 when unset), ' +
        'checks for enforced 802.1X or MAB (port-control auto) or enabled port security. None of them fails. ' +
        'Ports configured for 802.1X while 802.1X is not enabled device-wide (dot1x system-auth-control or equivalent) also fail: the authentication does not run. ' +
        'Without zones.csv the zones cannot be decided: manual check. Devices with neither access ports nor 802.1X settings are not applicable.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['6(2)ウ', '4(1)エ(ウ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '校務系のアクセスポートで 802.1X（端末証明書なら EAP-TLS）または MAB を強制します。IOS の例: 全体で `aaa new-model`、`aaa authentication dot1x default group radius`、`dot1x system-auth-control`、' +
        'ポートで `authentication port-control auto`、`dot1x pae authenticator`、`mab`。少なくとも `switchport port-security` と `switchport port-security mac-address <MAC>`。' +
        '考え方: 校務系の接続口では、機器固有の情報（証明書・MAC アドレス）で認められた端末だけが通信できるようにする。',
      en:
        'Enforce 802.1X (EAP-TLS with device certificates) or MAB on 校務 access ports. IOS example: globally `aaa new-model`, `aaa authentication dot1x default group radius`, `dot1x system-auth-control`; ' +
        'on the port `authentication port-control auto`, `dot1x pae authenticator`, `mab`. At least `switchport port-security` with `switchport port-security mac-address <MAC>`. ' +
        'Idea: on 校務 network sockets only devices recognised by their own identity (certificate, MAC address) can talk.',
    },
    evidence: {
      ja: 'ポートの interface 行、ポートの 802.1X 設定行、全体の 802.1X 設定行（無い場合は機器の行）。',
      en: 'The port\'s interface line, its 802.1X lines, the device-wide 802.1X line (the device line when missing).',
    },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const ports = activeAccessPorts(device);
      const dot1xPorts = device.interfaces.filter((i) => i.accessControl?.dot1x);
      if (ports.length === 0 && dot1xPorts.length === 0) {
        ctx.notApplicable(device, { ja: 'アクセスポートも 802.1X の設定もありません', en: 'no access ports and no 802.1X settings' });
        continue;
      }
      checkSystemAuthControl(ctx, device, dot1xPorts);
      if (ports.length === 0) continue;
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: 'どのアクセスポートが校務系か', en: 'which access ports are 校務' });
        continue;
      }
      for (const port of ports) checkPort(ctx, device, port);
    }
  },
};

function checkSystemAuthControl(ctx: RuleContext, device: Device, dot1xPorts: Interface[]): void {
  const global = device.management.dot1xSystemAuthControl;
  if (dot1xPorts.length === 0 || global?.enabled) return;
  ctx.report({
    device,
    object: '802.1X system-auth-control',
    message: {
      ja: `${dot1xPorts.length} 個のポートに 802.1X を設定していますが、機器全体で 802.1X が有効になっていないため認証が行われません。`,
      en: `${dot1xPorts.length} port(s) are set up for 802.1X, but 802.1X is not enabled device-wide, so no authentication takes place.`,
    },
    evidence: [global?.source ?? device.source, ...dot1xPorts.map((p) => p.accessControl!.source)],
  });
}

function checkPort(ctx: RuleContext, device: Device, port: Interface): void {
  const zones = uniqueZones([...ctx.zones.ofInterface(device, port), ...ctx.zones.ofVlan(device, accessVlanOf(port))]);
  const koumu = zones.filter(isKoumu);
  if (koumu.length === 0) return;
  if (hasEnforcedAuthentication(port) || port.portSecurity?.enabled) return;
  const zone = zoneLabel(koumu[0]!);
  const state = port.accessControl
    ? { ja: '802.1X/MAB は設定されていますが強制されていません（port-control auto でない）', en: '802.1X/MAB is configured but not enforced (port-control is not auto)' }
    : { ja: '802.1X・MAB・ポートセキュリティのいずれもありません', en: 'it has no 802.1X, MAB or port security' };
  ctx.report({
    device,
    object: port.name,
    message: {
      ja: `${port.name} は ${zone.ja} のアクセスポートですが、${state.ja}。`,
      en: `${port.name} is an access port of ${zone.en}, but ${state.en}.`,
    },
    evidence: [port.source, ...(port.accessControl ? [port.accessControl.source] : [])],
  });
}
