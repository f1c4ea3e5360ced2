import { describe, expect, it } from 'vitest';
import { isOperationalExport } from '../../../src/input/operational/recognise.js';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';
import { parseText } from './helpers.js';

function consistent(result: ParseResult): void {
  const s = result.device.stats;
  expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
  expect(result.diagnostics.filter((d) => d.code === 'unrecognized').length).toBe(s.unrecognized);
}

describe('AW+ parser robustness', () => {
  it('never throws on empty, odd or hostile input', () => {
    const inputs = [
      '',
      '\n\n   \n',
      '\u0000\u0001\u0002binary\u00ff',
      'interface',
      'interface port1.0.1-1.0.999999',
      'access-list hardware\n 10 permit',
      ' indented line without a block',
      `hostname ${'x'.repeat(100_000)}`,
      'vlan database\n vlan 0\n vlan 5000\n vlan 10-5',
      'zone\n network\n  ip subnet 1.2.3.4/99',
      '\r\ninterface port1.0.1\r\n shutdown\r\n',
    ];
    for (const text of inputs) {
      let result: ParseResult | undefined;
      expect(() => (result = alliedTelesisAwplusParser.parse(text, 'odd.cfg'))).not.toThrow();
      consistent(result!);
      expect(result!.diagnostics.every((d) => d.code !== 'parser-error')).toBe(true);
    }
  });

  it('reports the lines of a block it did not understand, each with its line number', () => {
    const result = parseText('frobnicate widget\n setting one\n setting two\n!\nhostname ok\n');
    consistent(result);
    expect(result.diagnostics.map((d) => [d.file, d.line])).toEqual([
      ['inline.cfg', 1],
      ['inline.cfg', 2],
      ['inline.cfg', 3],
    ]);
    expect(result.device.hostname).toBe('ok');
  });

  it('ignores the sub-mode of a command it knowingly does not model', () => {
    const result = parseText('router ospf\n network 10.0.0.0/8 area 0\n!\nmlag domain 1\n  peer-link port1.0.1\n');
    consistent(result);
    expect(result.diagnostics).toEqual([]);
    expect(result.device.stats.ignored).toBe(result.device.stats.lines);
  });

  it('`show interface brief` output is no config: load-network gives it to the operational-export reader, the parser does not model it', () => {
    const table = 'Interface             Status          Protocol\nport1.0.1             admin up        running\nvlan1                 admin down      down\n';
    expect(isOperationalExport(table)).toBe(true);
    const result = parseText(`${table}hostname after\n`);
    consistent(result);
    expect(result.device.interfaces).toEqual([]);
    expect(result.device.stats.modelled).toBe(1);
    expect(result.device.hostname).toBe('after');
  });
});
