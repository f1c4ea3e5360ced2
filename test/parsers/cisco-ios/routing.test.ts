import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, parseFixture } from './helpers.js';

const FILE = 'routing.cfg';
const result = parseFixture(FILE);
const { device } = result;

describe('Cisco IOS static routes and NAT', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('static routes: next hop and/or interface, distance, VRF, IPv6, normalised network', () => {
    expect(device.routes.map((r) => [r.family, r.prefix, r.length, r.interface, r.nextHop, r.distance, r.vrf, r.kind])).toEqual([
      [4, '0.0.0.0', 0, undefined, '203.0.113.1', undefined, undefined, 'static'],
      [4, '10.50.0.0', 16, 'Null0', undefined, undefined, undefined, 'static'],
      [4, '10.60.0.0', 24, 'GigabitEthernet0/1', '10.1.0.254', 200, undefined, 'static'],
      [4, '10.70.0.0', 16, undefined, '10.1.0.253', undefined, 'SCHOOL', 'static'],
      [4, '10.80.0.0', 16, 'Dialer1', undefined, 250, undefined, 'static'],
      [6, '2001:db8:100::', 48, undefined, '2001:db8::ffff', undefined, undefined, 'static'],
      [6, '::', 0, 'GigabitEthernet0/0', 'fe80::1', undefined, undefined, 'static'],
    ]);
    expect(device.ipRouting).toBe(false);
  });

  it('NAT: overload, pools, static, port forwards, static networks, route-maps, outside source', () => {
    expect(device.nat.map(({ source: _source, ...rule }) => rule)).toEqual([
      { kind: 'dynamic', direction: 'source', inside: { list: 'NAT-LAN' }, outside: { interface: 'GigabitEthernet0/0' }, overload: true },
      { kind: 'dynamic', direction: 'source', inside: { list: '20' }, outside: { pool: 'PUBLIC' } },
      { kind: 'static', direction: 'source', inside: { address: '10.1.0.10' }, outside: { address: '203.0.113.10' } },
      {
        kind: 'port-forward',
        direction: 'source',
        protocol: 6,
        inside: { address: '10.1.0.20', port: 8443 },
        outside: { interface: 'GigabitEthernet0/0', port: 443 },
      },
      {
        kind: 'port-forward',
        direction: 'source',
        protocol: 17,
        inside: { address: '10.1.0.21', port: 53 },
        outside: { address: '203.0.113.11', port: 53 },
      },
      { kind: 'static', direction: 'source', inside: { address: '10.2.0.0', prefixLength: 24 }, outside: { address: '203.0.114.0' } },
      { kind: 'dynamic', direction: 'source', inside: { list: 'route-map RM' }, outside: { interface: 'Dialer1' }, overload: true },
      { kind: 'static', direction: 'destination', inside: { address: '10.99.0.50' }, outside: { address: '203.0.113.50' }, translatesOutsideHosts: true },
    ]);
  });
});

describe('ip routing default of an autonomous AP', () => {
  it('treats an Aironet that bridges its radios as not routing', async () => {
    const { ciscoIosParser } = await import('../../../src/parsers/cisco-ios/index.js');
    const { device } = ciscoIosParser.parse(
      ['hostname ap1', 'interface Dot11Radio0', ' ssid GUEST', 'interface Dot11Radio0.10', ' encapsulation dot1Q 10', ' bridge-group 10', 'interface BVI1', ' ip address 10.0.0.5 255.255.255.0', 'ip default-gateway 10.0.0.1'].join('\n'),
      'ap1.cfg',
    );
    expect(device.ipRouting).toBe(false);
  });
});
