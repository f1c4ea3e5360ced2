// 第2章6(5)カ「…外部からアクセスできる情報システムに対して、第三者からサービス不能攻撃を受け、利用者がサービスを利用できなくなることを防止するため、情報システムの可用性を確保する対策を講じなければならない」・6(1)コ(エ)「…庁内ネットワークへの侵入を防御するために、ファイアウォール等を外部ネットワークとの境界に設置した上で接続しなければならない」
import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { Device, Interface, SourceSpan } from '../../model/index.js';
import { zonedInterfaces } from '../helpers/internet-boundary.js';
import { reportZonesNeeded } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** Private-use IPv4 space (RFC 1918): no packet from the internet can carry such a source. */
const PRIVATE_SOURCES = [
  { address: '10.0.0.0', length: 8 },
  { address: '172.16.0.0', length: 12 },
  { address: '192.168.0.0', length: 16 },
];

export const rule: Rule = {
  meta: {
    id: 'BND-03',
    area: 'BND',
    title: { ja: '境界入口での送信元偽装対策', en: 'Ingress anti-spoofing at the internet boundary' },
    description: {
      ja:
        'zones.csv でインターネット接続系ゾーンにある稼働中のインタフェースのそれぞれについて、送信元が RFC 1918 のプライベートアドレス（インタフェース自身のサブネットを除く）である IPv4 パケットが受信時に破棄されるかを、パケット解析で調べます。' +
        '受信（in）方向のフィルタをすべて通り、かつファイアウォールのセキュリティポリシーがある機器ではそのインタフェースのゾーンからいずれかのゾーンへのポリシーで許可されるものが残れば不適合（中）です。厳格モードの uRPF（IOS `ip verify unicast source reachable-via rx`）があれば適合とし、緩和モード（any）は内部アドレスの偽装を止めないため数えません。' +
        'zones.csv が無い場合は要確認です。IPv6 と DoS 対策機能（FortiGate DoS ポリシー、RTX 侵入検知）は判定していません。',
      en:
        'For every live interface in an internet zone of zones.csv, the packet analysis checks that IPv4 packets with an RFC 1918 private source (other than the interface\'s own subnet) are dropped on the way in: ' +
        'if some pass every inbound filter and, on a device with a firewall rulebase, are accepted by a policy from that interface\'s zone to some zone, it is a medium failure. Strict uRPF (IOS `ip verify unicast source reachable-via rx`) passes; loose mode (`any`) does not stop spoofed inside addresses and does not count. ' +
        'Without zones.csv: manual check. IPv6 and DoS features (FortiGate DoS policies, RTX intrusion detection) are not judged.',
    },
    severity: 'medium',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)カ', '6(1)コ(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'インターネット側インタフェースの受信フィルタの先頭でプライベート・bogon の送信元を破棄するか、uRPF を有効にします。IOS の例: `interface GigabitEthernet0/0` / `ip verify unicast source reachable-via rx`、または `ip access-list extended WAN-IN` / `deny ip 10.0.0.0 0.255.255.255 any` / `deny ip 172.16.0.0 0.15.255.255 any` / `deny ip 192.168.0.0 0.0.255.255 any` / `permit ip any any` と `ip access-group WAN-IN in`。' +
        'Yamaha RTX の例: `ip filter 100 reject 10.0.0.0/8 *` / `ip filter 101 reject 172.16.0.0/12 *` / `ip filter 102 reject 192.168.0.0/16 *` / `ip lan2 secure filter in 100 101 102 …`。NEC IX の例: `ip access-list wan-in deny ip src 10.0.0.0/8 dest any`（172.16/12・192.168/16 も）と `ip filter wan-in 1 in`。' +
        'FortiGate の例: インターネットから内部へのポリシーの送信元をプライベートアドレスを除いたアドレスにし、`set srcaddr-negate enable` 等で RFC 1918 を拒否します。AlliedWare Plus の例: `access-list 3001 deny ip 10.0.0.0/8 any` と `interface eth1` / `ip access-group 3001`。',
      en:
        'Drop private and bogon sources first in the internet interface\'s inbound filter, or enable uRPF. IOS example: `interface GigabitEthernet0/0` / `ip verify unicast source reachable-via rx`, or `ip access-list extended WAN-IN` / `deny ip 10.0.0.0 0.255.255.255 any` / `deny ip 172.16.0.0 0.15.255.255 any` / `deny ip 192.168.0.0 0.0.255.255 any` / `permit ip any any` with `ip access-group WAN-IN in`. ' +
        'Yamaha RTX example: `ip filter 100 reject 10.0.0.0/8 *` / `ip filter 101 reject 172.16.0.0/12 *` / `ip filter 102 reject 192.168.0.0/16 *` / `ip lan2 secure filter in 100 101 102 …`. NEC IX example: `ip access-list wan-in deny ip src 10.0.0.0/8 dest any` (and 172.16/12, 192.168/16) with `ip filter wan-in 1 in`. ' +
        'FortiGate: have the policies from the internet exclude private sources (e.g. an RFC 1918 address group with `set srcaddr-negate enable`). AlliedWare Plus example: `access-list 3001 deny ip 10.0.0.0/8 any` with `interface eth1` / `ip access-group 3001`.',
    },
    evidence: {
      ja: 'インタフェースの行と、受信方向のフィルタの適用行。',
      en: 'The interface line and the lines binding its inbound filters.',
    },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (!device.ipRouting && device.securityPolicy === undefined) {
        ctx.notApplicable(device, { ja: 'IP ルーティングを行っていません', en: 'does not route IP' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: 'インターネット側で送信元偽装パケットを破棄しているか', en: 'whether spoofed sources are dropped on the internet side' });
        continue;
      }
      const internet = zonedInterfaces(ctx, device).filter((z) => z.zone.class === 'internet');
      if (internet.length === 0) {
        ctx.notApplicable(device, { ja: 'インターネット接続系ゾーンのインタフェースがありません', en: 'no interface in an internet zone' });
        continue;
      }
      for (const { iface } of internet) checkInterface(ctx, device, iface);
    }
  },
};

