// 第2章6(5)ア(ア)(イ)「不要なサービスについて、機能を削除又は停止」・6(2)イ(キ)「内部のネットワーク又は情報システムに対するインターネットを介した外部からのアクセスを原則として禁止しなければならない。」
import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { Device, Interface, SourceSpan, ZoneAssignment } from '../../model/index.js';
import { fromAny, managementEntries, protocolLabel, type ManagementEntry } from '../helpers/management-access.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-02',
    area: 'MGT',
    title: { ja: '外部・非管理インタフェースでの管理サービス', en: 'Management services on Internet-facing or non-management interfaces' },
    description: {
      ja:
        'SSH・Telnet・HTTP(S) の管理サービスがインターネット側のインタフェース（zones.csv のインターネット接続系ゾーン）で受け付けられていないかを調べます。' +
        'インタフェースごとに有効化する機種（FortiGate の allowaccess 等）はそのインタフェースで、機器全体で待ち受ける機種はインターネット側インタフェースの受信フィルタと管理接続の制限を通って届くかで判定します。' +
        'インターネットの送信元から届けば重大、接続元制限で届かなくてもインターネット側で有効なら高、インタフェースごとに有効化する機種で管理ゾーン以外のゾーンのインタフェースで有効なら中とします。zones.csv が無い、またはインターネット接続系ゾーンが無い場合は要確認です。',
      en:
        'Checks that SSH, Telnet and HTTP(S) management is not offered on Internet-facing interfaces (interfaces in an internet zone of zones.csv). ' +
        'Where the platform enables management per interface (FortiGate allowaccess …) the interface decides; where it listens on every interface, the rule checks whether a session from the Internet passes the interface inbound filters and the management restrictions. ' +
        'Reachable from Internet sources is critical; enabled on the Internet side but kept out by a source restriction is high; enabled (per-interface platforms) on an interface of a zone other than management is medium. Without zones.csv, or without an internet zone in it, the result is 要確認 (manual).',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(ア)', '6(5)ア(イ)', '6(2)イ(キ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'インターネット側・利用者側のインタフェースでは管理サービスを無効にし、管理ゾーンからだけ管理します。FortiGate: `config system interface` / `edit "wan1"` / `set allowaccess ping` / `next` / `end`。' +
        'Yamaha RTX: `sshd host lan1`、`httpd host lan1`、`telnetd host none`（WAN 側は `ip pp secure filter in` で管理ポートを遮断）。IOS: vty に `access-class MGMT in`、WAN の受信 ACL で管理ポートを拒否。' +
        'AlliedWare Plus: `line vty 0 4` / ` access-class 10`。NEC IX: `ssh-server ip access-list MGMT`、WAN の `ip filter … in` で管理ポートを拒否。',
      en:
        'Switch management off on Internet-facing and user-facing interfaces and manage from the management zone only. FortiGate: `config system interface` / `edit "wan1"` / `set allowaccess ping` / `next` / `end`. ' +
        'Yamaha RTX: `sshd host lan1`, `httpd host lan1`, `telnetd host none` (and block management ports with `ip pp secure filter in` on the WAN). IOS: `access-class MGMT in` on the vty and an inbound WAN ACL denying management ports. ' +
        'AlliedWare Plus: `line vty 0 4` / ` access-class 10`. NEC IX: `ssh-server ip access-list MGMT` and an inbound `ip filter … in` on the WAN denying management ports.',
    },
    evidence: {
      ja: '管理サービスを有効にする行、インターネット側インタフェースの行、制限の行。',
      en: 'The line enabling the management service, the Internet-facing interface line, the restriction lines.',
    },
    needsZones: true,
  },

  check(ctx) {
    const what = { ja: 'インターネット側インタフェースで管理サービスが受け付けられているか', en: 'whether management is offered on Internet-facing interfaces' };
    const hasInternetZone = ctx.zones.zones.some((z) => z.class === 'internet');
    const internetSources = internetSourceSet(ctx);
    for (const device of ctx.devices) {
      const entries = managementEntries(ctx, device);
      if (entries.length === 0) {
        ctx.notApplicable(device, { ja: 'リモート管理を受け付けていません', en: 'accepts no remote management' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, what);
        continue;
      }
      if (!hasInternetZone) reportNoInternetZone(ctx, device);
      for (const entry of entries) {
        if (entry.interfaces) checkPerInterface(ctx, device, entry, internetSources);
        else checkDeviceWide(ctx, device, entry, internetSources);
      }
    }
  },
};

/** Sources on the Internet: every IPv4 address outside the site's own (non-internet) zone CIDRs. */
function internetSourceSet(ctx: RuleContext): PacketSet {
  const own = ctx.zones.zones
    .filter((z) => z.class !== 'internet')
    .flatMap((z) => z.bindings.flatMap(({ selector }) => (selector.kind === 'cidr' && selector.family === 4 ? [{ kind: 'prefix' as const, address: selector.address, length: selector.prefixLength, family: 4 as const }] : [])));
  return ctx.analysis.model.space.family(4).subtract(fromAny(ctx, own));
}

