import type { AuditResult } from '../audit/run-audit.js';
import type { Diagnostic, Finding } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { PROFILES } from '../rules/profiles.js';
import { pick, SEVERITY_LABEL, STATUS_LABEL, type Lang } from './i18n.js';
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

  const active = findings.filter((f) => f.status === 'fail' || f.status === 'manual');
  if (active.length === 0) {
    out.push(t('本ツールの規則による不適合・要確認の検出はありません（適合を保証するものではありません）。', 'The rules raised no failures or manual checks (this is not an assurance of compliance).'));
  }
  for (const sev of SEVERITIES) {
    const group = active.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(paint(sev, `== ${pick(SEVERITY_LABEL[sev], lang)} (${group.length}) ==`));
    for (const f of group) out.push(...renderFinding(f, lang), '');
  }

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
  for (const e of f.evidence) lines.push(`    ${e.file}:${e.line}: ${e.text.trim()}`);
  if (f.clauses.length > 0) lines.push(`  ${lang === 'ja' ? '根拠' : 'Clause'}: ${f.clauses.map((c) => c.clause).join(', ')}`);
  lines.push(`  ${lang === 'ja' ? '是正' : 'Fix'}: ${pick(f.remediation, lang)}`);
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
