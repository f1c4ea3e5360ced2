// 第2章4(3)イ「情報システム管理者は、外部へのネットワーク接続を必要最低限に限定し、できる限り接続ポイントを減らさなければならない」・6(1)コ(ア)「…所管するネットワークを外部ネットワークと接続しようとする場合には、情報セキュリティ責任者の許可を得なければならない」・(イ)「…ネットワーク構成、機器構成、セキュリティ技術等を詳細に調査し…」
import type { Device } from '../../model/index.js';
import type { ExternalExit } from './external-exits.js';
import { externalExits } from './external-exits.js';
import type { ExternalConnection } from '../settings.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'BND-01',
    area: 'BND',
    title: { ja: '外部接続点の棚卸し・台帳照合', en: 'External connection inventory against the register' },
    description: {
      ja:
        '各機器の外部への出口を列挙します: zones.csv でインターネット接続系ゾーンにあるインタフェース、既定経路（0.0.0.0/0・::/0）の出力インタフェース（ネクストホップが属するサブネットのインタフェースを含む）、DHCP・PPPoE・IPCP でアドレスを得るインタフェース、トンネルの送信元インタフェース、IPsec を適用したインタフェース（シャットダウン中は除く）。既定経路の出力先や DHCP でアドレスを得るインタフェースでも、zones.csv で内部のゾーン（校務・学習・来客・管理・DMZ）にあるものは内部の経路（L3 スイッチの上位ルータ向けなど）として除きます。' +
        'それらを外部接続台帳（segaudit.json `site.externalConnections` の機器名・インタフェース名）と照合し、台帳に無い出口は不適合（中）です。台帳が無い場合は、見つかった出口を一覧にして要確認とします。出口の見つからない機器は対象外です。',
      en:
        'Lists every exit of each device to outside networks: interfaces in an internet zone of zones.csv, egress interfaces of default routes (0.0.0.0/0, ::/0; by next hop, the interface whose subnet holds it), interfaces that learn their address by DHCP, PPPoE or IPCP, tunnel transport interfaces and interfaces carrying IPsec (shut-down interfaces excluded). A default route or learnt address on an interface that zones.csv puts in an inside zone (koumu, learning, guest, management, DMZ) is an internal hop (an L3 switch\'s uplink to the school router) and is skipped. ' +
        'Each is compared with the external-connection register (segaudit.json `site.externalConnections`, device and interface name): an exit not in it is a medium failure. Without a register the exits found are listed as a manual check. Devices with no exit are not applicable.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['4(3)イ', '6(1)コ(ア)', '6(1)コ(イ)'], sorachi: ['6(4)', '6(6)'] },
    remediation: {
      ja:
        '不要な出口は閉じ（例 IOS `interface GigabitEthernet0/1` / `shutdown`、Yamaha RTX `pp disable 2`、NEC IX `interface GigaEthernet2.0` / `shutdown`、FortiGate `config system interface` / `edit "wan2"` / `set status down`、AlliedWare Plus `interface eth2` / `shutdown`）、' +
        '必要な出口は情報セキュリティ責任者の許可を得て外部接続台帳に記録し、segaudit.json の `site.externalConnections` に `{"device": "center-fw01", "interface": "wan1", "description": "ISP 光回線", "approval": "R6-012"}` の形で登録します。',
      en:
        'Close exits that are not needed (e.g. IOS `interface GigabitEthernet0/1` / `shutdown`, Yamaha RTX `pp disable 2`, NEC IX `interface GigaEthernet2.0` / `shutdown`, FortiGate `config system interface` / `edit "wan2"` / `set status down`, AlliedWare Plus `interface eth2` / `shutdown`); ' +
        'get approval for the ones needed, record them in the external-connection register and list them in segaudit.json `site.externalConnections` as `{"device": "center-fw01", "interface": "wan1", "description": "ISP fibre", "approval": "R6-012"}`.',
    },
    evidence: {
      ja: '出口と判断した根拠の行（インタフェース、既定経路、トンネル、IPsec）。',
      en: 'The lines that make it an exit (interface, default route, tunnel, IPsec).',
    },
    needsSiteFacts: ['externalConnections'],
  },

  check(ctx) {
    const register = ctx.settings.site.externalConnections;
    for (const device of ctx.devices) {
      const exits = externalExits(ctx, device);
      if (exits.length === 0) {
        ctx.notApplicable(device, { ja: '外部への出口が見つかりません', en: 'no exit to an outside network found' });
        continue;
      }
      if (register === undefined) reportUnregistered(ctx, device, exits);
      else checkAgainstRegister(ctx, device, exits, register);
    }
  },
};

function describe(exit: ExternalExit): { ja: string; en: string } {
  return {
    ja: `${exit.iface.name}（${exit.reasons.map((r) => r.ja).join('・')}）`,
    en: `${exit.iface.name} (${exit.reasons.map((r) => r.en).join(', ')})`,
  };
}

function reportUnregistered(ctx: RuleContext, device: Device, exits: ExternalExit[]): void {
  const listed = exits.map(describe);
  ctx.report({
    device,
    object: 'external connections',
    status: 'manual',
    message: {
      ja: `外部接続台帳（site.externalConnections）が無いため照合できません。この機器の外部への出口 ${exits.length} 件: ${listed.map((l) => l.ja).join('、')}。台帳と照合してください。`,
      en: `No external-connection register (site.externalConnections) to compare with. This device has ${exits.length} exit(s) to outside networks: ${listed.map((l) => l.en).join('; ')}. Check them against the register.`,
    },
    evidence: exits.flatMap((e) => e.evidence),
  });
}

function checkAgainstRegister(ctx: RuleContext, device: Device, exits: ExternalExit[], register: ExternalConnection[]): void {
  const host = device.hostname.toLowerCase();
  for (const exit of exits) {
    const name = exit.iface.name.toLowerCase();
    if (register.some((c) => c.device.toLowerCase() === host && c.interface.toLowerCase() === name)) continue;
    const d = describe(exit);
    ctx.report({
      device,
      object: exit.iface.name,
      message: {
        ja: `外部への出口 ${d.ja} が外部接続台帳（site.externalConnections）にありません。`,
        en: `Exit to an outside network ${d.en} is not in the external-connection register (site.externalConnections).`,
      },
      evidence: exit.evidence,
    });
  }
}
