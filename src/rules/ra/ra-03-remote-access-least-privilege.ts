// 第2章6(2)イ(イ)「内部のネットワーク又は情報システムに対する外部からのアクセスを、アクセスが必要な合理的理由を有する必要最小限の者に限定しなければならない」
import type { Device, Interface, SecurityPolicyRule, SecurityZone } from '../../model/index.js';
import { reportZonesNeeded } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'RA-03',
    area: 'RA',
    title: { ja: 'リモートアクセスの宛先・対象者の最小化', en: 'Least privilege for remote access' },
    description: {
      ja:
        'リモートアクセス VPN の利用者が入ってくるインタフェース（SSL-VPN のトンネルインタフェース）から、校務内部系のゾーンのインタフェースへの通信を許可するルール（ゾーン間ルールベース）を調べます。' +
        '宛先が任意、またはプロトコル・ポートが任意のルールを不適合とし、利用者・グループを限定していないこともメッセージに書きます。' +
        'ルールベースの無い機器のリモートアクセス（Yamaha の L2TP/IPsec など）は、接続した利用者がどこへ届くかをこのモデルでは計算しないため要確認です。zones.csv が無い場合も要確認です。',
      en:
        'Looks at the zone-pair rulebase rules permitting traffic from the interface remote-access users arrive on (the SSL-VPN tunnel interface) to interfaces in koumu-internal zones. ' +
        'A rule with any destination, or any protocol and port, fails; the message also says when it is not limited to users or groups. ' +
        'Remote access on a device without a rulebase (Yamaha L2TP/IPsec etc.) is a manual check, as where its users reach is not computed in this model; so is any device without zones.csv.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(2)イ(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'リモートアクセスのルールを、必要な利用者グループと、必要なサーバ・ポートだけに限定します。' +
        'FortiGate: `config firewall policy` の該当ポリシーで `set dstaddr "<校務サーバ>"`、`set service "HTTPS"`、`set groups "<リモート利用者グループ>"`。' +
        'Yamaha RTX: `ip pp secure filter in` を pp anonymous に設定し、必要な宛先・ポートだけを通します。',
      en:
        'Limit the remote-access rules to the user groups that need them and to the servers and ports they need. ' +
        'FortiGate: in the `config firewall policy` entry `set dstaddr "<koumu server>"`, `set service "HTTPS"`, `set groups "<remote users>"`. ' +
        'Yamaha RTX: set `ip pp secure filter in` on pp anonymous and let through only the destinations and ports needed.',
    },
    evidence: {
      ja: 'リモートアクセスから校務内部系へ許可するルールの行（要確認ではリモートアクセスの設定行）。',
      en: 'The rule permitting remote access into koumu-internal (for a manual check, the remote-access line).',
    },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const raTunnels = device.vpn.tunnels.filter((t) => t.remoteAccess);
      const entry = device.vpn.sslVpn?.tunnelInterface;
      if (raTunnels.length === 0 && entry === undefined) {
        ctx.notApplicable(device, { ja: 'リモートアクセス VPN がありません。', en: 'No remote-access VPN.' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: 'リモートアクセスの利用者が校務内部系へ届く範囲', en: 'how far remote-access users reach into koumu-internal' });
        continue;
      }
      for (const tunnel of raTunnels) {
        ctx.report({
          device,
          object: tunnel.name,
          status: 'manual',
          message: {
            ja: `リモートアクセス VPN（${tunnel.name}）の利用者が届く宛先・ポートはこのモデルでは計算していません。利用者の受信フィルタが校務内部系への宛先・ポートを必要最小限に限っていることを確認してください。`,
            en: `Where the users of remote-access VPN ${tunnel.name} reach is not computed in this model. Confirm the filters on their traffic limit koumu-internal destinations and ports to what is needed.`,
          },
          evidence: [tunnel.source],
        });
      }
      if (entry !== undefined) checkRulebase(ctx, device, entry);
    }
  },
};

function checkRulebase(ctx: RuleContext, device: Device, entry: string): void {
  const policy = device.securityPolicy;
  const zones = ctx.analysis.model.filters.policies.zones(device)?.zones ?? policy?.zones ?? [];
  for (const r of policy?.rules ?? []) {
    if (r.disabled || r.action !== 'permit' || !selects(zones, r.from, entry)) continue;
    const koumu = [...new Set(interfacesOf(device, zones, r.to).flatMap((i) => ctx.zones.ofInterface(device, i).filter((a) => a.class === 'koumu-internal').map((a) => a.zone)))];
    if (koumu.length === 0) continue;
    const anyDestination = r.match.dst.some((d) => d.kind === 'any' || (d.kind === 'prefix' && d.length === 0));
    const anyService = r.match.protocol === undefined && r.match.dstPorts === undefined;
    if (!anyDestination && !anyService) continue;
    const wide = [anyDestination ? { ja: '宛先が任意', en: 'any destination' } : undefined, anyService ? { ja: 'プロトコル・ポートが任意', en: 'any protocol and port' } : undefined].filter((w) => w !== undefined);
    const everyone = r.users === undefined || r.users.length === 0 ? { ja: '、利用者・グループの限定なし', en: ', not limited to users or groups' } : { ja: '', en: '' };
    ctx.report({
      device,
      object: `policy ${r.id}`,
      message: {
        ja: `ルール ${r.id} がリモートアクセスの利用者（${entry}）から ${koumu.join('・')}（校務内部系）への通信を許可しています（${wide.map((w) => w.ja).join('、')}${everyone.ja}）。`,
        en: `Rule ${r.id} permits remote-access users (${entry}) into ${koumu.join(', ')} (koumu-internal) with ${wide.map((w) => w.en).join(' and ')}${everyone.en}.`,
      },
      evidence: [r.source],
    });
  }
}

/** The rule's source side holds the remote-access interface (directly, by its zone, or `any`). */
function selects(zones: SecurityZone[], selector: SecurityPolicyRule['from'], iface: string): boolean {
  if (selector === 'any') return true;
  return selector.includes(iface) || zones.some((z) => selector.includes(z.name) && z.interfaces.includes(iface));
}

function interfacesOf(device: Device, zones: SecurityZone[], selector: SecurityPolicyRule['to']): Interface[] {
  const chosen = selector === 'any' ? zones : zones.filter((z) => selector.includes(z.name));
  const names = new Set(chosen.flatMap((z) => z.interfaces));
  return device.interfaces.filter((i) => names.has(i.name));
}
