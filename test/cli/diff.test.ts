// segaudit diff, first slice (issue #6): devices and findings before and after a change.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SAMPLE = join(__dirname, '../../samples/minato-es');
const NOW = '2026-10-01T09:00:00+09:00';

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-diff-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

describe('segaudit diff', () => {
  it('reports nothing for two copies of the same network and exits 0', async () => {
    const { code, stdout } = await runCli('diff', SAMPLE, copy(), '--format', 'json', '--now', NOW);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.devices.added).toEqual([]);
    expect(json.devices.removed).toEqual([]);
    expect(json.findings.added).toEqual([]);
    expect(json.findings.resolved).toEqual([]);
    expect(json.findings.changed).toEqual([]);
    expect(json.findings.unchanged).toBeGreaterThan(0);
    const text = await runCli('diff', SAMPLE, copy(), '--lang', 'en', '--now', NOW);
    expect(text.stdout).toContain('No difference.');
  });

  it('shows a finding the change adds, with its evidence, and gates on it (exit 1)', async () => {
    const after = copy();
    const file = join(after, 'minato-acc01.cfg');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ transport input ssh$/m, ' transport input telnet ssh'));
    const { code, stdout } = await runCli('diff', SAMPLE, after, '--format', 'json', '--now', NOW);
    expect(code).toBe(1);
    const added = JSON.parse(stdout).findings.added as { ruleId: string; device: string; evidence: { line: number; text: string }[] }[];
    expect(added.some((f) => f.ruleId === 'MGT-03' && f.device === 'minato-acc01')).toBe(true);
    expect((await runCli('diff', SAMPLE, after, '--fail-on', 'none', '--now', NOW)).code).toBe(0);
  });

  it('lists removed devices and the findings that left with them; resolving only is not a gate failure', async () => {
    const after = copy();
    rmSync(join(after, 'minato-ap01.cfg'));
    const { code, stdout } = await runCli('diff', SAMPLE, after, '--format', 'json', '--now', NOW);
    const json = JSON.parse(stdout);
    expect(json.devices.removed).toEqual(['minato-ap01']);
    expect(json.findings.resolved.some((f: { device: string }) => f.device === 'minato-ap01')).toBe(true);
    expect(code).toBe(0);
  });
});
