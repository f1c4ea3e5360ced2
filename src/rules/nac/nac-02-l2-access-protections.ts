// 第2章6(2)ウ「機器固有情報によって端末とネットワークとの接続の可否が自動的に識別されるようシステムを設定」・3(1)ア「校務内部系と他の領域を通信できないようにしなければならない」・6(5)ア(ア)「使用されていないポートは閉鎖しなければならない」
import type { Device, Interface, L2GuardSettings, Localized } from '../../model/index.js';
import { DEFAULT_ACCESS_VLAN, accessVlanOf, activeAccessPorts, physicalSwitchPorts } from '../helpers/switch-ports.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'NAC-02',
    area: 'NAC',
    title: { ja: 'L2 アクセス層の保護', en: 'Layer-2 access-layer protections' },
    description: {
      ja:
        'スイッチの使用中のアクセスポートごとに、DHCP スヌーピング（ポートの VLAN が対象で、ポートを信頼していない）、ダイナミック ARP インスペクション（同）、IP ソースガード、ポートセキュリティによる MAC 数の上限、BPDU ガード（ポート自身、または PortFast ポートへの既定）、DTP の停止（nonegotiate）を確認し、欠けているものを一つの不適合（中）にまとめます。' +
        '使用中のトランクポートは、許可 VLAN が明示されていること（all でない）とネイティブ VLAN が 1 でないことを確認します。' +
        'スイッチポートはあるが、パーサがその機種の L2 保護機能を読まない機器は要確認です。スイッチポートの無い機器は該当なしです。',
      en:
        'For each access port in use on a switch, checks DHCP snooping (the port\'s VLAN watched, the port not trusted), dynamic ARP inspection (likewise), IP source guard, a MAC limit by port security, BPDU guard (on the port, or by default on PortFast ports) and DTP off (nonegotiate); the missing ones make one failure (medium). ' +
        'Trunk ports in use must list their allowed VLANs (not all) and use a native VLAN other than 1. ' +
        'A device with switch ports whose layer-2 guards the parser does not read for the platform needs a manual check. Devices without switch ports are not applicable.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(2)ウ', '3(1)ア', '6(5)ア(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'IOS の例: `ip dhcp snooping`、`ip dhcp snooping vlan 10`、`ip arp inspection vlan 10`、`spanning-tree portfast bpduguard default`、アクセスポートに `switchport mode access` / `switchport nonegotiate` / `switchport port-security` / `switchport port-security maximum 2` / `ip verify source` / `spanning-tree portfast`、' +
        'アップリンクに `ip dhcp snooping trust` / `ip arp inspection trust`、トランクに `switchport trunk allowed vlan 10,30` / `switchport trunk native vlan 999`。' +
        'AlliedWare Plus の例: `service dhcp-snooping`、`interface vlan10` / `ip dhcp snooping` / `arp security`、アクセスポートに `switchport port-security` / `switchport port-security maximum 2` / `spanning-tree portfast` / `spanning-tree portfast bpdu-guard enable`、トランクに `switchport trunk allowed vlan add 10,30` / `switchport trunk native vlan none`。' +
        '考え方: 利用者がつなぐポートでは、偽の DHCP サーバ・ARP 詐称・アドレス詐称・不正なスイッチ・トランク化を防ぐ。',
      en:
        'IOS example: `ip dhcp snooping`, `ip dhcp snooping vlan 10`, `ip arp inspection vlan 10`, `spanning-tree portfast bpduguard default`; on access ports `switchport mode access` / `switchport nonegotiate` / `switchport port-security` / `switchport port-security maximum 2` / `ip verify source` / `spanning-tree portfast`; ' +
        'on uplinks `ip dhcp snooping trust` / `ip arp inspection trust`; on trunks `switchport trunk allowed vlan 10,30` / `switchport trunk native vlan 999`. ' +
        'AlliedWare Plus example: `service dhcp-snooping`, `interface vlan10` / `ip dhcp snooping` / `arp security`; on access ports `switchport port-security` / `switchport port-security maximum 2` / `spanning-tree portfast` / `spanning-tree portfast bpdu-guard enable`; on trunks `switchport trunk allowed vlan add 10,30` / `switchport trunk native vlan none`. ' +
        'Idea: on ports users plug into, stop rogue DHCP servers, ARP and address spoofing, rogue switches and trunk negotiation.',
    },
    evidence: { ja: 'ポートの interface 行。', en: 'The port\'s interface line.' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (physicalSwitchPorts(device).length === 0) {
        ctx.notApplicable(device, { ja: 'スイッチポートがありません', en: 'no switch ports' });
        continue;
      }
      const guards = device.l2Guards;
      if (guards === undefined) {
        ctx.report({
          device,
          object: 'layer-2 guards',
          status: 'manual',
          message: {
            ja: 'この機器のスイッチポートの L2 保護（DHCP スヌーピング、ARP インスペクション、BPDU ガード等）は設定から読み取れません。機器で確認してください。',
            en: 'The layer-2 guards of this device\'s switch ports (DHCP snooping, ARP inspection, BPDU guard, …) are not read from its config: check them on the device.',
          },
          evidence: [device.source],
        });
        continue;
      }
      reportGrouped(ctx, device, 'access', activeAccessPorts(device).map((port) => ({ port, missing: accessPortGaps(guards, port) })));
      reportGrouped(ctx, device, 'trunk', activeTrunks(device).map((port) => ({ port, missing: trunkGaps(port) })));
    }
  },
};

