// 第2章6(1)ク(ア)「情報システム管理者は、フィルタリング及びルーティングについて、設定の不整合が発生しないように、ファイアウォール、ルータ等の通信ソフトウェア等を設定しなければならない。」
import { type CompiledFilter, type UnreachableLine } from '../../analysis/packet/filter-compiler.js';
import type { Device, Localized, Match } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';
import { lineKey, lineLabel, lineList } from '../../model/filter-line-labels.js';
import { compiledFilters } from '../helpers/compiled-filters.js';
import { policyPairs } from '../helpers/policy-pairs.js';

export const rule: Rule = {
  meta: {
    id: 'FWH-02',
    area: 'FWH',
    title: { ja: '到達しない（シャドウされた）フィルタ行', en: 'Unreachable (shadowed) filter lines' },
    description: {
      ja:
        'フィルタを先頭から順に評価する意味どおりにパケット集合として正確に計算し（Batfish の filterLineReachability と同じ考え方）、どのパケットも届かない有効な行を不適合とします。' +
        '前の行が 1 行で覆う場合だけでなく、複数の前の行を合わせて覆う場合も見つけます。メッセージと証跡には、その行を覆う前の行（覆うのに必要な行を重なりの大きい順に選んだもの）を示します。' +
        '覆う行に permit があり、届かない行が deny のとき（意図した拒否が効いていない）は高、それ以外は中です。未定義のオブジェクトを参照している、相容れない条件を持つなど、そもそも何にも一致しない行も中で指摘します。' +
        'フィルタがどこかに適用されているかは問いません。',
      en:
        'Computes each filter exactly as packet sets, with its first-match semantics (as Batfish\'s filterLineReachability does), and fails every enabled line that no packet can reach. ' +
        'It finds lines covered by the union of several earlier lines, not only by one. The message and evidence name the earlier lines that block it (those needed to cover it, largest overlap first). ' +
        'A deny line blocked by permits (a deny that never takes effect) is high; other blocked lines are medium. A line that matches no packet at all (it names an undefined object, or its conditions contradict) is medium too. ' +
        'Whether the filter is applied anywhere does not matter.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(1)ク(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '届かない行を意図どおりに働く位置（覆っている行より前）へ移すか、不要なら削除します。IOS の例: `ip access-list extended NAME` で `no 40` のあと `5 deny tcp any host 10.10.10.20 eq 445`。' +
        '考え方: 具体的な行ほど前に置き、広い行は後ろに置く。deny が効いていない場合は、その通信が実際に許可されていることを前提に影響を確認する。',
      en:
        'Move the unreachable line where it takes effect (before the lines that cover it), or delete it when it is not needed. IOS example: in `ip access-list extended NAME`, `no 40` then `5 deny tcp any host 10.10.10.20 eq 445`. ' +
        'Idea: specific lines first, broad lines later. Where a deny never took effect, assume that traffic has been permitted and check the impact.',
    },
    evidence: {
      ja: '届かない行を先頭に、その行を覆う前の行（と、その行のパケットの一部を逆の動作で処理する前の行）。',
      en: 'The unreachable line first, then the earlier lines that block it (and the earlier lines of the other action that decide some of its packets).',
    },
  },

  check(ctx) {
    for (const { device, compiled } of compiledFilters(ctx)) {
      for (const line of compiled.unreachableLines()) reportLine(ctx, device, compiled, line);
    }
    for (const view of policyPairs(ctx)) {
      const unreachable = new Map(view.pairs.map((pair) => [pair, new Map(pair.compiled.unreachableLines().map((u) => [u.line, u]))]));
      view.device.securityPolicy!.rules.forEach((rule, index) => {
        if (rule.disabled) return;
        const found = view.linesOf(index).map(({ pair, line }) => ({ pair, u: unreachable.get(pair)!.get(line) }));
        // A firewall rule is dead only if no zone pair it selects lets a packet reach it.
        if (found.length === 0 || found.some((f) => f.u === undefined)) return;
        reportLine(ctx, view.device, found[0]!.pair.compiled, found[0]!.u!);
      });
    }
  },
};

