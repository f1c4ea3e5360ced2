// 第2章6(5)ア(ア)「使用されていないポートは閉鎖しなければならない」・4(1)エ(ウ)「ネットワーク接続口（ハブのポート等）を他者が容易に接続できない場所に設置するなど適正に管理」
import type { Device, Interface } from '../../model/index.js';
import { accessVlanOf, activeAccessPorts, physicalSwitchPorts } from '../helpers/switch-ports.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'SVC-01',
    area: 'SVC',
    title: { ja: '未使用ポートの閉鎖', en: 'Unused switch ports shut down' },
    description: {
      ja:
        'シャットダウンされていない物理アクセスポート（モードが access または未設定。トランクは除く）のうち、設定から見て未使用と推定されるものを不適合とします。' +
        '設定だけでは実際の接続の有無は分からないため、次の推定を用います: (1) 説明（description）もポートセキュリティも 802.1X/MAB も無いポート、' +
        'または (2) 機器が VLAN を宣言しているのに、ポートのアクセス VLAN（未設定なら VLAN 1）がその中に無いポート。' +
        '使用中のポートには説明を付けることで、この推定と台帳の照合が可能になります。',
      en:
        'Fails access ports (physical switch ports in access mode or with no mode set; trunks excluded) that are not shut down and that look unused from the config. ' +
        'A config cannot show what is plugged in, so this heuristic is used: (1) the port has no description, no port security and no 802.1X/MAB, ' +
        'or (2) the device declares VLANs but the port\'s access VLAN (VLAN 1 when unset) is not among them. ' +
        'Describing the ports in use keeps this check and the port register in step.',
    },
    severity: 'medium',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(ア)', '4(1)エ(ウ)(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '使っていないポートを閉鎖し、どこにも通じない VLAN に収容します。IOS の例: `interface GigabitEthernet1/0/24` / `switchport access vlan 999` / `shutdown`。使用中のポートには `description` を付けます。' +
        '考え方: 未使用の接続口は無効化し、使用中の接続口は用途を記録する（802.1X/ポートセキュリティで保護されていればなお良い）。',
      en:
        'Shut unused ports down and park them in a VLAN that leads nowhere. IOS example: `interface GigabitEthernet1/0/24` / `switchport access vlan 999` / `shutdown`. Give ports in use a `description`. ' +
        'Idea: unused network sockets are disabled and used ones are documented (better still, protected by 802.1X or port security).',
    },
    evidence: { ja: 'ポートの interface 行。', en: 'The port\'s interface line.' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (physicalSwitchPorts(device).length === 0) {
        ctx.notApplicable(device, { ja: 'スイッチポートがありません', en: 'no switch ports' });
        continue;
      }
      for (const port of activeAccessPorts(device)) {
        if (looksUndocumented(port)) {
          ctx.report({
            device,
            object: port.name,
            message: {
              ja: `${port.name} は閉鎖されていませんが、説明・ポートセキュリティ・802.1X/MAB のいずれも無く、未使用と推定されます。`,
              en: `${port.name} is not shut down but has no description, port security or 802.1X/MAB: it looks unused.`,
            },
            evidence: [port.source],
          });
        } else if (inUndeclaredVlan(device, port)) {
          const vlan = accessVlanOf(port);
          ctx.report({
            device,
            object: port.name,
            message: {
              ja: `${port.name} は閉鎖されていませんが、アクセス VLAN ${vlan} がこの機器で宣言されていない VLAN のため、未使用と推定されます。`,
              en: `${port.name} is not shut down but its access VLAN ${vlan} is not declared on this device: it looks unused.`,
            },
            evidence: [port.source],
          });
        }
      }
    }
  },
};

function looksUndocumented(port: Interface): boolean {
  const ac = port.accessControl;
  const hasAuth = ac !== undefined && (ac.dot1x || ac.mab || ac.portControl !== undefined);
  return !port.description && !port.portSecurity?.enabled && !hasAuth;
}

function inUndeclaredVlan(device: Device, port: Interface): boolean {
  if (device.vlans.length === 0) return false;
  const vlan = accessVlanOf(port);
  return !device.vlans.some((v) => v.id === vlan);
}