function activeTrunks(device: Device): Interface[] {
  return physicalSwitchPorts(device).filter((i) => i.switchport!.mode === 'trunk' && !i.shutdown);
}

/** What an access port lacks, in a fixed order. */
function accessPortGaps(guards: L2GuardSettings, port: Interface): Localized[] {
  const vlan = accessVlanOf(port);
  const pg = port.portGuards;
  const missing: Localized[] = [];
  const snooped = guards.dhcpSnooping !== undefined && guards.dhcpSnoopingVlans.includes(vlan);
  if (!snooped) missing.push({ ja: `DHCP スヌーピング（VLAN ${vlan}）`, en: `DHCP snooping (VLAN ${vlan})` });
  else if (pg?.dhcpSnoopingTrusted) missing.push({ ja: 'DHCP スヌーピングで信頼しない設定（trust が付いている）', en: 'DHCP snooping untrusted (the port is trusted)' });
  if (!guards.arpInspectionVlans.includes(vlan)) missing.push({ ja: `ARP インスペクション（VLAN ${vlan}）`, en: `ARP inspection (VLAN ${vlan})` });
  else if (pg?.arpInspectionTrusted) missing.push({ ja: 'ARP インスペクションで信頼しない設定（trust が付いている）', en: 'ARP inspection untrusted (the port is trusted)' });
  if (pg?.ipSourceGuard !== true) missing.push({ ja: 'IP ソースガード', en: 'IP source guard' });
  if (port.portSecurity?.enabled !== true) missing.push({ ja: 'ポートセキュリティによる MAC 数の上限', en: 'a MAC limit by port security' });
  if (!bpduGuarded(guards, port)) missing.push({ ja: 'BPDU ガード', en: 'BPDU guard' });
  if (port.switchport?.negotiates === true) {
    missing.push(port.switchport.mode === 'access' ? { ja: 'DTP の停止（nonegotiate）', en: 'DTP off (nonegotiate)' } : { ja: 'アクセスモードの固定と DTP の停止（動的モードのまま）', en: 'fixed access mode and DTP off (the port is in dynamic mode)' });
  }
  return missing;
}

/** BPDU guard on the port, or the device default acting on PortFast ports (unless the port turns it off). */
function bpduGuarded(guards: L2GuardSettings, port: Interface): boolean {
  const pg = port.portGuards;
  if (pg?.bpduGuard !== undefined) return pg.bpduGuard;
  const portfast = pg?.portfast ?? guards.portfastDefault !== undefined;
  return guards.bpduGuardDefault !== undefined && portfast;
}

function trunkGaps(port: Interface): Localized[] {
  const sp = port.switchport!;
  const missing: Localized[] = [];
  if (sp.trunkAllowed === undefined) missing.push({ ja: '許可 VLAN の明示（今はすべての VLAN が通ります）', en: 'a list of allowed VLANs (every VLAN passes now)' });
  if ((sp.nativeVlan ?? DEFAULT_ACCESS_VLAN) === DEFAULT_ACCESS_VLAN) missing.push({ ja: '1 以外のネイティブ VLAN', en: 'a native VLAN other than 1' });
  if (sp.negotiates === true) missing.push({ ja: 'DTP の停止（nonegotiate）', en: 'DTP off (nonegotiate)' });
  return missing;
}

/**
 * Ports lacking the same protections make one finding (a switch often has dozens of identical ports):
 * the object names the first port and how many more, the evidence lists every port's line.
 */
function reportGrouped(ctx: RuleContext, device: Device, kind: 'access' | 'trunk', gaps: { port: Interface; missing: Localized[] }[]): void {
  const groups = new Map<string, { ports: Interface[]; missing: Localized[] }>();
  for (const { port, missing } of gaps) {
    if (missing.length === 0) continue;
    const key = missing.map((m) => m.en).join('|');
    const group = groups.get(key) ?? { ports: [], missing };
    group.ports.push(port);
    groups.set(key, group);
  }
  const label = kind === 'access' ? { ja: 'アクセスポート', en: 'Access port' } : { ja: 'トランクポート', en: 'Trunk port' };
  for (const [key, { ports, missing }] of groups) {
    const names = ports.map((p) => p.name).join(', ');
    const plural = ports.length > 1 ? 's' : '';
    ctx.report({
      device,
      object: ports.length === 1 ? ports[0]!.name : `${ports[0]!.name} +${ports.length - 1}`,
      key: `${kind}:${key}`,
      message: {
        ja: `${label.ja} ${names} に次の保護がありません: ${missing.map((m) => m.ja).join('、')}。`,
        en: `${label.en}${plural} ${names} lack${plural ? '' : 's'}: ${missing.map((m) => m.en).join(', ')}.`,
      },
      evidence: ports.map((p) => p.source),
    });
  }
}
