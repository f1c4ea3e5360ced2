import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('Yamaha RTX parser robustness', () => {
  it('never throws and counts every line, whatever the input', () => {
    const inputs = [
      '',
      '\u0000\u0001binary\u00ff',
      'ip filter\nip filter 1\nip filter 1 pass\nip lan1 secure filter in\nip lan1 secure filter\n',
      'pp select\ntunnel select x\nip route\nip route default\nvlan lan1/1 802.1q vid=1\nvlan lan1/1 802.1q vid=5000\n',
      'ip lan1 address 300.1.1.1/24\nip lan1 address 10.0.0.1/33\nlogin user\nsnmp community read-only\n',
      `ip filter 1 pass ${'1.1.1.1,'.repeat(500)}1.1.1.1 *\n`,
    ];
    for (const text of inputs) {
      const { device, diagnostics } = parseText(text);
      const s = device.stats;
      expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
      expect(diagnostics.filter((d) => d.code === 'unrecognized')).toHaveLength(s.unrecognized);
      expect(diagnostics.some((d) => d.code === 'parser-error')).toBe(false);
    }
  });

  it('reports a line it cannot read with its line number, without stopping', () => {
    const { device, diagnostics } = parseText('ip lan1 address 192.168.1.1/24\nthis is not a command\nip lan2 address 192.168.2.1/24\n');
    expect(device.interfaces.map((i) => i.name)).toEqual(['lan1', 'lan2']);
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([[2, 'unrecognized']]);
  });
});
