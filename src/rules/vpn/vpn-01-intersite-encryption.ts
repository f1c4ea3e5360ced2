// 第2章4(3)ウ「重要性分類Ⅲ以上の情報資産を取り扱う情報システムに通信回線を接続する場合…インターネットを通信経路とする回線の場合、通信の暗号化を行わなければならない」・6(1)ス(イ)「機密性の高い情報を取り扱うネットワークについて…暗号化等の措置」
import type { ForwardPath, FibEntry } from '../../analysis/topology/types.js';
import type { AddressMatch, Device, Interface, ZoneClass } from '../../model/index.js';
import { ipv4WildcardToLength, parseIpv4 } from '../../net/ipv4.js';
import { parsePrefix, prefixesOverlap, type Prefix } from '../../net/prefix.js';
import { KOUMU_CLASSES, reportZonesNeeded } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** A protected prefix: a CIDR of a zone whose class carries 校務 data (重要性分類Ⅲ以上). */
interface ProtectedPrefix {
  zone: string;
  cidr: string;
  prefix: Prefix;
}

export const rule: Rule = {
  meta: {
    id: 'VPN-01',
    area: 'VPN',
    title: { ja: 'インターネット経由区間の暗号化（拠点間）', en: 'Encrypt inter-site traffic over the Internet' },
    description: {
      ja:
        '各機器の経路表（静的経路、最長一致）で、校務内部系・校務外部系のゾーンの CIDR に向かう経路（既定経路を除く）が、インターネット接続系のゾーンのインタフェースから暗号化されずに出ていく場合を不適合とします。' +
        'トンネルインタフェース（IPsec 等）から出る経路と、出口のインタフェースに結び付いた IPsec（暗号 ACL などの保護対象がその CIDR を含むもの）で保護される経路は適合です。閉域網のゾーンのインタフェースから出る経路も対象外です。' +
        '既定経路（0.0.0.0/0）は拠点間の経路とはみなしません（他拠点の私設アドレスはインターネットで配送されないため）。出口のインタフェースがゾーンに属さない場合は判定しません。zones.csv が無い場合は要確認です。',
      en:
        'In each device\'s forwarding table (static routes, longest match), fails a route (other than the default route) towards a CIDR of a koumu-internal or koumu-external zone that leaves unencrypted by an interface in an internet-class zone. ' +
        'Routes out of a tunnel interface (IPsec etc.) pass, and so do routes whose egress interface is bound to IPsec whose protected traffic (crypto ACL etc.) covers the CIDR. Routes out of closed-WAN interfaces are out of scope. ' +
        'The default route (0.0.0.0/0) does not count as a route to another site (private addresses of other sites are not delivered over the Internet). Egress interfaces in no zone are not judged. Without zones.csv: manual check.',
    },
    severity: 'critical',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['4(3)ウ', '6(1)ス(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '他拠点の校務のプレフィックスへの経路を IPsec トンネル経由にします（または閉域網を使います）。' +
        'IOS: `ip route 10.2.0.0 255.255.0.0 Tunnel1`（Tunnel1 は `tunnel protection ipsec profile`）。' +
        'Yamaha RTX: `ip route 10.2.0.0/16 gateway tunnel 1`。' +
        'FortiGate: `config router static` で `set dst 10.2.0.0 255.255.0.0` と `set device "<phase1-interface 名>"`。' +
        'NEC IX: `ip route 10.2.0.0/16 Tunnel0.0`。AlliedWare Plus: インターネット側へ向けず、VPN 装置や閉域網側のインタフェースへ向けます。',
      en:
        'Route other sites\' koumu prefixes through an IPsec tunnel (or a closed WAN). ' +
        'IOS: `ip route 10.2.0.0 255.255.0.0 Tunnel1` (Tunnel1 with `tunnel protection ipsec profile`). ' +
        'Yamaha RTX: `ip route 10.2.0.0/16 gateway tunnel 1`. ' +
        'FortiGate: in `config router static`, `set dst 10.2.0.0 255.255.0.0` with `set device "<phase1-interface name>"`. ' +
        'NEC IX: `ip route 10.2.0.0/16 Tunnel0.0`. AlliedWare Plus: point it at the VPN gateway or the closed-WAN interface, not the Internet side.',
    },
    evidence: {
      ja: '経路の設定行と、出口のインタフェースの行。',
      en: 'The route line and the egress interface line.',
    },
    needsZones: true,
  },

  check(ctx) {
    const prefixes = protectedPrefixes(ctx);
    for (const device of ctx.devices) {
      if (!ctx.zones.available) {
        if (device.routes.length > 0) reportZonesNeeded(ctx, device, { ja: '校務のプレフィックスへの経路が暗号化されているか', en: 'whether routes to koumu prefixes are encrypted' });
        else ctx.notApplicable(device, { ja: '静的経路がありません。', en: 'No static routes.' });
        continue;
      }
      if (prefixes.length === 0) {
        ctx.notApplicable(device, { ja: 'zones.csv に CIDR を持つ校務のゾーンがありません。', en: 'zones.csv has no koumu zone with a CIDR.' });
        continue;
      }
      for (const vrf of ctx.analysis.topology.vrfsOf(device)) {
        for (const entry of ctx.analysis.topology.entries(device, vrf)) checkEntry(ctx, device, entry, prefixes);
      }
    }
  },
};