function zonesOf(ctx: RuleContext, device: Device, iface: Interface): ZoneAssignment[] {
  return ctx.zones.ofInterface(device, iface);
}

/** Packets the interface's inbound IPv4 filters let in (all when none is bound). */
function inboundAllowed(ctx: RuleContext, device: Device, iface: Interface): PacketSet {
  let allowed = ctx.analysis.model.space.all();
  for (const binding of iface.filters.filter((b) => b.direction === 'in' && b.family === 'ipv4')) {
    const filter = device.filters.find((f) => f.name === binding.filter);
    if (filter) allowed = allowed.intersect(ctx.analysis.model.filters.compile(filter).permitted);
  }
  return allowed;
}

/** Packets addressed to one of the interface's own IPv4 addresses (all when it has none in the config, e.g. DHCP/PPPoE). */
function toInterface(ctx: RuleContext, iface: Interface): PacketSet {
  const space = ctx.analysis.model.space;
  const own = iface.addresses.filter((a) => a.family === 4);
  if (own.length === 0) return space.all();
  return own.reduce((set, a) => set.union(space.address('dst', { kind: 'prefix', address: a.address, length: 32, family: 4 })), space.none());
}

function unique(spans: SourceSpan[]): SourceSpan[] {
  return spans.filter((s, i) => spans.findIndex((t) => t.file === s.file && t.line === s.line) === i);
}

function checkPerInterface(ctx: RuleContext, device: Device, entry: ManagementEntry, internetSources: PacketSet): void {
  for (const { name, source } of entry.interfaces!) {
    const iface = device.interfaces.find((i) => i.name === name);
    if (!iface) continue;
    const zones = zonesOf(ctx, device, iface);
    if (zones.length === 0 || zones.some((z) => z.class === 'management')) continue;
    const internet = zones.find((z) => z.class === 'internet');
    const evidence = unique([source, ...entry.restrictions.map((r) => r.source)]);
    if (internet) {
      const reachable = !entry.permitted.intersect(internetSources).intersect(inboundAllowed(ctx, device, iface)).isEmpty();
      reportInternet(ctx, device, entry, iface, internet, reachable, evidence);
      continue;
    }
    const zone = zoneLabel(zones[0]!);
    ctx.report({
      device,
      object: `${iface.name} ${entry.protocol}`,
      severity: 'medium',
      message: {
        ja: `${protocolLabel(entry)} の管理サービスが管理ゾーンではない ${zone.ja} のインタフェース ${iface.name} で有効です。`,
        en: `${protocolLabel(entry)} management is enabled on ${iface.name}, an interface of ${zone.en}, which is not a management zone.`,
      },
      evidence,
    });
  }
}

function checkDeviceWide(ctx: RuleContext, device: Device, entry: ManagementEntry, internetSources: PacketSet): void {
  for (const iface of device.interfaces) {
    const internet = zonesOf(ctx, device, iface).find((z) => z.class === 'internet');
    if (!internet) continue;
    const arriving = internetSources.intersect(inboundAllowed(ctx, device, iface)).intersect(toInterface(ctx, iface));
    if (entry.permitted.intersect(arriving).isEmpty()) continue;
    reportInternet(ctx, device, entry, iface, internet, true, unique([...entry.sources, iface.source, ...entry.restrictions.map((r) => r.source)]));
  }
}

function reportInternet(ctx: RuleContext, device: Device, entry: ManagementEntry, iface: Interface, zone: ZoneAssignment, reachable: boolean, evidence: SourceSpan[]): void {
  const label = zoneLabel(zone);
  ctx.report({
    device,
    object: `${iface.name} ${entry.protocol}`,
    severity: reachable ? 'critical' : 'high',
    message: reachable
      ? {
          ja: `${protocolLabel(entry)} の管理サービスにインターネット側のインタフェース ${iface.name}（${label.ja}）からインターネットの送信元が接続できます。`,
          en: `${protocolLabel(entry)} management can be reached from Internet sources on the Internet-facing interface ${iface.name} (${label.en}).`,
        }
      : {
          ja: `${protocolLabel(entry)} の管理サービスがインターネット側のインタフェース ${iface.name}（${label.ja}）で有効です（接続元の制限によりインターネットの送信元は接続できません）。`,
          en: `${protocolLabel(entry)} management is enabled on the Internet-facing interface ${iface.name} (${label.en}); source restrictions keep Internet sources out.`,
        },
    evidence,
  });
}

function reportNoInternetZone(ctx: RuleContext, device: Device): void {
  ctx.report({
    device,
    object: 'zones.csv',
    status: 'manual',
    message: {
      ja: 'zones.csv にインターネット接続系のゾーンが無いため、どのインタフェースがインターネット側かを判定できません。インターネット側の回線・インタフェースをインターネット接続系ゾーンとして定義してください。',
      en: 'zones.csv has no internet zone, so which interfaces face the Internet cannot be decided. Define the Internet-facing links or interfaces as an internet zone.',
    },
    evidence: [device.source],
  });
}
