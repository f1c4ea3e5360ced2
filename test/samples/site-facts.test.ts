// Without zones.csv (and without segaudit.json site facts) the rules that need them say 要確認
// (manual) — never a silent pass (issue #5, "Done when").
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../cli/run-cli.js';

const NOW = '2026-10-01T09:00:00+09:00';

function withoutSiteFacts(sample: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-nosite-'));
  cpSync(join(__dirname, '../../samples', sample), dir, { recursive: true });
  for (const file of ['zones.csv', 'flows.csv', 'assets.csv', 'links.csv', 'exceptions.csv', 'segaudit.json']) rmSync(join(dir, file), { force: true });
  return dir;
}

describe.each(['minato-es', 'sakura-city'])('%s without its site facts', (sample) => {
  it('turns every zone- or site-dependent rule into manual checks, never a pass', async () => {
    const { stdout } = await runCli('audit', withoutSiteFacts(sample), '--format', 'json', '--now', NOW);
    const { checks, findings } = JSON.parse(stdout) as {
      checks: { ruleId: string; device: string; status: string }[];
      findings: { ruleId: string; status: string }[];
    };
    const dependent = RULES.filter((r) => r.meta.needsZones || (r.meta.needsSiteFacts?.length ?? 0) > 0).map((r) => r.meta.id);
    expect(dependent.length).toBeGreaterThan(0);
    for (const id of dependent) {
      const statuses = checks.filter((c) => c.ruleId === id).map((c) => c.status);
      expect(statuses.filter((s) => s === 'pass'), `${id} passes a device without the facts it needs`).toEqual([]);
      if (statuses.some((s) => s === 'manual')) expect(findings.some((f) => f.ruleId === id && f.status === 'manual')).toBe(true);
    }
    expect(findings.some((f) => f.status === 'manual')).toBe(true);
  });
});
