import type { Finding, Severity } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';

export interface FindingSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byStatus: Record<string, number>;
  byRule: Record<string, number>;
  byDevice: Record<string, number>;
}

/** Counts used by every renderer, so they all agree. Only fail/manual findings are counted by severity. */
export function summarize(findings: Finding[]): FindingSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byStatus: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  const byDevice: Record<string, number> = {};
  for (const f of findings) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    if (f.status === 'fail') bySeverity[f.severity]++;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    byDevice[f.device] = (byDevice[f.device] ?? 0) + 1;
  }
  return { total: findings.length, bySeverity, byStatus, byRule: sortKeys(byRule), byDevice: sortKeys(byDevice) };
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
