import { describe, expect, it } from 'vitest';
import { logicalLines } from '../../../src/parsers/fortigate/logical-lines.js';
import { expectFullyUnderstood, lineOf, parseFixture, parseText, SCHOOL } from './helpers.js';

describe('FortiGate block structure', () => {
  it('understands every line of the school fixture and reads the header and hostname', () => {
    const result = parseFixture(SCHOOL);
    expectFullyUnderstood(result);
    expect(result.device.hostname).toBe('center-fw01');
    expect(result.device.os).toMatchObject({ name: 'FortiOS (FGT60F)', version: '7.2.5' });
    expect(result.device.source.line).toBe(lineOf(SCHOOL, 'set hostname'));
  });

  it('joins a quoted value that spans lines into one logical line', () => {
    const lines = logicalLines(['set buffer "one', 'two \\" still', 'three"', 'next']);
    expect(lines).toEqual([
      { text: 'set buffer "one\ntwo \\" still\nthree"', lineNo: 1, physical: 3 },
      { text: 'next', lineNo: 4, physical: 1 },
    ]);
  });

  it('leaves a quote that never closes on its own line and reads on', () => {
    const lines = logicalLines(['set comments "never closed', 'next', 'end']);
    expect(lines.map((l) => l.text)).toEqual(['set comments "never closed', 'next', 'end']);
  });

  it('tracks nesting by config/edit/next/end, not indentation, and counts every line once', () => {
    const text = [
      'config system snmp community',
      'edit 1',
      'set name "x-community"',
      'config hosts',
      'edit 1',
      'set ip 192.0.2.1 255.255.255.255',
      'next',
      'end',
      'next',
      'end',
      'config system global',
      'set hostname "flat"',
      'end',
    ].join('\n');
    const { device, diagnostics } = parseText(text);
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(device.hostname).toBe('flat');
    expect(device.management.snmp.communities).toHaveLength(1);
    expect(device.management.snmp.communities[0]!.accessList).toBe('snmp community 1 hosts');
    const s = device.stats;
    expect(s.lines).toBe(13);
    expect(s.modelled + s.ignored + s.unrecognized).toBe(13);
  });

  it('puts interfaces and routes of several VDOMs into their VRFs', () => {
    const text = [
      '#config-version=FGVM64-6.4.9-FW-build1966-220421:opmode=0:vdom=1:user=admin',
      'config vdom',
      'edit root',
      'next',
      'edit school',
      'next',
      'end',
      'config global',
      'config system global',
      'set hostname "multi"',
      'end',
      'config system interface',
      'edit "port1"',
      'set vdom "root"',
      'set ip 192.0.2.1 255.255.255.0',
      'next',
      'edit "port2"',
      'set vdom "school"',
      'set ip 10.0.0.1 255.255.255.0',
      'next',
      'end',
      'end',
      'config vdom',
      'edit school',
      'config router static',
      'edit 1',
      'set gateway 10.0.0.254',
      'set device "port2"',
      'next',
      'end',
      'next',
      'end',
    ].join('\n');
    const { device, diagnostics } = parseText(text);
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(device.hostname).toBe('multi');
    expect(device.os?.version).toBe('6.4.9');
    expect(device.interfaces.map((i) => [i.name, i.vrf])).toEqual([['port1', 'root'], ['port2', 'school']]);
    expect(device.routes).toMatchObject([{ prefix: '0.0.0.0', length: 0, nextHop: '10.0.0.254', interface: 'port2', vrf: 'school' }]);
  });

  it('reports the lines of an unknown table one by one, with file and line', () => {
    const { device, diagnostics } = parseText(['config system frobnicator', '    set level 3', 'end'].join('\n'));
    const unrecognized = diagnostics.filter((d) => d.code === 'unrecognized');
    expect(unrecognized.map((d) => d.line)).toEqual([1, 2, 3]);
    expect(unrecognized[0]!.reason).toContain('config system frobnicator');
    expect(unrecognized.every((d) => d.file === 'inline.conf')).toBe(true);
    expect(device.stats).toMatchObject({ lines: 3, unrecognized: 3 });
  });

  it('counts a knowingly ignored table as ignored', () => {
    const { device, diagnostics } = parseText(['config system replacemsg mail "partial"', '    set buffer "a', 'b"', 'end'].join('\n'));
    expect(diagnostics).toEqual([]);
    expect(device.stats).toMatchObject({ lines: 4, ignored: 4, unrecognized: 0 });
  });
});
