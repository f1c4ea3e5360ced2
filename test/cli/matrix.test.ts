// segaudit matrix, and the matrix in the audit's JSON and text output.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SAMPLE = resolve(__dirname, '../../samples/minato-es');

interface Cell {
  from: string;
  to: string;
  status: string;
  services: string;
  flows: { text: string; trace: { hops: { ingressFilters: { filter: string; line: { line: number } }[] }[] } }[];
}

describe('segaudit matrix', () => {
  it('prints the zone table and, below it, each open cell with its flows and lines', async () => {
    const { code, stdout } = await runCli('matrix', SAMPLE);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const row = (zone: string) => lines.find((l) => l.startsWith(`${zone} `))!.split(/\s{2,}/);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['送信元＼宛先', '校務', '校務外部', '学習', '来客', '管理', 'インターネット']);
    expect(row('学習')).toEqual(['学習', 'tcp/445', '—', '·', '—', '—', 'ip']);
    expect(row('校務外部')).toEqual(['校務外部', '全て', '·', '全て', '全て', '全て', 'ip']);
    expect(row('管理')).toEqual(['管理', '—', '—', '—', '—', '·', '—']);
    expect(stdout).toContain('== 学習 → 校務: tcp/445 ==');
    expect(stdout).toContain('LEARNING-IN 許可 — samples/minato-es/minato-core01.cfg:723:');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await runCli('matrix', SAMPLE, '--lang', 'en');
    expect(stdout.split('\n').find((l) => l.startsWith('校務外部 '))).toContain('all');
    expect(stdout).toContain('(no outbound filter)');
  });

  it('gives JSON cells with status, services and traced flows', async () => {
    const { code, stdout } = await runCli('matrix', SAMPLE, '--format', 'json');
    expect(code).toBe(0);
    const cells = JSON.parse(stdout).matrix.cells as Cell[];
    const cell = (from: string, to: string) => cells.find((c) => c.from === from && c.to === to)!;
    expect(cells).toHaveLength(30);
    expect([cell('学習', '校務').status, cell('学習', '校務').services]).toEqual(['some', 'tcp/445']);
    expect(cell('校務外部', '校務').status).toBe('all');
    expect(cell('管理', '校務')).toMatchObject({ status: 'none', flows: [] });
    const filter = cell('学習', '校務').flows[0]!.trace.hops[0]!.ingressFilters[0]!;
    expect([filter.filter, filter.line.line]).toEqual(['LEARNING-IN', 723]);
  });

  it('never prints a secret of the sample', async () => {
    const secrets = readFileSync(resolve(__dirname, '../samples/minato-es.secrets.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(secrets.length).toBeGreaterThan(0);
    for (const args of [['--format', 'json'], ['--lang', 'en']]) {
      const { stdout } = await runCli('matrix', SAMPLE, ...args);
      for (const secret of secrets) expect(stdout, `secret ${secret.slice(0, 3)}… leaked`).not.toContain(secret);
    }
  });

  it('exits 2 without zones.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-matrix-'));
    copyFileSync(join(SAMPLE, 'minato-core01.cfg'), join(dir, 'minato-core01.cfg'));
    const { code, stderr } = await runCli('matrix', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('zones.csv');
  });
});

describe('the matrix in the audit report', () => {
  it('is a JSON field (null without zones)', async () => {
    const { stdout } = await runCli('audit', SAMPLE, '--format', 'json', '--fail-on', 'none');
    const matrix = JSON.parse(stdout).matrix;
    expect(matrix.zones.map((z: { name: string }) => z.name)).toEqual(['校務', '校務外部', '学習', '来客', '管理', 'インターネット']);
    expect((matrix.cells as Cell[]).find((c) => c.from === '学習' && c.to === '校務')!.services).toBe('tcp/445');

    const dir = mkdtempSync(join(tmpdir(), 'segaudit-matrix-'));
    copyFileSync(join(SAMPLE, 'minato-core01.cfg'), join(dir, 'minato-core01.cfg'));
    const bare = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    expect(JSON.parse(bare.stdout).matrix).toBeNull();
  });

  it('is a compact section of the text report', async () => {
    const { stdout } = await runCli('audit', SAMPLE, '--lang', 'en', '--fail-on', 'none');
    expect(stdout).toContain('== Zone-to-zone traffic (rows: from, columns: to; details: segaudit matrix) ==');
    expect(stdout.split('\n').some((l) => /^学習\s+tcp\/445\s/.test(l))).toBe(true);
  });
});
