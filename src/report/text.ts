import type { AuditResult } from '../audit/run-audit.js';
import type { Diagnostic, Finding, Localized } from '../model/index.js';
import { CATEGORY_LABELS, SEVERITIES } from '../model/index.js';
import { PROFILES } from '../rules/profiles.js';
import { EASE_LABEL, FIX_LABEL, pick, SEVERITY_LABEL, STATUS_LABEL, type Lang } from './i18n.js';
import { matrixTable } from './matrix.js';
import { summarize } from './summary.js';

export interface TextOptions {
  lang: Lang;
  /** ANSI colours for a terminal. */
  color: boolean;
  /** How many unparsed lines to list before summarising the rest. */
  maxDiagnostics?: number;
}

const COLORS: Record<string, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[37m' };

/** Terminal report: findings grouped by severity, each with evidence lines and clauses. */
export function auditToText(result: AuditResult, options: TextOptions): string {
  const { lang } = options;
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const paint = (sev: string, s: string) => (options.color ? `${COLORS[sev] ?? ''}${s}\x1b[0m` : s);
  const out: string[] = [];
  const { network, findings } = result;
  const summary = summarize(findings);

  out.push(t('segaudit 設定監査結果', 'segaudit configuration audit'));
  out.push(`${t('基準', 'Policy')}: ${pick(PROFILES[result.profile].title, lang)}`);
  out.push(
    `${t('機器', 'Devices')}: ${network.devices.length}  ${t('入力ファイル', 'Input files')}: ${network.inputs.length}  ` +
      `${t('ゾーン', 'Zones')}: ${result.zones.available ? result.zones.zones.length : t('未定義 (zones.csv なし)', 'none (no zones.csv)')}`,
  );
  out.push('');

  const active = findings.filter((f) => f.status === 'fail' || f.status === 'manual' || f.status === 'excepted');
  if (active.length === 0) {
    out.push(t('本ツールの規則による不適合・要確認の検出はありません（適合を保証するものではありません）。', 'The rules raised no failures or manual checks (this is not an assurance of compliance).'));
  }
  for (const sev of SEVERITIES) {
    const group = active.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(paint(sev, `== ${pick(SEVERITY_LABEL[sev], lang)} (${group.length}) ==`));
    for (const f of group) out.push(...renderFinding(f, lang), '');
  }

  if (result.exceptions.length > 0) out.push(...renderExceptions(result, lang), '');

  const reachability = result.analysis.reachability;
  if (reachability !== undefined) {
    out.push(t('== ゾーン間の通信（行: 送信元、列: 宛先。詳細は segaudit matrix） ==', '== Zone-to-zone traffic (rows: from, columns: to; details: segaudit matrix) =='));
    out.push(...matrixTable(reachability, lang), '');
  }

  const diagnostics = [...network.diagnostics, ...result.inventory.diagnostics];
  if (diagnostics.length > 0) out.push(...renderDiagnostics(diagnostics, lang, options.maxDiagnostics ?? 20), '');

  const counts = SEVERITIES.map((s) => `${pick(SEVERITY_LABEL[s], lang)} ${summary.bySeverity[s]}`).join(', ');
  const manual = summary.byStatus['manual'] ?? 0;
  out.push(`${t('不適合', 'Failed')}: ${counts}; ${t('要確認', 'manual checks')}: ${manual}; ${t('解析できなかった行', 'unparsed lines')}: ${diagnostics.length}`);
  return out.join('\n') + '\n';
}

function renderFinding(f: Finding, lang: Lang): string[] {
  const status = f.status === 'fail' ? '' : ` [${pick(STATUS_LABEL[f.status], lang)}]`;
  const lines = [`[${pick(SEVERITY_LABEL[f.severity], lang)}] ${f.ruleId} ${f.device}${f.object ? ` ${f.object}` : ''}${status}`];
  lines.push(`  ${pick(f.message, lang)}`);
  const r = f.rating;
  lines.push(
    lang === 'ja'
      ? `  区分: ${CATEGORY_LABELS[f.category].ja}  総合評価: ${SEVERITY_LABEL[r.overall].ja}（影響 ${SEVERITY_LABEL[r.impact].ja}・攻撃の容易さ ${EASE_LABEL[r.ease].ja}・是正 ${FIX_LABEL[r.fix].ja}）`
      : `  Category: ${CATEGORY_LABELS[f.category].en}  Overall: ${r.overall} (impact ${r.impact}, ease ${r.ease}, fix ${r.fix})`,
  );
  if (f.exception) {
    const until = f.exception.expires ?? (lang === 'ja' ? '期限なし' : 'no expiry');
    lines.push(lang === 'ja' ? `  例外承認: ${f.exception.id}（承認者 ${f.exception.approver ?? '—'}、期限 ${until}）` : `  Exception: ${f.exception.id} (approver ${f.exception.approver ?? '—'}, until ${until})`);
  }
  for (const e of f.evidence) lines.push(`    ${e.file}:${e.line}: ${e.text.trim()}`);
  if (f.clauses.length > 0) lines.push(`  ${lang === 'ja' ? '根拠' : 'Clause'}: ${f.clauses.map((c) => c.clause).join(', ')}`);
  lines.push(`  ${lang === 'ja' ? '是正' : 'Fix'}: ${pick(f.remediation, lang)}`);
  return lines;
}

const EXCEPTION_STATE: Record<AuditResult['exceptions'][number]['state'], Localized> = {
  applied: { ja: '適用（該当の検出を例外承認済みとした）', en: 'applied (matching findings marked excepted)' },
  expired: { ja: '期限切れ（該当の検出は不適合のまま）', en: 'expired (matching findings stay failures)' },
  'not-yet': { ja: '承認日前（まだ適用しない）', en: 'not yet in force' },
  unmatched: { ja: '該当なし（設定が変わったか台帳が古い）', en: 'matches no finding (config changed or register stale)' },
};

/** The exceptions register and what became of each row (例外措置の状況). */
function renderExceptions(result: AuditResult, lang: Lang): string[] {
  const lines = [lang === 'ja' ? `== 例外措置台帳（${result.exceptions.length}） ==` : `== Exceptions register (${result.exceptions.length}) ==`];
  for (const { exception: e, state, findings } of result.exceptions) {
    const target = `${e.ruleId} ${e.device}${e.object ? ` ${e.object}` : ''}`;
    const until = e.expiry ?? (lang === 'ja' ? '期限なし' : 'no expiry');
    lines.push(`  ${e.id} ${target} — ${pick(EXCEPTION_STATE[state], lang)}; ${lang === 'ja' ? '期限' : 'until'} ${until}; ${lang === 'ja' ? '該当' : 'findings'} ${findings.length} — ${e.source.file}:${e.source.line}`);
  }
  return lines;
}

function renderDiagnostics(diagnostics: Diagnostic[], lang: Lang, max: number): string[] {
  const lines = [lang === 'ja' ? `== 解析できなかった行・ファイル (${diagnostics.length}) ==` : `== Unparsed lines and files (${diagnostics.length}) ==`];
  // Whole-file problems first: they hide the most.
  const ordered = [...diagnostics].sort((a, b) => (a.line === 0 ? 0 : 1) - (b.line === 0 ? 0 : 1));
  for (const d of ordered.slice(0, max)) {
    lines.push(`  ${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${d.reason}${d.text ? `  | ${d.text.trim()}` : ''}`);
  }
  if (ordered.length > max) {
    lines.push(lang === 'ja' ? `  …ほか ${ordered.length - max} 件（--format json で全件）` : `  … and ${ordered.length - max} more (all of them with --format json)`);
  }
  return lines;
}
