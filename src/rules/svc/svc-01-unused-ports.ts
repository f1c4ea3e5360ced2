// 第2章6(5)ア(ア)「使用されていないポートは閉鎖しなければならない」・4(1)エ(ウ)「ネットワーク接続口（ハブのポート等）を他者が容易に接続できない場所に設置するなど適正に管理」
import type { Device, Interface, OperationalPort } from '../../model/index.js';
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
        '使用中のポートには説明を付けることで、この推定と台帳の照合が可能になります。' +
        '設定の横に運用出力（`show interfaces status`、AlliedWare Plus の `show interface brief` 等。機器名のプロンプトまたはファイル名で機器に対応付け）がある場合はそれを優先します: ' +
        '出力のすべての行でリンクが down（notconnect・disabled・err-disabled 等）のポートは未使用として不適合、一度でも up のポートと LLDP/CDP の隣接機器が見えるポート（`show lldp neighbors`・`show cdp neighbors`）は説明が無くても使用中として適合とします。' +
        '出力に載っていないポートには上の推定を用います。出力は取得した時点の状態なので、取得日時と台帳で確認してください。',
      en:
        'Fails access ports (physical switch ports in access mode or with no mode set; trunks excluded) that are not shut down and that look unused from the config. ' +
        'A config cannot show what is plugged in, so this heuristic is used: (1) the port has no description, no port security and no 802.1X/MAB, ' +
        'or (2) the device declares VLANs but the port\'s access VLAN (VLAN 1 when unset) is not among them. ' +
        'Describing the ports in use keeps this check and the port register in step. ' +
        'When an operational export sits beside the config (`show interfaces status`, AlliedWare Plus `show interface brief` …, matched to the device by the prompt\'s hostname or the file name), it decides instead: ' +
        'a port whose link is down in every row of the export (notconnect, disabled, err-disabled …) is unused and fails; a port up in any row, or with an LLDP/CDP neighbour (`show lldp neighbors`, `show cdp neighbors`), is in use and passes even without a description. ' +
        'Ports the export does not list are judged by the heuristic above. An export shows one moment: check it against its date and the port register.',
    },
    severity: 'medium',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(ア)', '4(1)エ(ウ)(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '使っていないポートを閉鎖し、どこにも通じない VLAN に収容します。IOS の例: `interface GigabitEthernet1/0/24` / `switchport access vlan 999` / `shutdown`。' +
        'AlliedWare Plus の例: `interface port1.0.24` / `switchport access vlan 999` / `shutdown`。使用中のポートには `description` を付けます。' +
        '実際の接続状況で判定するには、`show interfaces status`（AlliedWare Plus は `show interface brief`）の出力をプロンプトごと `<ホスト名>-status.txt` として設定の横に置きます。' +
        '考え方: 未使用の接続口は無効化し、使用中の接続口は用途を記録する（802.1X/ポートセキュリティで保護されていればなお良い）。',
      en:
        'Shut unused ports down and park them in a VLAN that leads nowhere. IOS example: `interface GigabitEthernet1/0/24` / `switchport access vlan 999` / `shutdown`. ' +
        'AlliedWare Plus example: `interface port1.0.24` / `switchport access vlan 999` / `shutdown`. Give ports in use a `description`. ' +
        'To judge by what is actually plugged in, save `show interfaces status` (AlliedWare Plus: `show interface brief`) with its prompt as `<hostname>-status.txt` beside the config. ' +
        'Idea: unused network sockets are disabled and used ones are documented (better still, protected by 802.1X or port security).',
    },
    evidence: {
      ja: 'ポートの interface 行。運用出力で判定したときは、その出力のポートの行も。',
      en: 'The port\'s interface line; when an operational export decided, also the port\'s row of the export.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (physicalSwitchPorts(device).length === 0) {
        ctx.notApplicable(device, { ja: 'スイッチポートがありません', en: 'no switch ports' });
        continue;
      }
      for (const port of activeAccessPorts(device)) {
        const rows = exportRowsOf(device, port);
        // The export knows: a port up in any row, or with an LLDP/CDP neighbour, is in use.
        if (rows.some((r) => r.status === 'up') || hasNeighbor(device, port)) continue;
        if (rows.length > 0) {
          // Down in every row of the export: unused.
          const row = rows[0]!;
          const at = device.operational?.collectedAt;
          ctx.report({
            device,
            object: port.name,
            message: {
              ja: `${port.name} は閉鎖されていませんが、運用出力（${row.source.file} ${row.source.line} 行${at ? `、取得 ${at}` : ''}）でリンクが ${row.state} であり、出力の時点で使われていません。`,
              en: `${port.name} is not shut down but its link is ${row.state} in the operational export (${row.source.file} line ${row.source.line}${at ? `, taken ${at}` : ''}): it was not in use when the export was taken.`,
            },
            evidence: [port.source, ...rows.map((r) => r.source)],
          });
        } else if (looksUndocumented(port)) {
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

/** The port's rows in the operational exports matched to the device (none without an export). */
function exportRowsOf(device: Device, port: Interface): OperationalPort[] {
  return device.operational?.ports.filter((p) => p.name === port.name) ?? [];
}

/** A neighbour seen by LLDP or CDP on the port (from an export) shows that something is plugged in. */
function hasNeighbor(device: Device, port: Interface): boolean {
  return device.operational?.lldpNeighbors?.some((n) => n.localInterface === port.name) ?? false;
}

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
