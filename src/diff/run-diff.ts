import { runAudit, type AuditOptions, type AuditResult } from '../audit/run-audit.js';
import { diffFindings, type FindingsDiff } from './findings-diff.js';

/**
 * `segaudit diff`: the same audit on the configs before and after a change, devices matched by
 * hostname. This first slice compares devices and findings; the per-filter semantic diff and the
 * zone-to-zone flow diff (issue #6 items 2–3) build on the same two audits.
 */
export interface DiffResult {
  before: AuditResult;
  after: AuditResult;
  devices: { added: string[]; removed: string[]; common: string[] };
  findings: FindingsDiff;
}

export function runDiff(beforePaths: string[], afterPaths: string[], options: AuditOptions = {}): DiffResult {
  const before = runAudit(beforePaths, options);
  const after = runAudit(afterPaths, options);
  const names = (r: AuditResult) => new Set(r.network.devices.map((d) => d.hostname));
  const b = names(before);
  const a = names(after);
  return {
    before,
    after,
    devices: {
      added: [...a].filter((n) => !b.has(n)).sort(),
      removed: [...b].filter((n) => !a.has(n)).sort(),
      common: [...a].filter((n) => b.has(n)).sort(),
    },
    findings: diffFindings(before.findings, after.findings),
  };
}