function checkInterface(ctx: RuleContext, device: Device, iface: Interface): void {
  if (iface.reversePathCheck?.mode === 'strict') return;
  const filters = ctx.analysis.model.filters;
  const bound = filters.filtersOn(device, iface, 'in');
  let passing = spoofedSources(ctx, iface).intersect(filters.passing(bound));
  const zones = filters.policies.zones(device);
  if (zones !== undefined) {
    const from = zones.zoneOf(iface.name);
    const accepted = zones.zones.reduce((set, to) => set.union(filters.policies.pair(device, from, to).compiled.permitted), ctx.analysis.model.space.none());
    passing = passing.intersect(accepted);
  }
  const example = passing.example();
  if (example === undefined) return;
  const evidence: SourceSpan[] = [iface.source, ...bound.map((b) => b.binding)];
  if (iface.reversePathCheck) evidence.push(iface.reversePathCheck.source);
  const guards = bound.length > 0 || zones !== undefined;
  const loose = iface.reversePathCheck?.mode === 'loose' ? { ja: '（uRPF は緩和モードのため内部アドレスの偽装を止めません）', en: ' (uRPF is in loose mode, which does not stop spoofed inside addresses)' } : { ja: '', en: '' };
  ctx.report({
    device,
    object: iface.name,
    message: guards
      ? {
          ja: `インターネット側の ${iface.name} で、送信元がプライベートアドレスのパケット（例: 送信元 ${example.srcIp}）が受信フィルタ・ポリシーを通過します${loose.ja}。`,
          en: `On internet-facing ${iface.name}, packets with a private source (e.g. source ${example.srcIp}) pass the inbound filters and policies${loose.en}.`,
        }
      : {
          ja: `インターネット側の ${iface.name} に受信フィルタも厳格モードの uRPF も無く、送信元がプライベートアドレスのパケット（例: 送信元 ${example.srcIp}）を受け入れます${loose.ja}。`,
          en: `Internet-facing ${iface.name} has no inbound filter and no strict uRPF: packets with a private source (e.g. source ${example.srcIp}) are accepted${loose.en}.`,
        },
    evidence,
  });
}

/** IPv4 packets whose source is private-use space outside the interface's own subnets. */
function spoofedSources(ctx: RuleContext, iface: Interface): PacketSet {
  const space = ctx.analysis.model.space;
  const prefix = (address: string, length: number) => space.address('src', { kind: 'prefix', address, length, family: 4 });
  const spoofed = PRIVATE_SOURCES.reduce((set, p) => set.union(prefix(p.address, p.length)), space.none());
  const own = iface.addresses.filter((a) => a.family === 4).reduce((set, a) => set.union(prefix(a.address, a.prefixLength)), space.none());
  return spoofed.subtract(own);
}
