import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Zone } from '../../src/model/index.js';
import { readAssetsCsv } from '../../src/inventory/assets-csv.js';

const ZONES: Zone[] = [
  { name: '校務', class: 'koumu-internal', bindings: [] },
  { name: 'giga', class: 'learning', bindings: [] },
];
const HEADER = 'hostname,ip,mac,zone,description\n';
const read = (rows: string, zones: Zone[] = ZONES) => readAssetsCsv(Buffer.from(HEADER + rows, 'utf8'), 'assets.csv', zones);

/** The only diagnostic of a one-row file: an error on line 2 that keeps no asset. */
function onlyError(row: string, zones: Zone[] = ZONES): string {
  const { assets, diagnostics } = read(row + '\n', zones);
  expect(assets).toEqual([]);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({ file: 'assets.csv', line: 2, text: row, level: 'error', code: 'csv-row' });
  return diagnostics[0]!.reason;
}

describe('readAssetsCsv', () => {
  it('reads endpoints by IP, MAC or both, normalising both', () => {
    const { assets, diagnostics, encoding } = read(
      'FS01,10.10.10.20,0011.2233.4455,校務,校務ファイルサーバ\nprinter,,00-11-22-33-44-66,,\n,2001:DB8:0:0::10,,giga,\n',
    );
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8');
    expect(assets).toEqual([
      {
        hostname: 'FS01',
        ip: '10.10.10.20',
        mac: '00:11:22:33:44:55',
        zone: '校務',
        description: '校務ファイルサーバ',
        source: { file: 'assets.csv', line: 2, text: 'FS01,10.10.10.20,0011.2233.4455,校務,校務ファイルサーバ' },
      },
      { hostname: 'printer', mac: '00:11:22:33:44:66', source: { file: 'assets.csv', line: 3, text: 'printer,,00-11-22-33-44-66,,' } },
      { ip: '2001:db8::10', zone: 'giga', source: { file: 'assets.csv', line: 4, text: ',2001:DB8:0:0::10,,giga,' } },
    ]);
  });

  it('reads Japanese headers from Shift_JIS and matches zone names ignoring width', () => {
    const bytes = readFileSync(resolve(import.meta.dirname, 'fixtures', 'assets-japanese-sjis.csv'));
    const { assets, diagnostics, encoding } = readAssetsCsv(bytes, 'assets.csv', ZONES);
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('shift_jis');
    expect(assets.map((a) => [a.hostname, a.ip, a.mac, a.zone, a.description])).toEqual([['DC01', '10.10.10.10', '00:11:22:33:44:77', 'giga', 'AD/DNS サーバ']]);
  });

  it('warns when one IP is listed again with another MAC', () => {
    const { assets, diagnostics } = read('a,10.0.0.1,0011.2233.4455,,\nb,10.0.0.1,0011.2233.4466,,\nc,10.0.0.1,0011.2233.4455,,\n');
    expect(assets).toHaveLength(3);
    expect(diagnostics.map((d) => [d.level, d.line])).toEqual([['warning', 3]]);
    expect(diagnostics[0]!.reason).toContain('assets.csv:3, column ip, mac: IP 10.0.0.1 is also listed at line 2 with another MAC');
  });

  const cases: [string, string, string][] = [
    ['no ip and no mac', 'pc1,,,校務,', 'assets.csv:2, column ip, mac: row names no endpoint'],
    ['bad IPv4', 'pc1,10.0.0.256,,,', 'assets.csv:2, column ip: "10.0.0.256" is not an IPv4 or IPv6 host address'],
    ['a prefix is no host', 'pc1,10.0.0.0/24,,,', 'assets.csv:2, column ip: "10.0.0.0/24" is not an IPv4 or IPv6 host address'],
    ['bad MAC', 'pc1,,0011.2233.445g,,', 'assets.csv:2, column mac: "0011.2233.445g" is not a MAC address'],
    ['two MACs', 'pc1,,0011.2233.4455 0011.2233.4466,,', 'assets.csv:2, column mac: "0011.2233.4455 0011.2233.4466" is not a MAC address (one per row)'],
    ['unknown zone', 'pc1,10.0.0.1,,学習,', 'assets.csv:2, column zone: zone "学習" is not defined in zones.csv'],
  ];
  it.each(cases)('reports %s naming file, line and column', (_name, row, expected) => {
    const reason = onlyError(row);
    expect(reason.startsWith(expected)).toBe(true);
    expect(reason).toMatch(/ \/ .*[ぁ-んァ-ヶ一-龠]/);
  });

  it('needs an ip or mac column', () => {
    const { assets, diagnostics } = readAssetsCsv(Buffer.from('hostname,zone\npc1,giga\n', 'utf8'), 'assets.csv', ZONES);
    expect(assets).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.level, d.reason.split(' / ')[0]])).toEqual([[1, 'error', 'assets.csv:1: missing column ip | mac']]);
  });
});
