import { packetText, traceLines } from '../analysis/reachability/describe-trace.js';
import { flowLabel } from '../analysis/reachability/flow-label.js';
import type { ChangedFlow } from '../diff/changed-flows.js';
import type { GateResult } from '../diff/change-gate.js';
import type { ConfigChange } from '../diff/config-change.js';
import type { DiffResult } from '../diff/run-diff.js';
import type { ZoneFlowChange } from '../diff/zone-flow-diff.js';
import type { Finding } from '../model/index.js';
import { deciderText, flowText, gateReasonText, OP_SIGN, scopeText, zoneName } from './diff-parts.js';
import { pick, SEVERITY_LABEL, type Lang } from './i18n.js';

/** Text of a diff: verdict and counts first, then zone flows, per-device changes, findings (change-ticket order). */
export function diffToText(diff: DiffResult, gate: GateResult, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const { devices, findings } = diff;
  const flowCount = diff.changed.reduce((n, d) => n + d.flows.length, 0);
  const out = [
    t('segaudit 変更差分', 'segaudit change review'),
    `${t('判定', 'Verdict')}: ${gate.pass ? t('合格（ゲートを通過）', 'pass') : t('不合格（ゲートで停止）', 'FAIL')}`,
    ...gate.reasons.map((r) => `  ! ${pick(gateReasonText(r), lang)}`),
    `${t('機器', 'Devices')}: ${t('追加', 'added')} ${devices.added.length}, ${t('削除', 'removed')} ${devices.removed.length}, ${t('変更', 'changed')} ${diff.changed.length}, ${t('共通', 'common')} ${devices.common.length}`,
    `${t('通信の変化', 'Flow changes')}: ${t('機器内', 'on devices')} ${flowCount}, ${t('ゾーン間', 'between zones')} ${diff.zoneFlows === undefined ? t('zones.csv なし', 'no zones.csv') : diff.zoneFlows.length}`,
    `${t('検出', 'Findings')}: ${t('追加', 'added')} ${findings.added.length}, ${t('解消', 'resolved')} ${findings.resolved.length}, ${t('変化', 'changed')} ${findings.changed.length}, ${t('変化なし', 'unchanged')} ${findings.unchanged.length}`,
  ];
  for (const name of devices.added) out.push(`+ ${t('機器', 'device')} ${name}`);
  for (const name of devices.removed) out.push(`- ${t('機器', 'device')} ${name}`);

  if (diff.zoneFlows !== undefined && diff.zoneFlows.length > 0) {
    out.push('', t('== ゾーン間の通信の変化 ==', '== Zone-to-zone flow changes =='));
    for (const z of diff.zoneFlows) out.push(...zoneFlowLines(z, lang));
  }
  for (const d of diff.changed) {
    out.push('', `== ${d.device} ==`);
    if (d.flows.length > 0) {
      out.push(t('通信の変化:', 'Flow changes:'));
      for (const f of d.flows) out.push(...flowLines(f, lang));
      if (d.omittedFlows > 0) out.push(t(`  …ほか ${d.omittedFlows} 種類`, `  … and ${d.omittedFlows} more classes`));
    }
    if (d.changes.length > 0) {
      out.push(t('設定の変更:', 'Configuration changes:'));
      for (const c of d.changes) out.push(...changeLines(c, lang));
    }
  }
  const line = (sign: string, f: Finding) => `${sign} [${pick(SEVERITY_LABEL[f.severity], lang)}] ${f.ruleId} ${f.device}${f.object ? ` ${f.object}` : ''}: ${pick(f.message, lang)}`;
  if (findings.added.length + findings.resolved.length + findings.changed.length > 0) out.push('', t('== 検出の変化 ==', '== Finding changes =='));
  for (const f of findings.added) out.push(line('+', f), ...f.evidence.map((e) => `    ${e.file}:${e.line}: ${e.text.trim()}`));
  for (const f of findings.resolved) out.push(line('-', f));
  for (const c of findings.changed) out.push(`~ ${c.after.ruleId} ${c.after.device}${c.after.object ? ` ${c.after.object}` : ''}: ${c.before.status}/${c.before.severity} → ${c.after.status}/${c.after.severity}`);
  if (isEmpty(diff)) out.push('', t('差分はありません。', 'No difference.'));
  return out.join('\n') + '\n';
}

export function isEmpty(diff: DiffResult): boolean {
  const { devices, findings } = diff;
  return (
    devices.added.length + devices.removed.length + diff.changed.length + (diff.zoneFlows?.length ?? 0) +
      findings.added.length + findings.resolved.length + findings.changed.length === 0
  );
}

function flowLines(f: ChangedFlow, lang: Lang): string[] {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const kind = f.change === 'newly-permitted' ? t('新たに許可', 'newly permitted') : t('新たに拒否', 'newly denied');
  return [
    `  ${f.change === 'newly-permitted' ? '+' : '-'} ${kind} [${scopeText(f.scope, lang)}] ${flowText(f)}`,
    ...(f.example ? [`      ${t('例', 'e.g.')} ${packetText(f.example)}`] : []),
    `      ${t('変更後', 'after')}:  ${deciderText(f.after, lang)}`,
    `      ${t('変更前', 'before')}: ${deciderText(f.before, lang)}`,
  ];
}

function zoneFlowLines(z: ZoneFlowChange, lang: Lang): string[] {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const from = pick(zoneName(z.from), lang);
  const to = pick(zoneName(z.to), lang);
  const out = [`${z.change === 'newly-permitted' ? '+' : '-'} ${from} → ${to}: ${z.change === 'newly-permitted' ? t('新たに通る', 'newly possible') : t('通らなくなる', 'no longer possible')}`];
  z.flows.forEach((f, i) => {
    out.push(`  ${flowLabel(f.flowClass)}`, `    ${t('例', 'e.g.')} ${packetText(f.example)}`);
    out.push(`    ${z.change === 'newly-permitted' ? t('変更後の経路', 'path after') : t('変更前の経路', 'path before')}:`, ...traceLines(f.trace, lang, '      '));
    const stopped = z.stoppedBy[i];
    if (stopped) out.push(`    ${t('変更後', 'after')}:`, ...traceLines(stopped, lang, '      '));
  });
  const more = z.summary.classes.length - z.flows.length + z.summary.omitted;
  if (more > 0) out.push(t(`  …ほか ${more} 種類`, `  … and ${more} more classes`));
  return out;
}

export function changeLines(c: ConfigChange, lang: Lang): string[] {
  const detail = c.detail ? `: ${pick(c.detail, lang)}` : '';
  const out = [`  ${OP_SIGN[c.op]} ${c.kind} ${c.object}${detail}`];
  if (c.before && c.op !== 'added') out.push(`      ${lang === 'ja' ? '変更前' : 'before'}: ${c.before.file}:${c.before.line}: ${c.before.text.trim()}`);
  if (c.after && c.op !== 'removed') out.push(`      ${lang === 'ja' ? '変更後' : 'after'}:  ${c.after.file}:${c.after.line}: ${c.after.text.trim()}`);
  return out;
}
