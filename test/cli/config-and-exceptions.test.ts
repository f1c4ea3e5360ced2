// segaudit.json and exceptions.csv on a copy of the bundled sample, through the real CLI.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SAMPLE = join(__dirname, '../../samples/minato-es');
const NOW = '2026-10-01T09:00:00+09:00';

function sampleWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-config-'));
  cpSync(SAMPLE, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  device: string;
  object: string | null;
  severity: string;
  status: string;
  category: string;
  categoryLabel: { ja: string; en: string };
  rating: { impact: string; ease: string; fix: string; overall: string };
  exception: { id: string; approver: string | null; expires: string | null } | null;
}

async function audit(dir: string, ...extra: string[]) {
  const result = await runCli('audit', dir, '--format', 'json', '--now', NOW, ...extra);
  return { ...result, json: result.code === 2 ? undefined : (JSON.parse(result.stdout) as { profile: string; findings: JsonFinding[]; exceptions: { id: string; state: string; findings: string[] }[] }) };
}

describe('findings carry the auditor’s category and rating', () => {
  it('rates every finding and files it under a 区分', async () => {
    const { json } = await audit(SAMPLE);
    for (const f of json!.findings) {
      expect(['nonconformity', 'recommendation', 'observation', 'excepted']).toContain(f.category);
      expect(f.rating.impact).toBe(f.severity);
      expect(['trivial', 'easy', 'moderate', 'challenging']).toContain(f.rating.ease);
      expect(f.exception).toBeNull();
    }
    const banner = json!.findings.find((f) => f.ruleId === 'MGT-04')!;
    expect(banner.category).toBe('recommendation');
    expect(banner.categoryLabel.ja).toBe('改善勧告');
    const defaults = json!.findings.find((f) => f.ruleId === 'MGT-08' && f.object === 'user Cisco')!;
    expect(defaults).toMatchObject({ category: 'nonconformity', rating: { impact: 'critical', ease: 'trivial', fix: 'quick', overall: 'critical' } });
  });
});

describe('segaudit.json', () => {
  it('switches rules off, changes severities and profile; the command line still wins', async () => {
    const dir = sampleWith({ 'segaudit.json': JSON.stringify({ profile: 'sorachi', rules: { 'MGT-04': 'off', 'MGT-06': { severity: 'info' } } }) });
    const { json } = await audit(dir);
    expect(json!.profile).toBe('sorachi');
    expect(json!.findings.some((f) => f.ruleId === 'MGT-04')).toBe(false);
    const idle = json!.findings.filter((f) => f.ruleId === 'MGT-06');
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.every((f) => f.severity === 'info' && f.category === 'observation')).toBe(true);
    expect((await audit(dir, '--profile', 'kagoshima')).json!.profile).toBe('kagoshima');
  });

  it('stops the run (exit 2) naming file, line and setting when it is wrong', async () => {
    const dir = sampleWith({ 'segaudit.json': '{\n  "rules": { "MGT-99": "off" }\n}\n' });
    const { code, stderr } = await audit(dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/segaudit\.json:2: rules\.MGT-99: no such rule/);
  });

  it('is found with --config anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-config-'));
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'MGT-04': { severity: 'high' } } }));
    const { json } = await audit(SAMPLE, '--config', join(dir, 'strict.json'));
    expect(json!.findings.filter((f) => f.ruleId === 'MGT-04').every((f) => f.severity === 'high')).toBe(true);
  });
});

describe('exceptions.csv (例外措置台帳)', () => {
  const register = [
    '例外番号,ルールID,機器,対象,理由,代替措置,承認者,承認日,有効期限',
    'EX-2026-001,MGT-08,minato-ap01,user Cisco,保守業者の初期設定を移行期間中のみ残す,管理VLANからのみ到達,CISO,R8.4.1,R9.3.31',
    'EX-2025-007,MGT-09,minato-rt01,,旧機器の更新待ち,,CISO,2025-04-01,2026-03-31',
    'EX-2026-002,SVC-01,minato-gone,,撤去済みの機器,,CISO,2026-04-01,2027-03-31',
  ].join('\n');

  it('marks covered findings 例外承認済み with id, approver and expiry; expired and stale rows are reported', async () => {
    const dir = sampleWith({ 'exceptions.csv': register });
    const { code, json } = await audit(dir);
    expect(code).toBe(1);
    const excepted = json!.findings.find((f) => f.ruleId === 'MGT-08' && f.object === 'user Cisco')!;
    expect(excepted).toMatchObject({ status: 'excepted', category: 'excepted', exception: { id: 'EX-2026-001', approver: 'CISO', expires: '2027-03-31' } });
    const expired = json!.findings.filter((f) => f.ruleId === 'MGT-09' && f.device === 'minato-rt01');
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.every((f) => f.status === 'fail' && f.exception === null)).toBe(true);
    expect(json!.exceptions.map((e) => [e.id, e.state])).toEqual([
      ['EX-2026-001', 'applied'],
      ['EX-2025-007', 'expired'],
      ['EX-2026-002', 'unmatched'],
    ]);
  });

  it('shows the register in the text report', async () => {
    const dir = sampleWith({ 'exceptions.csv': register });
    const { stdout } = await runCli('audit', dir, '--lang', 'ja', '--now', NOW);
    expect(stdout).toContain('== 例外措置台帳（3） ==');
    expect(stdout).toContain('例外承認: EX-2026-001（承認者 CISO、期限 2027-03-31）');
  });

  it('rejects a row without a reason, naming file, line and column', async () => {
    const dir = sampleWith({ 'exceptions.csv': '例外番号,ルールID,機器,理由\nEX-1,MGT-04,minato-ap01,\n' });
    const { code, stderr } = await audit(dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/exceptions\.csv:2.*reason is empty/);
  });
});
