import { packetText } from '../analysis/reachability/describe-trace.js';
import { flowLabel } from '../analysis/reachability/flow-label.js';
import type { GateResult } from '../diff/change-gate.js';
import type { DiffResult } from '../diff/run-diff.js';
import { deciderText, gateReasonText, OP_LABEL, scopeText, zoneName } from './diff-parts.js';
import { pick, SEVERITY_LABEL, type Lang } from './i18n.js';

export interface TicketMeta {
  before: string;
  after: string;
  /** ISO time of the review (`--now`, SOURCE_DATE_EPOCH); shown in JST. Omitted when unknown. */
  now?: string;
}

/**
 * A change ticket in Markdown: summary first, then the flows the change opens and closes, then the
 * configuration changes, then findings, and the two-person check (対策基準 6(1)エ(ウ)) left to fill
 * in. Config text is shown as text: table cells escape `|`, `<`, `>` and `&`.
 */
export function diffToMarkdown(diff: DiffResult, gate: GateResult, meta: TicketMeta, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const out: string[] = [];
  const row = (...cells: string[]) => out.push(`| ${cells.map(cell).join(' | ')} |`);
  const head = (...cells: string[]) => {
    row(...cells);
    out.push(`|${cells.map(() => '---').join('|')}|`);
  };

  out.push(`# ${t('ファイアウォール等の設定変更 審査票', 'Change review ticket')}`, '');
  head(t('項目', 'Item'), t('内容', 'Value'));
  row(t('変更前の設定', 'Before'), meta.before);
  row(t('変更後の設定', 'After'), meta.after);
  if (meta.now) row(t('審査日時（JST）', 'Reviewed (JST)'), jst(meta.now));
  row(t('自動判定', 'Automatic verdict'), gate.pass ? t('合格', 'pass') : t('不合格', 'FAIL'));
  row(t('申請者', 'Author'), '');
  row(t('審査者（二者確認）', 'Reviewer (second person)'), '');
  row(t('承認者', 'Approved by'), '');
  row(t('承認日', 'Approval date'), '');
  row(t('適用予定日時', 'Planned change window'), '');

  out.push('', `## ${t('概要', 'Summary')}`, '');
  if (gate.reasons.length === 0) out.push(t('- ゲートの条件に当たる変化はありません（校務内部系への台帳外の通信の追加、閾値以上の検出の追加）。', '- Nothing hits the gate (traffic into or out of koumu-internal without an approval, or a finding at or above the threshold).'));
  for (const r of gate.reasons) out.push(`- **${t('要対応', 'Blocking')}**: ${escape(pick(gateReasonText(r), lang))}`);
  const flowCount = diff.changed.reduce((n, d) => n + d.flows.length, 0);
  out.push(
    `- ${t('機器', 'Devices')}: ${t('追加', 'added')} ${diff.devices.added.length}${list(diff.devices.added)}, ${t('削除', 'removed')} ${diff.devices.removed.length}${list(diff.devices.removed)}, ${t('変更', 'changed')} ${diff.changed.length}`,
    `- ${t('機器内で扱いが変わる通信', 'Flows treated differently on devices')}: ${flowCount}`,
    `- ${t('ゾーン間の通信の変化', 'Zone-to-zone flow changes')}: ${diff.zoneFlows === undefined ? t('zones.csv がないため判断できません', 'not judged: no zones.csv') : diff.zoneFlows.length}`,
    `- ${t('検出', 'Findings')}: ${t('追加', 'added')} ${diff.findings.added.length}, ${t('解消', 'resolved')} ${diff.findings.resolved.length}, ${t('変化', 'changed')} ${diff.findings.changed.length}`,
    '',
    t('この審査票は設定ファイルの静的解析による参考情報です。適用の可否は審査者が判断してください。', 'This ticket is advisory, from static analysis of the configuration files; the reviewer decides whether the change goes in.'),
  );

  out.push('', `## ${t('通信の変化', 'Flows')}`, '');
  if (diff.zoneFlows !== undefined && diff.zoneFlows.length > 0) {
    out.push(`### ${t('ゾーン間', 'Between zones')}`, '');
    head(t('変化', 'Change'), t('送信元', 'From'), t('宛先', 'To'), t('通信', 'Flow'), t('例', 'Example'));
    for (const z of diff.zoneFlows) {
      const change = z.change === 'newly-permitted' ? t('新たに通る', 'newly possible') : t('通らなくなる', 'no longer possible');
      for (const f of z.flows) row(change, pick(zoneName(z.from), lang), pick(zoneName(z.to), lang), flowLabel(f.flowClass), packetText(f.example));
      const more = z.summary.classes.length - z.flows.length + z.summary.omitted;
      if (more > 0) row(change, pick(zoneName(z.from), lang), pick(zoneName(z.to), lang), t(`ほか ${more} 種類`, `${more} more`), '');
    }
    out.push('');
  }
  if (flowCount > 0) {
    out.push(`### ${t('機器内（フィルタ・ポリシーごと）', 'On devices (per filter and policy)')}`, '');
    head(t('機器', 'Device'), t('場所', 'Where'), t('変化', 'Change'), t('通信', 'Flow'), t('変更後に判定する行', 'Decided after by'), t('変更前に判定した行', 'Decided before by'));
    for (const d of diff.changed) {
      for (const f of d.flows) {
        const change = f.change === 'newly-permitted' ? t('新たに許可', 'newly permitted') : t('新たに拒否', 'newly denied');
        row(d.device, scopeText(f.scope, lang), change, flowLabel(f.flowClass), deciderText(f.after, lang), deciderText(f.before, lang));
      }
    }
    out.push('');
  }
  if (flowCount === 0 && (diff.zoneFlows?.length ?? 0) === 0) out.push(t('扱いの変わる通信はありません。', 'No packet is treated differently.'), '');

  out.push(`## ${t('設定の変更', 'Configuration changes')}`, '');
  const changes = diff.changed.flatMap((d) => d.changes.map((c) => ({ device: d.device, c })));
  if (changes.length === 0) out.push(t('オブジェクト単位の変更はありません。', 'No object changed.'), '');
  else {
    head(t('機器', 'Device'), t('操作', 'Op'), t('種類', 'Kind'), t('対象', 'Object'), t('内容', 'Detail'), t('変更前', 'Before'), t('変更後', 'After'));
    for (const { device, c } of changes) {
      const span = (s: typeof c.before) => (s ? `${s.file}:${s.line}: ${s.text.trim()}` : '');
      row(device, pick(OP_LABEL[c.op], lang), c.kind, c.object, c.detail ? pick(c.detail, lang) : '', c.op === 'added' ? '' : span(c.before), c.op === 'removed' ? '' : span(c.after));
    }
    out.push('');
  }

  out.push(`## ${t('検出の変化', 'Findings')}`, '');
  const findings = [
    ...diff.findings.added.map((f) => [t('追加', 'added'), f] as const),
    ...diff.findings.resolved.map((f) => [t('解消', 'resolved'), f] as const),
  ];
  if (findings.length === 0) out.push(t('検出の追加・解消はありません。', 'No finding added or resolved.'), '');
  else {
    head(t('変化', 'Change'), t('重大度', 'Severity'), t('ルール', 'Rule'), t('機器', 'Device'), t('内容', 'Message'));
    for (const [change, f] of findings) row(change, pick(SEVERITY_LABEL[f.severity], lang), f.ruleId, `${f.device}${f.object ? ` ${f.object}` : ''}`, pick(f.message, lang));
    out.push('');
  }

  out.push(
    `## ${t('二者確認（対策基準 6(1)エ(ウ)）', 'Two-person check')}`,
    '',
    `- [ ] ${t('変更内容が申請どおりであることを確認した', 'The change is what was requested')}`,
    `- [ ] ${t('新たに通る通信がすべて業務上必要で、許可通信台帳に記載されている', 'Every newly possible flow is needed and recorded in flows.csv')}`,
    `- [ ] ${t('切り戻し手順を確認した', 'The rollback procedure is known')}`,
    '',
    `${t('審査者署名', 'Reviewer signature')}: ____________________    ${t('日付', 'Date')}: ____________`,
    '',
  );
  return out.join('\n');
}

/** A Markdown table cell that shows config text as text. */
function cell(text: string): string {
  return escape(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function list(names: string[]): string {
  return names.length === 0 ? '' : ` (${names.join(', ')})`;
}

/** `2026-10-01 09:00 JST`. */
function jst(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 9 * 3600 * 1000);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} JST`;
}
