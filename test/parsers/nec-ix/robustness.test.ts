import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('NEC IX parser robustness', () => {
  it('never throws and counts every line, whatever the input', () => {
    const inputs = [
      '',
      '\u0000\u0001binary\u00ff',
      'ip access-list\nip access-list x\nip access-list x permit\nip access-list x permit ip src\ninterface\n  ip filter\n',
      '  ip address 10.0.0.1/24\ninterface GigaEthernet0.0\n  ip address 300.1.1.1/24\n  ip address 10.0.0.1/33\n  encapsulation dot1q 5000\n',
      'ike proposal p encryption rot13 hash sha\nipsec autokey-proposal a esp-foo\nikev2 profile p\n  sa-proposal dh 99-bit\n',
      `ip access-list big permit ip src ${'1'.repeat(5000)} dest any\n`,
      'interface GigaEthernet0.1\n  ip napt static GigaEthernet0.1 icmp 5\n  ip napt static 10.0.0.1 tcp 99999\n',
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
    const { device, diagnostics } = parseText('interface GigaEthernet0.0\n  ip address 192.168.1.1/24\n  this is not a command\ninterface GigaEthernet1.0\n  ip address 192.168.2.1/24\n');
    expect(device.interfaces.map((i) => i.name)).toEqual(['GigaEthernet0.0', 'GigaEthernet1.0']);
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([[3, 'unrecognized']]);
  });

  it('a line at the left margin ends the interface mode', () => {
    const { diagnostics } = parseText('interface GigaEthernet0.0\n  no shutdown\nno shutdown\n');
    expect(diagnostics.map((d) => d.line)).toEqual([3]);
  });
});
