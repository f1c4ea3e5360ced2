import { describe, expect, it } from 'vitest';
import { readLinksCsv } from '../../src/inventory/links-csv.js';

const HEADER = 'device_a,interface_a,device_b,interface_b,description\n';
const read = (rows: string) => readLinksCsv(Buffer.from(HEADER + rows, 'utf8'), 'links.csv');

describe('readLinksCsv', () => {
  it('reads links with their source rows', () => {
    const { links, diagnostics, encoding } = read('core01,Gi1/0/48,rt01,Gi0/0/1,メディアコンバータ経由\nacc01,Gi1/0/24,acc02,Gi1/0/24,\n');
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8');
    expect(links).toEqual([
      {
        a: { device: 'core01', interface: 'Gi1/0/48' },
        b: { device: 'rt01', interface: 'Gi0/0/1' },
        description: 'メディアコンバータ経由',
        source: { file: 'links.csv', line: 2, text: 'core01,Gi1/0/48,rt01,Gi0/0/1,メディアコンバータ経由' },
      },
      {
        a: { device: 'acc01', interface: 'Gi1/0/24' },
        b: { device: 'acc02', interface: 'Gi1/0/24' },
        source: { file: 'links.csv', line: 3, text: 'acc01,Gi1/0/24,acc02,Gi1/0/24,' },
      },
    ]);
  });

  it('reads Japanese headers (UTF-8 with BOM), full-width A/B included', () => {
    const text = '\uFEFF機器Ａ,インタフェースA,機器B,インターフェースＢ,備考\ncore01,Te1/1/1,acc01,Te1/1/1,\n';
    const { links, diagnostics, encoding } = readLinksCsv(Buffer.from(text, 'utf8'), 'links.csv');
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8-bom');
    expect(links.map((l) => [l.a, l.b])).toEqual([[{ device: 'core01', interface: 'Te1/1/1' }, { device: 'acc01', interface: 'Te1/1/1' }]]);
  });

  it('counts a link written twice, in either direction, once with a warning', () => {
    const { links, diagnostics } = read('core01,Gi1/0/48,rt01,Gi0/0/1,\nRT01,gi0/0/1,core01,Gi1/0/48,\n');
    expect(links).toHaveLength(1);
    expect(diagnostics.map((d) => [d.level, d.line])).toEqual([['warning', 3]]);
    expect(diagnostics[0]!.reason).toContain('links.csv:3, column device_a, interface_a, device_b, interface_b: same link as line 2; counted once');
  });

  it('reports each empty end cell naming file, line and column', () => {
    const { links, diagnostics } = read('core01,,rt01,Gi0/0/1,\n,Gi1/0/1,,Gi0/0/2,\n');
    expect(links).toEqual([]);
    expect(diagnostics.map((d) => [d.level, d.line, d.reason.split(' / ')[0]])).toEqual([
      ['error', 2, 'links.csv:2, column interface_a: interface_a is empty'],
      ['error', 3, 'links.csv:3, column device_a: device_a is empty'],
      ['error', 3, 'links.csv:3, column device_b: device_b is empty'],
    ]);
  });

  it('rejects a link from an interface to itself', () => {
    const { links, diagnostics } = read('core01,Gi1/0/1,CORE01,gi1/0/1,\n');
    expect(links).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'error', line: 2, code: 'csv-row' });
    expect(diagnostics[0]!.reason).toBe('links.csv:2, column device_a, interface_a, device_b, interface_b: both ends are the same interface / 両端が同じインタフェースです');
  });

  it('needs all four end columns', () => {
    const { diagnostics } = readLinksCsv(Buffer.from('device_a,interface_a,device_b\nx,y,z\n', 'utf8'), 'links.csv');
    expect(diagnostics.map((d) => [d.line, d.level, d.reason.split(' / ')[0]])).toEqual([[1, 'error', 'links.csv:1: missing column interface_b']]);
  });
});