function protectedPrefixes(ctx: RuleContext): ProtectedPrefix[] {
  const out: ProtectedPrefix[] = [];
  for (const zone of ctx.zones.zones) {
    if (!(KOUMU_CLASSES as readonly ZoneClass[]).includes(zone.class)) continue;
    for (const { selector } of zone.bindings) {
      if (selector.kind !== 'cidr') continue;
      const cidr = `${selector.address}/${selector.prefixLength}`;
      const prefix = parsePrefix(cidr);
      if (!('error' in prefix)) out.push({ zone: zone.name, cidr, prefix });
    }
  }
  return out;
}

function checkEntry(ctx: RuleContext, device: Device, entry: FibEntry, prefixes: ProtectedPrefix[]): void {
  if (entry.prefix.length === 0) return;
  const covered = prefixes.filter((p) => prefixesOverlap(p.prefix, entry.prefix));
  if (covered.length === 0) return;
  for (const path of entry.paths) {
    if (path.action !== 'forward' || path.origin === 'connected') continue;
    const egress = path.egress.interface;
    if (!facesInternet(ctx, device, egress) || egress.kind === 'tunnel' || protectedByIpsec(device, egress, entry.prefix)) continue;
    const zones = [...new Set(covered.map((p) => p.zone))].join(', ');
    ctx.report({
      device,
      object: `route ${entry.cidr}`,
      key: egress.name,
      message: {
        ja: `${zones}（校務）のアドレス ${entry.cidr} への経路がインターネット側のインタフェース ${egress.name} から暗号化されずに出ていきます${viaText(path).ja}。`,
        en: `The route to ${entry.cidr} (koumu zone ${zones}) leaves unencrypted by the Internet-facing interface ${egress.name}${viaText(path).en}.`,
      },
      evidence: [path.source, egress.source],
    });
  }
}

function viaText(path: ForwardPath): { ja: string; en: string } {
  return path.nextHop ? { ja: `（次ホップ ${path.nextHop}）`, en: ` (next hop ${path.nextHop})` } : { ja: '', en: '' };
}

function facesInternet(ctx: RuleContext, device: Device, iface: Interface): boolean {
  return ctx.zones.ofInterface(device, iface).some((a) => a.class === 'internet');
}

/** Policy-based IPsec on the egress interface whose protected traffic reaches into the prefix. */
function protectedByIpsec(device: Device, egress: Interface, prefix: Prefix): boolean {
  return device.vpn.tunnels.some((t) => {
    if (!t.interfaces.includes(egress.name) || t.protectedTraffic === undefined) return false;
    const filter = device.filters.find((f) => f.name === t.protectedTraffic);
    return filter?.rules.some((r) => r.action === 'permit' && r.match.dst.some((d) => reaches(d, prefix))) ?? false;
  });
}

function reaches(match: AddressMatch, prefix: Prefix): boolean {
  if (match.kind === 'any') return true;
  if (match.kind === 'prefix') return overlapsText(`${match.address}/${match.length}`, prefix);
  if (match.kind === 'wildcard') {
    const wildcard = parseIpv4(match.wildcard);
    const length = wildcard === undefined ? undefined : ipv4WildcardToLength(wildcard);
    // A discontiguous wildcard matches scattered addresses: count it as reaching in (no false alarm).
    return length === undefined || overlapsText(`${match.address}/${length}`, prefix);
  }
  if (match.kind === 'range') return overlapsText(match.first, prefix) || overlapsText(match.last, prefix);
  return false;
}

function overlapsText(cidr: string, prefix: Prefix): boolean {
  const parsed = parsePrefix(cidr);
  return !('error' in parsed) && prefixesOverlap(parsed, prefix);
}
