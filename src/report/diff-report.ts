import type { DiffResult } from '../diff/run-diff.js';
import type { Finding } from '../model/index.js';
import { pick, SEVERITY_LABEL, type Lang } from './i18n.js';

const findingJson = (f: Finding) => ({
  id: f.id,
  ruleId: f.ruleId,
  severity: f.severity,
  status: f.status,
  device: f.device,
  object: f.object ?? null,
  message: f.message,
  evidence: f.evidence.map((e) => ({ file: e.file, line: e.line, text: e.text })),
});

/** JSON of a diff (README "segaudit diff"); fields are added, never renamed. */
export function diffToJson(diff: DiffResult): string {
  return (
    JSON.stringify(
      {
        devices: diff.devices,
        findings: {
          added: diff.findings.added.map(findingJson),
          resolved: diff.findings.resolved.map(findingJson),
          changed: diff.findings.changed.map((c) => ({ before: findingJson(c.before), after: findingJson(c.after) })),
          unchanged: diff.findings.unchanged.length,
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/** Text of a diff: summary first, then the findings added and resolved (change-ticket order). */
export function diffToText(diff: DiffResult, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const { devices, findings } = diff;
  const out = [
    t('segaudit 変更差分', 'segaudit change review'),
    `${t('機器', 'Devices')}: ${t('追加', 'added')} ${devices.added.length}, ${t('削除', 'removed')} ${devices.removed.length}, ${t('共通', 'common')} ${devices.common.length}`,
    `${t('検出', 'Findings')}: ${t('追加', 'added')} ${findings.added.length}, ${t('解消', 'resolved')} ${findings.resolved.length}, ${t('変化', 'changed')} ${findings.changed.length}, ${t('変化なし', 'unchanged')} ${findings.unchanged.length}`,
    '',
  ];
  for (const name of devices.added) out.push(`+ ${t('機器', 'device')} ${name}`);
  for (const name of devices.removed) out.push(`- ${t('機器', 'device')} ${name}`);
  const line = (sign: string, f: Finding) => `${sign} [${pick(SEVERITY_LABEL[f.severity], lang)}] ${f.ruleId} ${f.device}${f.object ? ` ${f.object}` : ''}: ${pick(f.message, lang)}`;
  for (const f of findings.added) out.push(line('+', f), ...f.evidence.map((e) => `    ${e.file}:${e.line}: ${e.text.trim()}`));
  for (const f of findings.resolved) out.push(line('-', f));
  for (const c of findings.changed) out.push(`~ ${c.after.ruleId} ${c.after.device}${c.after.object ? ` ${c.after.object}` : ''}: ${c.before.status}/${c.before.severity} → ${c.after.status}/${c.after.severity}`);
  if (devices.added.length + devices.removed.length + findings.added.length + findings.resolved.length + findings.changed.length === 0) {
    out.push(t('差分はありません。', 'No difference.'));
  }
  return out.join('\n') + '\n';
}
