// 第2章6(1)ク(ア)「情報システム管理者は、フィルタリング及びルーティングについて、設定の不整合が発生しないように、ファイアウォール、ルータ等の通信ソフトウェア等を設定しなければならない。」
import { type CompiledFilter } from '../../analysis/packet/filter-compiler.js';
import type { Device } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';
import { lineKey, lineLabel, lineList } from '../../model/filter-line-labels.js';
import { LaterLineFinder } from './later-line-finder.js';
import { compiledFilters } from '../helpers/compiled-filters.js';
import { policyPairs } from '../helpers/policy-pairs.js';

export const rule: Rule = {
  meta: {
    id: 'FWH-03',
    area: 'FWH',
    title: { ja: '冗長なフィルタ行', en: 'Redundant filter lines' },
    description: {
      ja:
        'フィルタをパケット集合として正確に計算し、削除してもフィルタが許可する通信が変わらない行（その行が処理するパケットを、後ろの同じ動作の行が同じように処理する行）を不適合とします。' +
        '各行は他の行をすべて残したまま判定します（冗長な行を 1 つ消すと、別の行が必要になることがあります）。どのパケットも届かない行は FWH-02 で指摘するので除きます。' +
        '後ろの行が一つも引き継がず、フィルタの既定の動作（末尾の暗黙の拒否など）だけを繰り返している行は指摘しません。既定と同じ動作ですべてに一致する最後の行（ログのために書く deny ip any any log など）も既定の動作とみなします。' +
        '引き継ぐ後ろの行が今は到達しない行だけの場合（重複行など）も、その到達しない行を FWH-02 で指摘するので、ここでは指摘しません。',
      en:
        'Computes each filter exactly as packet sets and fails every line whose removal would not change what the filter permits: later lines with the same action treat its packets the same way. ' +
        'Each line is judged with all the others in place (removing one redundant line can make another necessary). Lines no packet reaches are FWH-02\'s and are left out. ' +
        'A line whose packets no later line takes over, so that it only restates the filter\'s default action, is not reported; a final line that matches everything with the default action (such as a deny ip any any log written for logging) counts as the default action. ' +
        'Nor is a line whose packets only later lines that no packet reaches today would take over (a duplicate line, for instance): FWH-02 reports those lines.',
    },
    severity: 'low',
    rating: { ease: 'challenging', fix: 'quick' },
    clauses: { kagoshima: ['6(1)ク(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '冗長な行を削除するか、別に残す理由（個別のログやカウンタ）があれば remark に書きます。IOS の例: `ip access-list extended NAME` で `no 30`。' +
        '考え方: フィルタは必要な行だけにして、見直しのときに意図を読み違えないようにする。',
      en:
        'Delete the redundant line, or write in a remark why it stays (its own log or hit counter). IOS example: in `ip access-list extended NAME`, `no 30`. ' +
        'Idea: keep only the lines a filter needs, so that reviews do not misread its intent.',
    },
    evidence: {
      ja: '冗長な行と、その行のパケットを引き継ぐ後ろの行。',
      en: 'The redundant line and the later lines that take over its packets.',
    },
  },

  check(ctx) {
    for (const { device, compiled } of compiledFilters(ctx)) {
      // Unreachable lines are FWH-02's; the reachability flag is cheap, their explanation is not.
      const redundant = compiled.redundantLines().filter((i) => compiled.lines[i]!.reachable);
      if (redundant.length === 0) continue;
      const finder = new LaterLineFinder(compiled);
      for (const index of redundant) reportLine(ctx, device, compiled, finder, index);
    }
    for (const view of policyPairs(ctx)) {
      const redundant = new Map(view.pairs.map((pair) => [pair, new Set(pair.compiled.redundantLines().filter((i) => pair.compiled.lines[i]!.reachable))]));
      view.device.securityPolicy!.rules.forEach((rule, index) => {
        if (rule.disabled) return;
        const lines = view.linesOf(index);
        // Redundant in the rulebase only if it is so in every zone pair it selects.
        if (lines.length === 0 || !lines.every(({ pair, line }) => redundant.get(pair)!.has(line))) return;
        const { pair, line } = lines[0]!;
        reportLine(ctx, view.device, pair.compiled, new LaterLineFinder(pair.compiled), line);
      });
    }
  },
};

/**
 * The later lines that would decide line `index`'s packets if it were gone, in filter order, and
 * whether some of those packets would get the default action. A final catch-all line with the
 * default action (`deny ip any any log`) counts as the default itself: it only spells it out. Later
 * lines that are unreachable now count too: the line itself may be what blocks them.
 */
function takeover(compiled: CompiledFilter, finder: LaterLineFinder, index: number): { lines: number[]; toDefault: boolean } {
  const { lines, rest } = finder.takers(index, compiled.lines[index]!.decides());
  const last = lines.at(-1);
  if (last !== undefined && restatesDefault(compiled, last)) return { lines: lines.slice(0, -1), toDefault: true };
  return { lines, toDefault: !rest.isEmpty() };
}

/** The line matches every packet the filter judges and gives them the default action. */
function restatesDefault(compiled: CompiledFilter, index: number): boolean {
  const line = compiled.lines[index]!;
  return line.rule.action === compiled.filter.semantics.defaultAction && line.match.equals(compiled.judged);
}

function reportLine(ctx: RuleContext, device: Device, compiled: CompiledFilter, finder: LaterLineFinder, index: number): void {
  const filter = compiled.filter;
  const { lines, toDefault } = takeover(compiled, finder, index);
  // Only the default action would take over: the line restates it (e.g. a final deny any for logging).
  // Only lines no packet reaches today would: those are FWH-02's finding (e.g. a duplicate line).
  if (!lines.some((i) => compiled.lines[i]!.reachable)) return;
  const rule = filter.rules[index]!;
  const list = lineList(filter, lines);
  const defaultAction = filter.semantics.defaultAction;
  const rest = toDefault
    ? { ja: `、残りはフィルタの既定の動作（${defaultAction}）で同じく処理されます`, en: `, and the rest gets the filter's default action (${defaultAction})` }
    : { ja: '', en: '' };
  ctx.report({
    device,
    object: filter.name,
    key: lineKey(filter, index),
    message: {
      ja: `${filter.name} ${lineLabel(filter, index)}（${rule.action}）は冗長です: 削除しても、この行が処理するパケットは後ろの ${list} が同じく ${rule.action} し${rest.ja}、フィルタが許可する通信は変わりません。`,
      en: `${filter.name} ${lineLabel(filter, index)} (${rule.action}) is redundant: without it, ${list} after it would ${rule.action} the same packets${rest.en}, so what the filter permits would not change.`,
    },
    evidence: [rule.source, ...lines.map((i) => filter.rules[i]!.source)],
  });
}
