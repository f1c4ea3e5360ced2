import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture } from './helpers.js';

const FILE = 'school-router.conf';

describe('NEC IX NAPT', () => {
  const { device } = parseFixture(FILE);

  it('reads napt enable, static entries to the router and to inside hosts, and services', () => {
    expect(device.nat.map((n) => [n.kind, n.protocol, n.inside, n.outside, n.source.line])).toEqual([
      ['dynamic', undefined, {}, { interface: 'GigaEthernet0.1' }, lineOf(FILE, 'ip napt enable')],
      ['port-forward', 17, { port: 500 }, { interface: 'GigaEthernet0.1', port: 500 }, lineOf(FILE, 'udp 500')],
      ['port-forward', 50, {}, { interface: 'GigaEthernet0.1' }, lineOf(FILE, 'GigaEthernet0.1 50')],
      ['port-forward', 6, { address: '10.20.0.10', prefixLength: 32, port: 443 }, { interface: 'GigaEthernet0.1', port: 443 }, lineOf(FILE, 'tcp 10.20.0.10 443')],
      ['port-forward', 6, { address: '10.20.0.11', prefixLength: 32, port: 80 }, { interface: 'GigaEthernet0.1', port: 8080 }, lineOf(FILE, 'ip napt service')],
    ]);
    expect(device.interfaces.find((i) => i.name === 'GigaEthernet0.1')!.natRole).toBe('outside');
  });
});
