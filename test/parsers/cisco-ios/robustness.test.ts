import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, expectFullyUnderstood, iface, parseFixture, parseText } from './helpers.js';

const FILE = 'robustness.cfg';
const result = parseFixture(FILE);
const { device, diagnostics } = result;

describe('Cisco IOS parser robustness', () => {
  it('counts every non-blank line exactly once and reports each line it did not understand', () => {
    expect(device.stats).toEqual({ lines: 26, modelled: 10, ignored: 7, unrecognized: 9 });
    expect(diagnostics.map((d) => d.line)).toEqual([6, 7, 10, 13, 14, 18, 22, 23, 24]);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ file: FILE, code: 'unrecognized', level: 'warning' });
      expect(d.reason).toMatch(/not understood.*\/ 解析できない/);
    }
  });

  it('diagnostic text is redacted loosely (the line was not understood)', () => {
    expect(diagnostics.find((d) => d.line === 13)!.text).toBe('widget-mode enable password <redacted>');
    expect(diagnostics.find((d) => d.line === 22)!.reason).toContain('AD');
  });

  it('CRLF, tab indentation, lines indented after `!`, the IOS indentation bug, `exit`, ignored blocks, `end`', () => {
    const gi1 = iface(device, 'GigabitEthernet0/1');
    expect(gi1).toMatchObject({ description: 'tabs\tand CRLF', shutdown: true, addresses: [{ address: '10.0.0.1', prefixLength: 24, family: 4 }] });
    expect(iface(device, 'GigabitEthernet0/2').description).toBe('indentation bug');
    expect(iface(device, 'GigabitEthernet0/3').description).toBeUndefined();
    expect(device.routes).toEqual([]);
    expect(device.hostname).toBe('after-end');
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '',
      '\n\n   \n',
      '\u0000\u0001\u0002binary\u00ff\n\u0000',
      'interface\n',
      'x'.repeat(200_000),
      'interface GigabitEthernet0/1\n'.repeat(3) + ' ip address 1.2.3.4 255.255.255.0\n'.repeat(3),
      'ip access-list extended A\n permit object-group\n',
      '日本語の行\n hostname 学校\n',
      'banner motd',
      'banner motd ^',
      '   \t  exit\nexit\nend\nend\n',
      'interface range Gi1/0/5 - 1\n',
      'interface range Gi1/0/1 - 99999\n',
      'vlan 5000\n',
      'ip route 10.0.0.0 255.0.255.0 1.1.1.1\n',
    ];
    for (const text of inputs) {
      const r = parseText(text);
      const s = r.device.stats;
      expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
      expect(s.unrecognized).toBe(r.diagnostics.filter((d) => d.code === 'unrecognized').length);
    }
    expect(parseText('').device.stats.lines).toBe(0);
  });

  it('certificate hex outside its block is reported fully redacted', () => {
    const r = parseText(' certificate self-signed 01\n  3082032E 30820216 A0030201 02020101\n  D697DF7F 28\n');
    expect(r.diagnostics.map((d) => d.text)).toEqual([' certificate self-signed 01', '<redacted>', '<redacted>']);
    expect(JSON.stringify(r)).not.toContain('3082032E');
  });

  it('every fixture keeps the counting invariant', () => {
    const dir = FIXTURES;
    for (const name of readdirSync(dir)) {
      const r = parseText(readFileSync(join(dir, name), 'utf8'), name);
      const s = r.device.stats;
      expect(s.modelled + s.ignored + s.unrecognized, name).toBe(s.lines);
    }
  });

  it('a file with only understood lines has no diagnostics at all', () => {
    expectFullyUnderstood(parseText('hostname ok\n!\ninterface Gi0/1\n ip address 10.0.0.1 255.255.255.0\n!\nend\n'));
  });
});
