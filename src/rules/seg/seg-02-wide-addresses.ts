// 第2章3(1)ア「校務内部系と外部との通信する必要がある場合は、通信経路の限定（MAC アドレス、IP アドレス）及びアプリケーションプロトコル（ポート番号）のレベルでの限定を行わなければならない」
import type { FlowClass } from '../../analysis/packet/describe.js';
import type { Rule } from '../types.js';
import { checkBoundaryFlows } from './seg-02-wide-flow-report.js';

export const rule: Rule = {
  meta: {
    id: 'SEG-02',
    area: 'SEG',
    title: { ja: '校務内部系の境界を越える通信がホストに限定されていない', en: 'Traffic across the koumu-internal boundary not limited to hosts' },
    description: {
      ja:
        'ゾーン間の到達性の計算（SEG-01 と同じ）から、校務内部系のゾーンと他の種別のゾーンの間で（どちらの向きでも）実際に通る通信を取り出し、経路ごとに、その通信を判定して許可したフィルタ行に割り当てます（経路上に複数のフィルタがあれば各フィルタの判定行。狭いフィルタの後ろにある広い行には、狭いフィルタが通した分だけが割り当たります）。' +
        '行ごとに通す通信を通信の種類（送信元・宛先のアドレス、プロトコル、ポート）に分け、送信元または宛先に 1 アドレスより広いもの（/32・IPv6 /128 より短いプレフィックス、範囲、any）がある種類があれば、その行を不適合（高）とします。' +
        'flows.csv で承認された通信でも報告し、メッセージで承認済みであることを示します（承認があっても any は認められません）。どのフィルタ行にも判定されずに通る通信（フィルタの無い経路）は経路ごとに報告します。zones.csv が無い場合は要確認です。',
      en:
        'From the zone-to-zone reachability (as SEG-01 computes it), takes the traffic that really passes between a koumu-internal zone and a zone of another class, in either direction, and assigns each path\'s packets to the filter lines that decide and permit them (one line per filter on the path; a wide line behind a narrower filter gets only what the narrower one lets through). ' +
        'The traffic of each line is split into flow classes (source and destination addresses, protocol, ports); a line fails (high) when one of its classes has a source or destination wider than one address (a prefix shorter than /32 or IPv6 /128, a range, any). ' +
        'Traffic approved in flows.csv is reported too, and the message says it is approved: an approval does not make any acceptable. Traffic that passes with no filter line deciding it (an unfiltered path) is reported per path. Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['3(1)ア'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '行の送信元・宛先を、通信が必要なホストに限定します。IOS の例: `permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.20 eq 445` を `permit tcp host 10.10.30.15 host 10.10.10.20 eq 445` に（必要なホストごとに 1 行）。フィルタの無い経路にはフィルタを適用します。' +
        '考え方: 校務内部系と他の領域の間の通信は、特定のホストどうしに限る。',
      en:
        'Narrow the line\'s source and destination to the hosts that need the traffic. IOS example: replace `permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.20 eq 445` with `permit tcp host 10.10.30.15 host 10.10.10.20 eq 445` (one line per host that needs it). Bind a filter on an unfiltered path. ' +
        'Idea: traffic between koumu-internal and another zone runs between specific hosts only.',
    },
    evidence: {
      ja: '通信を許可したフィルタ行（フィルタの無い経路は経路上のインタフェース行）。',
      en: 'The filter line that lets the traffic through (for an unfiltered path, the interface lines on it).',
    },
    needsZones: true,
  },

  check(ctx) {
    checkBoundaryFlows(ctx, {
      what: { ja: '校務内部系の境界を越える通信の送信元・宛先の広さ', en: 'how wide the sources and destinations of the traffic across the koumu-internal boundary are' },
      property: { ja: '送信元または宛先がホストより広い', en: 'source or destination is wider than a host' },
      isWide: hasWideAddress,
    });
  },
};

/** An address item of a flow class that is more than one address (`… +N` only says more items follow). */
function hasWideAddress(flowClass: FlowClass): boolean {
  return [...flowClass.src, ...flowClass.dst].some((item) => !item.startsWith('…') && !/^[0-9a-fA-F.:]+$/.test(item));
}