function reportLine(ctx: RuleContext, device: Device, compiled: CompiledFilter, u: UnreachableLine): void {
  const filter = compiled.filter;
  const rule = filter.rules[u.line]!;
  const opposite = u.reason === 'blocked' ? oppositeDeciders(compiled, u) : [];
  const denyOverridden = u.action === 'deny' && opposite.length > 0;
  const blockers = [...new Set([...u.blockers, ...opposite])].sort((a, b) => a - b);
  const why = u.reason === 'empty-match' ? emptyMatchReason(rule.match) : blockedReason(compiled, u, opposite);
  ctx.report({
    device,
    object: filter.name,
    key: lineKey(filter, u.line),
    severity: denyOverridden ? 'high' : 'medium',
    message: {
      ja: `${filter.name} ${lineLabel(filter, u.line)}（${u.action}）にはどのパケットも届きません: ${why.ja}`,
      en: `${filter.name} ${lineLabel(filter, u.line)} (${u.action}) is never reached: ${why.en}`,
    },
    evidence: [rule.source, ...blockers.map((i) => filter.rules[i]!.source)],
  });
}

/**
 * Earlier lines of the other action that decide some of the line's packets: what a deny line would
 * deny but they permit, or what a permit line would permit but they deny. Exact (from the packets each
 * earlier line decides), and only the lines that overlap the line need to be asked.
 */
function oppositeDeciders(compiled: CompiledFilter, u: UnreachableLine): number[] {
  const match = compiled.lines[u.line]!.match;
  return u.overlapping
    .filter((j) => compiled.filter.rules[j]!.action !== u.action && compiled.lines[j]!.decides().overlaps(match))
    .sort((a, b) => a - b);
}

function blockedReason(compiled: CompiledFilter, u: UnreachableLine, opposite: number[]): Localized {
  const filter = compiled.filter;
  const blockers = [...u.blockers].sort((a, b) => a - b);
  const list = lineList(filter, blockers);
  const cover: Localized =
    blockers.length > 1
      ? { ja: `前の行 ${list} を合わせると、この行が一致するパケットをすべて先に処理します。`, en: `the earlier lines ${list} together match every packet it matches first.` }
      : { ja: `前の行 ${list} が、この行が一致するパケットをすべて先に処理します。`, en: `the earlier line ${list} matches every packet it matches first.` };
  if (opposite.length === 0) {
    return { ja: `${cover.ja}この行と同じ動作で処理されるため、この行は不要か、置く位置が誤っています。`, en: `${cover.en} They give its packets the same action it would: the line is either not needed or in the wrong place.` };
  }
  const others = lineList(filter, opposite);
  const one = opposite.length === 1;
  return u.action === 'deny'
    ? {
        ja: `${cover.ja}この行で拒否するはずの通信の一部を前の permit 行 ${others} が許可しており、この拒否は効いていません。`,
        en: `${cover.en} The earlier permit line${one ? '' : 's'} ${others} let${one ? 's' : ''} through some of what this line would deny: the deny never takes effect.`,
      }
    : {
        ja: `${cover.ja}この行で許可するはずの通信の一部を前の deny 行 ${others} が拒否しており、この許可は効いていません。`,
        en: `${cover.en} The earlier deny line${one ? '' : 's'} ${others} stop${one ? 's' : ''} some of what this line would permit: the permit never takes effect.`,
      };
}

function emptyMatchReason(match: Match): Localized {
  const missing = [...match.src, ...match.dst].flatMap((a) => (a.kind === 'unresolved' ? [a.name] : []));
  if (missing.length > 0) {
    return { ja: `未定義のオブジェクト ${missing.join(', ')} を参照しているため、どのパケットにも一致しません。`, en: `it names ${missing.join(', ')}, which is not defined, so it matches no packet at all.` };
  }
  if (match.src.length === 0 || match.dst.length === 0) {
    return { ja: '送信元または宛先の条件が空（中身のないオブジェクトグループなど）のため、どのパケットにも一致しません。', en: 'its source or destination list is empty (an object group without members, for instance), so it matches no packet at all.' };
  }
  return { ja: '条件が相容れない（別のアドレスファミリなど）ため、どのパケットにも一致しません。', en: 'its conditions contradict each other (e.g. another address family), so it matches no packet at all.' };
}
