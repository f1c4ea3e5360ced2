// 第2章3(1)ア「校務内部系と他の領域を通信できないようにしなければならない。ただし…通信経路の限定（MACアドレス、IPアドレス）及びアプリケーションプロトコル（ポート番号）レベルでの限定を行わなければならない」・6(1)ク(イ)・7(4) 例外措置
import { approvedFlowSet } from '../../analysis/reachability/approved-flows.js';
import { flowLabel } from '../../analysis/reachability/flow-label.js';
import type { PairReachability, ZoneReachability } from '../../analysis/reachability/types.js';
import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { ApprovedFlow, Device, Localized, Zone } from '../../model/index.js';
import { flowStatus } from '../../model/index.js';
import { zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';
import { permittingEvidence, reachabilityFor } from '../helpers/reachability.js';

/** Flow classes named in one message; the rest are counted. */
const LISTED_CLASSES = 5;

export const rule: Rule = {
  meta: {
    id: 'SEG-01',
    area: 'SEG',
    title: { ja: '校務内部系と他領域の台帳外の通信', en: 'koumu-internal talks to another zone outside the approved flows' },
    description: {
      ja:
        '設定から全ゾーン間の到達性を厳密に計算し（各機器の入力・出力フィルタ、経路表の最長一致、ECMP、Null 経路、機器間の経路を含む）、校務内部系のゾーンと他の種別のゾーンの間で通る通信を、向きごとに調べます。' +
        '機器自身のアドレス宛て（コアスイッチの校務 SVI など）の通信は、その機器が受け取るだけでゾーンには届かないので数えません（管理通信は別の規則で調べます）。' +
        '許可通信台帳（flows.csv）の有効な承認が対象とする通信（送信元・宛先のゾーンまたはアドレス、プロトコル、宛先ポート。その戻りの通信も含む）を除いて残る通信があれば、ゾーンの組ごとに不適合（重大）とし、通信の種類と、例のパケットが経路上の各フィルタで許可された行を示します。' +
        '有効な承認の範囲で実際に通る通信は、承認番号・承認者・期限を付けて「例外承認済み」として報告します（例外措置の使用状況を示すため）。' +
        '有効期限の過ぎた承認は何も許可せず、それ自体を不適合（高）として報告します。承認日前の承認も何も許可しません。校務内部系どうし（学校とセンターなど）は同じ領域なので対象外です。zones.csv が無い場合は要確認です。',
      en:
        'Computes exactly which packets get from every zone to every other (ingress and egress filters of every device, longest-prefix forwarding, ECMP, Null routes, paths across devices) and looks, in each direction, at the traffic between a koumu-internal zone and a zone of another class. ' +
        'Packets to a device’s own address (such as the core switch’s 校務 SVI) end in that device and do not count as reaching the zone (management access is another rule’s concern). ' +
        'What remains after removing the traffic that an active approval of flows.csv covers (source and destination zone or address, protocol, destination ports, and its replies) is a critical failure, one per ordered zone pair, naming the flow classes and, for an example packet of each, the permitting line at every filter on its path. ' +
        'Traffic that does cross under an active approval is reported as an approved exception (例外承認済み) with the approval id, approver and expiry, so the report shows every exception in use. ' +
        'An expired approval covers nothing and is reported on its own (high); an approval before its approval date covers nothing either. koumu-internal to koumu-internal (a school and the center) is one area and is not reported. Without zones.csv: manual check.',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['3(1)ア', '6(1)ク(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '台帳にない通信を止めるよう、経路上のフィルタの該当行を削除するか、特定ホスト・特定ポートに限定して最後を deny にします（IOS の例: `ip access-list extended LEARNING-IN` で `no 20`）。業務上必要な通信は例外措置の承認を得て flows.csv に登録し、期限切れの承認は更新するか通信を止めます。' +
        '考え方: 校務内部系と他の領域の間を通るのは、承認された通信（ホストとポートを限定したもの）だけにする。',
      en:
        'Stop the unregistered traffic: remove the permitting line on the path, or narrow it to the specific hosts and ports and end the filter with deny (IOS example: `no 20` under `ip access-list extended LEARNING-IN`). Traffic the work needs gets an exception approval and a row in flows.csv; an expired approval is renewed or its traffic stopped. ' +
        'Idea: the only traffic between koumu-internal and another zone is approved traffic, limited to hosts and ports.',
    },
    evidence: {
      ja: '例のパケットを許可したフィルタ行（フィルタの無いインタフェースはその interface 行）、期限切れの承認は flows.csv の行。',
      en: 'The filter lines that permit the example packets (the interface line where no filter is bound); for an expired approval, its flows.csv row.',
    },
    needsZones: true,
  },

  check(ctx) {
    const reachability = reachabilityFor(ctx, { ja: '校務内部系と他ゾーンの間の通信', en: 'the traffic between koumu-internal and other zones' }, 'koumu-internal');
    if (reachability === undefined) return;
    const { flows, today } = ctx.analysis;
    const model = ctx.analysis.model;
    const setOf = (flow: ApprovedFlow) => approvedFlowSet(flow, reachability.spaces, model.addresses, model.space);
    const active = flows.filter((f) => flowStatus(f, today) === 'active');
    const covered = active.reduce((set, flow) => set.union(setOf(flow)), model.space.none());
    const inactive = flows.filter((f) => flowStatus(f, today) !== 'active').map((flow) => ({ flow, set: setOf(flow) }));

    const crossing = reachability.pairs.filter((p) => (p.from.class === 'koumu-internal') !== (p.to.class === 'koumu-internal'));
    for (const pair of crossing) {
      const uncovered = pair.permitted.subtract(covered);
      if (!uncovered.isEmpty()) reportPair(ctx, pair, uncovered, inactive.filter((i) => i.set.overlaps(uncovered)).map((i) => i.flow));
    }
    for (const { flow, set } of inactive) {
      if (flowStatus(flow, today) === 'expired') reportExpired(ctx, reachability, flow, set);
    }
    // Approved traffic that does cross is filed 例外承認済み with its approval, so the report shows
    // every exception in use (対策基準 7(4)), not only the traffic nobody approved.
    for (const flow of active) {
      const set = setOf(flow);
      for (const pair of crossing) {
        const used = pair.permitted.intersect(set);
        if (!used.isEmpty()) reportApproved(ctx, pair, flow, used);
      }
    }
  },
};

function label(zone: Zone): Localized {
  return zoneLabel({ zone: zone.name, class: zone.class, binding: zone.bindings[0]! });
}

function reportPair(ctx: RuleContext, pair: PairReachability, uncovered: PacketSet, inactive: ApprovedFlow[]): void {
  const { summary, flows } = pair.explain(uncovered);
  const device = flows[0]?.trace.hops[0]?.device ?? pair.paths[0]!.hops[0]!.device;
  const from = label(pair.from);
  const to = label(pair.to);
  const classes = summary.classes.slice(0, LISTED_CLASSES).map(flowLabel).join('; ');
  const more = summary.classes.length - LISTED_CLASSES + summary.omitted;
  const whole = uncovered.equals(pair.space);
  const note = inactiveNote(inactive, ctx.analysis.today);
  ctx.report({
    device,
    object: `${pair.from.name} -> ${pair.to.name}`,
    message: {
      ja:
        `${from.ja}から${to.ja}への通信が、許可通信台帳（flows.csv）の有効な承認なしに通ります${whole ? '（両ゾーン間の全通信）' : ''}: ${classes}` +
        `${more > 0 ? `（ほか ${more} 種類）` : ''}。${note.ja}`,
      en:
        `Traffic from ${from.en} to ${to.en} gets through without an active approval in flows.csv${whole ? ' (everything between the two zones)' : ''}: ${classes}` +
        `${more > 0 ? ` (and ${more} more)` : ''}.${note.en}`,
    },
    evidence: permittingEvidence(flows),
  });
}

function reportApproved(ctx: RuleContext, pair: PairReachability, flow: ApprovedFlow, used: PacketSet): void {
  const { summary, flows } = pair.explain(used);
  const device = flows[0]?.trace.hops[0]?.device ?? pair.paths[0]!.hops[0]!.device;
  const from = label(pair.from);
  const to = label(pair.to);
  const classes = summary.classes.slice(0, LISTED_CLASSES).map(flowLabel).join('; ');
  const id = flow.approvalId ?? flow.id;
  ctx.report({
    device,
    object: `${pair.from.name} -> ${pair.to.name} ${id}`,
    key: `flows.csv row ${flow.source.line}`,
    exception: { id, ...(flow.approver ? { approver: flow.approver } : {}), ...(flow.expiry ? { expires: flow.expiry } : {}), source: flow.source },
    message: {
      ja: `${from.ja}から${to.ja}への通信のうち、承認 ${id}（flows.csv ${flow.source.line} 行目）の範囲が通ります: ${classes}。`,
      en: `Traffic from ${from.en} to ${to.en} that approval ${id} (flows.csv row ${flow.source.line}) covers gets through: ${classes}.`,
    },
    evidence: [...permittingEvidence(flows), flow.source],
  });
}

function inactiveNote(inactive: ApprovedFlow[], today: string): Localized {
  if (inactive.length === 0) return { ja: '', en: '' };
  const items = inactive.map((f) => ({ flow: f, expired: flowStatus(f, today) === 'expired' }));
  return {
    ja: ` 一部を対象とする承認は有効ではありません: ${items.map(({ flow, expired }) => `${flow.id}（flows.csv ${flow.source.line} 行目、${expired ? `${flow.expiry} で期限切れ` : `承認日 ${flow.approvedDate} より前`}）`).join('、')}。`,
    en: ` Approvals for part of it are not in force: ${items.map(({ flow, expired }) => `${flow.id} (flows.csv row ${flow.source.line}, ${expired ? `expired ${flow.expiry}` : `not before ${flow.approvedDate}`})`).join(', ')}.`,
  };
}

function reportExpired(ctx: RuleContext, reachability: ZoneReachability, flow: ApprovedFlow, set: PacketSet): void {
  const carrying = reachability.pairs.find((p) => p.permitted.overlaps(set));
  const device: Device = carrying?.paths.find((p) => p.set.overlaps(set))?.hops[0]?.device ?? ctx.devices.find((d) => d.ipRouting) ?? ctx.devices[0]!;
  const where = { ja: `flows.csv ${flow.source.line} 行目`, en: `flows.csv row ${flow.source.line}` };
  ctx.report({
    device,
    object: `flows.csv row ${flow.source.line}`,
    severity: 'high',
    message: {
      ja:
        `承認 ${flow.id}（${where.ja}）の有効期限 ${flow.expiry} が過ぎています。期限切れの承認は通信を許可する根拠になりません。` +
        (carrying ? `この承認の対象の通信は今も通ります（${carrying.from.name} -> ${carrying.to.name}）。更新の承認を得るか、フィルタで止めてください。` : '対象の通信は現在通りません。台帳から削除してください。'),
      en:
        `Approval ${flow.id} (${where.en}) expired on ${flow.expiry}; an expired approval allows nothing. ` +
        (carrying ? `Its traffic still gets through (${carrying.from.name} -> ${carrying.to.name}): renew the approval or stop the traffic.` : 'Its traffic no longer gets through: remove the row.'),
    },
    evidence: [flow.source],
  });
}
