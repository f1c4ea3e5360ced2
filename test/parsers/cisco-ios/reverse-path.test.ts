import { describe, expect, it } from 'vitest';
import { iface, parseText } from './helpers.js';

const TEXT = `hostname edge
interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.252
 ip verify unicast source reachable-via rx allow-self-ping
interface GigabitEthernet0/1
 ip address 198.51.100.2 255.255.255.252
 ip verify unicast source reachable-via any allow-default 101
interface GigabitEthernet0/2
 ip address 192.0.2.1 255.255.255.0
 ip verify unicast reverse-path
interface GigabitEthernet0/3
 ip address 192.0.2.129 255.255.255.128
 no ip verify unicast
`;

describe('Cisco IOS unicast RPF', () => {
  const result = parseText(TEXT);
  const { device } = result;

  it('records strict (rx, reverse-path) and loose (any) modes with their line', () => {
    expect(iface(device, 'GigabitEthernet0/0').reversePathCheck).toEqual({ mode: 'strict', source: expect.objectContaining({ line: 4 }) });
    expect(iface(device, 'GigabitEthernet0/1').reversePathCheck).toEqual({ mode: 'loose', source: expect.objectContaining({ line: 7 }) });
    expect(iface(device, 'GigabitEthernet0/2').reversePathCheck?.mode).toBe('strict');
  });

  it('leaves `no ip verify unicast` as an ignored line, with no check recorded', () => {
    expect(iface(device, 'GigabitEthernet0/3').reversePathCheck).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(device.stats.unrecognized).toBe(0);
  });
});
