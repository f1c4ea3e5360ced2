// 第2章6(1)ケ「情報システム管理者は、外部の者が利用できるシステムについて、必要に応じ他のネットワーク及び情報システムと物理的に分離する等の措置を講じなければならない」
import { flowLabel } from '../../analysis/reachability/flow-label.js';
import type { PairReachability } from '../../analysis/reachability/types.js';
import type { Localized, Zone } from '../../model/index.js';
import { zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';
import { permittingEvidence, reachabilityFor } from '../helpers/reachability.js';

/** Flow classes named in one message; the rest are counted. */
const LISTED_CLASSES = 5;
const UDP = 17;
/** DNS (53) and DHCP (67 server, 68 client): what a guest network may still need from a local server. */
const BASIC_SERVICE_PORTS = [
  { from: 53, to: 53 },
  { from: 67, to: 68 },
];

export const rule: Rule = {
  meta: {
    id: 'SEG-07',
    area: 'SEG',
    title: { ja: '来客ゾーンからインターネット以外への通信', en: 'Guest zone reaches more than the Internet' },
    description: {
      ja:
        'ゾーン間の到達性の計算（SEG-01 と同じ）で、来客の種別のゾーンそれぞれから、来客・インターネット接続系以外の種別のゾーン（校務内部系・校務外部系・学習系・管理・DMZ・閉域網）へ通る通信を調べます。' +
        '通る通信があればゾーンの組ごとに不適合とし、通信の種類と、例のパケットが経路上の各フィルタで許可された行を示します。' +
        '通るのが UDP の宛先ポート 53（DNS）と 67〜68（DHCP）だけなら中、それ以外を含めば高です（DNS・DHCP も、来客用のサーバを分けるか、インターネット側の DNS を使うのが望ましいため報告します）。zones.csv が無い場合は要確認です。',
      en:
        'From the zone-to-zone reachability (as SEG-01 computes it), looks at the traffic from every guest-class zone to every zone of a class other than guest and internet (koumu-internal, koumu-external, learning, management, DMZ, closed WAN). ' +
        'Any traffic that gets through fails, one finding per zone pair, naming the flow classes and, for an example packet of each, the permitting line at every filter on its path. ' +
        'Medium when only UDP destination ports 53 (DNS) and 67–68 (DHCP) get through, high otherwise (DNS and DHCP are reported too: a guest network is better served by its own servers or Internet DNS). Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['6(1)ケ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '来客ゾーンの受信フィルタで、内部のアドレス（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 など）宛てを拒否してからインターネット宛てだけを許可します。IOS の例: `ip access-list extended GUEST-IN` に `deny ip any 10.0.0.0 0.255.255.255` を permit 行より前に置く。来客ゾーンを別の VRF に分けるのも有効です。' +
        '考え方: 来客用ネットワークはインターネットにだけ出られ、ほかの領域とは分離する。',
      en:
        'In the guest zone\'s inbound filter, deny the internal ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 …) before permitting Internet traffic. IOS example: put `deny ip any 10.0.0.0 0.255.255.255` in `ip access-list extended GUEST-IN` before the permit lines. A separate VRF for the guest zone works too. ' +
        'Idea: the guest network reaches the Internet and nothing else.',
    },
    evidence: {
      ja: '例のパケットを許可したフィルタ行（フィルタの無いインタフェースはその interface 行）。',
      en: 'The filter lines that permit the example packets (the interface line where no filter is bound).',
    },
    needsZones: true,
  },

  check(ctx) {
    const reachability = reachabilityFor(ctx, { ja: '来客ゾーンから他ゾーンへの通信', en: 'the traffic from guest zones to other zones' }, 'guest');
    if (reachability === undefined) return;
    const space = ctx.analysis.model.space;
    const basic = space.protocol(UDP).intersect(space.ports('dst', BASIC_SERVICE_PORTS));
    for (const pair of reachability.pairs) {
      if (pair.from.class !== 'guest' || pair.to.class === 'guest' || pair.to.class === 'internet') continue;
      if (!pair.permitted.isEmpty()) reportPair(ctx, pair, pair.permitted.isSubsetOf(basic));
    }
  },
};

function label(zone: Zone): Localized {
  return zoneLabel({ zone: zone.name, class: zone.class, binding: zone.bindings[0]! });
}

function reportPair(ctx: RuleContext, pair: PairReachability, onlyBasic: boolean): void {
  const summary = pair.summary();
  const flows = pair.flows();
  const device = flows[0]?.trace.hops[0]?.device ?? pair.paths[0]!.hops[0]!.device;
  const from = label(pair.from);
  const to = label(pair.to);
  const classes = summary.classes.slice(0, LISTED_CLASSES).map(flowLabel).join('; ');
  const more = summary.classes.length - LISTED_CLASSES + summary.omitted;
  const whole = pair.permitted.equals(pair.space);
  const basicNote = onlyBasic
    ? { ja: ' 通るのは DNS・DHCP だけですが、来客用のサーバを分けるか、インターネット側の DNS を使ってください。', en: ' Only DNS and DHCP get through, but a guest network is better served by its own servers or Internet DNS.' }
    : { ja: '', en: '' };
  ctx.report({
    device,
    object: `${pair.from.name} -> ${pair.to.name}`,
    severity: onlyBasic ? 'medium' : 'high',
    message: {
      ja: `${from.ja}から${to.ja}へ通信が通ります${whole ? '（両ゾーン間の全通信）' : ''}: ${classes}${more > 0 ? `（ほか ${more} 種類）` : ''}。${basicNote.ja}`,
      en: `Traffic gets from ${from.en} to ${to.en}${whole ? ' (everything between the two zones)' : ''}: ${classes}${more > 0 ? ` (and ${more} more)` : ''}.${basicNote.en}`,
    },
    evidence: permittingEvidence(flows),
  });
}

