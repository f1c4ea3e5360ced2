// Between them, the two bundled samples show at least one finding of every rule group (issue #5).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../cli/run-cli.js';

it('the samples together raise a finding of every rule group', async () => {
  const seen = new Set<string>();
  for (const sample of ['minato-es', 'sakura-city']) {
    const { stdout } = await runCli('audit', join(__dirname, '../../samples', sample), '--format', 'json', '--now', '2026-10-01T09:00:00+09:00');
    for (const f of (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings) seen.add(f.ruleId.split('-')[0]!);
  }
  const groups = [...new Set(RULES.map((r) => r.meta.area))].sort();
  expect(groups.filter((g) => !seen.has(g))).toEqual([]);
});
