// 第2章6(2)イ(キ)「内部のネットワーク又は情報システムに対するインターネットを介した外部からのアクセスを原則として禁止しなければならない」・6(1)コ(エ)「ウェブサーバ等をインターネットに公開する場合、庁内ネットワークへの侵入を防御するために、ファイアウォール等を外部ネットワークとの境界に設置」
import type { AddressMatch, ApprovedFlow, Device, Interface, Localized, NatRule, SecurityPolicyRule, SecurityZone, SourceSpan } from '../../model/index.js';
import { parseIpv4 } from '../../net/ipv4.js';
import type { Rule, RuleContext } from '../types.js';
import { approvalForNat, approvalForZones } from './inbound-approvals.js';

const ESP = 50;
const UDP = 17;
/** IKE and NAT traversal (RFC 7296 §2, RFC 3948): forwarding these terminates a VPN, it publishes no service. */
const IKE_PORTS = [500, 4500];
const PROTOCOL_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 47: 'gre', 50: 'esp' };

export const rule: Rule = {
  meta: {
    id: 'RA-01',
    area: 'RA',
    title: { ja: 'インターネットからの内部へのアクセス（原則禁止）', en: 'Inbound access from the Internet (forbidden by default)' },
    description: {
      ja:
        'インターネットから内部へ通す設定を列挙し、flows.csv の有効な承認（送信元がインターネット接続系のゾーンまたはアドレス、宛先が内部のアドレスやゾーン、プロトコル・ポートが一致）で覆われないものを不適合とします。' +
        '対象は、(1) 宛先 NAT・ポート転送・静的 NAT（Yamaha `nat descriptor masquerade static`、FortiGate VIP、NEC IX `ip napt static`/`ip napt service`、IOS `ip nat inside source static`）と、(2) ゾーン間ルールベース（FortiGate のポリシーなど）で、インターネット接続系のゾーンのインタフェースから他のゾーンへの通信を許可するルールです。' +
        'IKE（UDP 500/4500）と ESP の転送は VPN の終端なので、VPN トンネル上の NAT と外部ホストのアドレスを内部向けに書き換えるだけの NAT（IOS `ip nat outside source`）はインターネットからの受信ではないので対象外です。ルールベースを持つ機器では、宛先 NAT はそれを宛先にする許可ルールがあるときだけ有効なので、その時だけ報告します。' +
        'ルールベースのどのインタフェースがインターネット側かは zones.csv で決まるため、zones.csv が無いと (2) は要確認です。',
      en:
        'Lists what lets traffic in from the Internet and fails every item that no active approval of flows.csv covers (source an internet-class zone or an address range; destination the inside address or zone; protocol and ports matching). ' +
        'Items are (1) destination NAT, port forwards and static NAT (Yamaha `nat descriptor masquerade static`, FortiGate VIPs, NEC IX `ip napt static`/`ip napt service`, IOS `ip nat inside source static`) and (2) zone-pair rulebase rules (FortiGate policies etc.) permitting traffic from interfaces in an internet-class zone to another zone. ' +
        'Forwarding IKE (UDP 500/4500) or ESP terminates a VPN and is left out, as are translations on a VPN tunnel and those that only rename outside hosts for inside hosts (IOS `ip nat outside source`), which let nothing in from the Internet. On a device with a rulebase, destination NAT takes effect only where a rule permits traffic to it, so it is reported only then. ' +
        'Which rulebase interfaces face the Internet comes from zones.csv; without it (2) is a manual check.',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['6(2)イ(キ)', '6(1)コ(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '不要な公開は削除し、必要なものは DMZ に置いたうえで例外措置として承認を受け、flows.csv に登録します（送信元を限定できるならアドレスも限定します）。' +
        'IOS: `no ip nat inside source static tcp 10.20.0.10 443 interface Gi0/0 443`。' +
        'Yamaha RTX: `no nat descriptor masquerade static 1 1`。' +
        'FortiGate: 該当の `config firewall policy` を削除するか `set srcaddr` を承認された送信元に限定し、不要な `config firewall vip` を削除。' +
        'NEC IX: `no ip napt static GigaEthernet0.1 tcp 10.20.0.10 443`、`no ip napt service …`。',
      en:
        'Remove what is not needed; put what is needed in a DMZ, have it approved as an exception and register it in flows.csv (limit the source addresses where possible). ' +
        'IOS: `no ip nat inside source static tcp 10.20.0.10 443 interface Gi0/0 443`. ' +
        'Yamaha RTX: `no nat descriptor masquerade static 1 1`. ' +
        'FortiGate: delete the `config firewall policy` entry or limit its `set srcaddr` to the approved sources, and delete unused `config firewall vip` entries. ' +
        'NEC IX: `no ip napt static GigaEthernet0.1 tcp 10.20.0.10 443`, `no ip napt service …`.',
    },
    evidence: {
      ja: 'NAT・ポート転送の設定行（ルールベースのある機器ではそれを宛先にする許可ルールの行も）、インターネット側から許可するルールの行。',
      en: 'The NAT / port-forward line (on a device with a rulebase, also the rules permitting traffic to it) and the rule permitting traffic from the Internet side.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const exposures = device.nat.filter((n) => isInboundExposure(n) && !arrivesByTunnel(device, n));
      const rules = device.securityPolicy?.rules.filter((r) => !r.disabled && r.action === 'permit') ?? [];
      if (exposures.length === 0 && rules.length === 0) {
        ctx.notApplicable(device, { ja: '宛先 NAT もルールベースもありません。', en: 'No destination NAT and no rulebase.' });
        continue;
      }
      const natRules = new Set<SecurityPolicyRule>();
      for (const nat of exposures) {
        const using = device.securityPolicy ? rules.filter((r) => r.match.dst.some((d) => matchesOutside(d, nat))) : [];
        if (device.securityPolicy && using.length === 0) continue;
        for (const r of using) natRules.add(r);
        reportNat(ctx, device, nat, approvalForNat(ctx, nat), using.map((r) => r.source));
      }
      checkRulebase(ctx, device, rules.filter((r) => !natRules.has(r)));
    }
  },
};

/** Static / port-forward translations that let outside traffic reach an inside address or the device, except VPN termination. */
function isInboundExposure(nat: NatRule): boolean {
  if (nat.kind === 'dynamic' || nat.translatesOutsideHosts) return false;
  if (nat.protocol === ESP) return false;
  const port = nat.inside.port ?? nat.outside.port;
  return !(nat.protocol === UDP && port !== undefined && IKE_PORTS.includes(port));
}

/** A translation on a tunnel interface takes traffic that came over the VPN, not from the Internet. */
function arrivesByTunnel(device: Device, nat: NatRule): boolean {
  const name = nat.outside.interface;
  return name !== undefined && device.interfaces.some((i) => i.name === name && i.kind === 'tunnel');
}

/** A rule's destination names the translation's outside address (FortiGate: a policy naming the VIP). */
function matchesOutside(dst: AddressMatch, nat: NatRule): boolean {
  const outside = nat.outside.address !== undefined ? parseIpv4(nat.outside.address) : undefined;
  if (outside === undefined || dst.kind !== 'range') return false;
  const first = parseIpv4(dst.first);
  const last = parseIpv4(dst.last);
  return first !== undefined && last !== undefined && first <= outside && outside <= last;
}

function describeNat(nat: NatRule): string {
  const proto = nat.protocol === undefined ? 'ip' : (PROTOCOL_NAMES[nat.protocol] ?? `protocol ${nat.protocol}`);
  const outsidePort = nat.outside.port !== undefined ? `:${nat.outside.port}` : '';
  const insidePort = nat.inside.port !== undefined ? `:${nat.inside.port}` : '';
  const outside = `${nat.outside.address ?? nat.outside.interface ?? '?'}${outsidePort}`;
  return `${proto} ${outside} -> ${nat.inside.address ?? 'device'}${insidePort}`;
}

function reportNat(ctx: RuleContext, device: Device, nat: NatRule, approval: ApprovedFlow | undefined, policyLines: SourceSpan[]): void {
  const what = describeNat(nat);
  if (approval !== undefined) return;
  ctx.report({
    device,
    object: `nat ${what}`,
    message: {
      ja: `インターネットからの受信を内部へ転送する設定があり（${what}）、flows.csv の有効な承認がありません。`,
      en: `Traffic from the Internet is forwarded inside (${what}) and no active approval in flows.csv covers it.`,
    },
    evidence: [nat.source, ...policyLines],
  });
}

/** Rules permitting traffic from internet-facing interfaces to other zones; needs zones.csv. */
function checkRulebase(ctx: RuleContext, device: Device, rules: SecurityPolicyRule[]): void {
  if (rules.length === 0) return;
  const zones = ctx.analysis.model.filters.policies.zones(device)?.zones ?? device.securityPolicy?.zones ?? [];
  if (!ctx.zones.available) {
    ctx.report({
      device,
      object: 'rulebase',
      status: 'manual',
      message: {
        ja: 'zones.csv が無いため、ルールベースのどのインタフェースがインターネット側か分からず、インターネットから内部への許可ルールを判定できません。',
        en: 'No zones.csv: which rulebase interfaces face the Internet is unknown, so rules letting the Internet in cannot be judged.',
      },
      evidence: [device.securityPolicy!.source],
    });
    return;
  }
  for (const r of rules) {
    const from = interfacesOf(device, zones, r.from);
    const to = interfacesOf(device, zones, r.to);
    if (!from.some((i) => classesOf(ctx, device, i).includes('internet'))) continue;
    const insideZones = [...new Set(to.flatMap((i) => ctx.zones.ofInterface(device, i).filter((a) => a.class !== 'internet').map((a) => a.zone)))];
    if (insideZones.length === 0) continue;
    if (approvalForZones(ctx, insideZones) !== undefined) continue;
    const label: Localized = { ja: insideZones.join('・'), en: insideZones.join(', ') };
    ctx.report({
      device,
      object: `policy ${r.id}`,
      message: {
        ja: `ルール ${r.id} がインターネット側のインタフェースから ${label.ja} への通信を許可しており、flows.csv の有効な承認がありません。`,
        en: `Rule ${r.id} permits traffic from the Internet-facing interfaces to ${label.en} and no active approval in flows.csv covers it.`,
      },
      evidence: [r.source],
    });
  }
}

function interfacesOf(device: Device, zones: SecurityZone[], selector: 'any' | string[]): Interface[] {
  const chosen = selector === 'any' ? zones : zones.filter((z) => selector.includes(z.name));
  const names = new Set(chosen.flatMap((z) => z.interfaces));
  return device.interfaces.filter((i) => names.has(i.name));
}

function classesOf(ctx: RuleContext, device: Device, iface: Interface): string[] {
  return ctx.zones.ofInterface(device, iface).map((a) => a.class);
}
