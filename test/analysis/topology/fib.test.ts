import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import type { FibEntry } from '../../../src/analysis/topology/types.js';
import type { Device } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

function ios(hostname: string, body: string): Device {
  return ciscoIosParser.parse(`hostname ${hostname}\n${body}`, `${hostname}.cfg`).device;
}

/** `Gi0/0>192.0.2.254` per path; `drop` for a discard route. */
function hops(entry: FibEntry | undefined): string[] {
  return (entry?.paths ?? []).map((p) => (p.action === 'discard' ? 'drop' : `${p.egress.interface.name}>${p.nextHop ?? 'direct'}`));
}

const INTERFACES = `interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
interface GigabitEthernet0/1
 ip address 198.51.100.1 255.255.255.0
interface GigabitEthernet0/2
 ip address 203.0.113.1 255.255.255.0
 shutdown
interface GigabitEthernet0/3
 ip address 100.64.1.1 255.255.255.0
`;

describe('connected routes and longest-prefix match', () => {
  const router = ios(
    'r1',
    `${INTERFACES}ip route 10.0.0.0 255.0.0.0 192.0.2.254
ip route 10.1.0.0 255.255.0.0 198.51.100.254
ip route 10.1.1.0 255.255.255.0 GigabitEthernet0/3
ip route 10.1.1.128 255.255.255.128 GigabitEthernet0/0 192.0.2.253
`,
  );
  const topology = buildTopology([router]);

  it('picks the longest matching prefix among overlapping routes', () => {
    expect(topology.lookup(router, '', '10.1.1.200')!.cidr).toBe('10.1.1.128/25');
    expect(topology.lookup(router, '', '10.1.1.5')!.cidr).toBe('10.1.1.0/24');
    expect(topology.lookup(router, '', '10.1.2.3')!.cidr).toBe('10.1.0.0/16');
    expect(topology.lookup(router, '', '10.2.0.1')!.cidr).toBe('10.0.0.0/8');
    expect(topology.lookup(router, '', '11.0.0.1')).toBeUndefined();
    expect(topology.lookup(router, '', 'not-an-address')).toBeUndefined();
  });

  it('gives egress interfaces and next hops: connected, via next hop, out of an interface, both', () => {
    expect(hops(topology.lookup(router, '', '192.0.2.77'))).toEqual(['GigabitEthernet0/0>direct']);
    expect(topology.lookup(router, '', '192.0.2.77')!.paths[0]).toMatchObject({ origin: 'connected', source: { line: 2 } });
    expect(hops(topology.lookup(router, '', '10.2.0.1'))).toEqual(['GigabitEthernet0/0>192.0.2.254']);
    expect(hops(topology.lookup(router, '', '10.1.1.5'))).toEqual(['GigabitEthernet0/3>direct']);
    expect(hops(topology.lookup(router, '', '10.1.1.200'))).toEqual(['GigabitEthernet0/0>192.0.2.253']);
    expect(topology.lookup(router, '', '10.2.0.1')!.paths[0]).toMatchObject({ origin: 'static', source: { file: 'r1.cfg', line: 11 } });
  });

  it('lists the table longest prefix first, without the shut-down interface', () => {
    expect(topology.entries(router, '').map((e) => `${e.cidr} ${e.distance}`)).toEqual([
      '10.1.1.128/25 1',
      '10.1.1.0/24 1',
      '100.64.1.0/24 0',
      '192.0.2.0/24 0',
      '198.51.100.0/24 0',
      '10.1.0.0/16 1',
      '10.0.0.0/8 1',
    ]);
    expect(topology.vrfsOf(router)).toEqual(['']);
    expect(topology.diagnostics).toEqual([]);
  });
});

describe('static routes', () => {
  it('resolves a next hop recursively to the real egress interface and next hop', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 10.1.1.0 255.255.255.0 10.9.9.9
ip route 10.9.9.0 255.255.255.0 10.8.8.8
ip route 10.8.8.0 255.255.255.0 192.0.2.254
`,
    );
    const topology = buildTopology([router]);
    const entry = topology.lookup(router, '', '10.1.1.1')!;
    expect(entry.cidr).toBe('10.1.1.0/24');
    expect(hops(entry)).toEqual(['GigabitEthernet0/0>192.0.2.254']);
    // The path keeps the route that matched, for evidence.
    expect(entry.paths[0]!.source.line).toBe(11);
  });

  it('keeps every equal-cost path and drops the ones with a higher distance', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 0.0.0.0 0.0.0.0 192.0.2.254
ip route 0.0.0.0 0.0.0.0 198.51.100.254
ip route 0.0.0.0 0.0.0.0 100.64.1.254 5
`,
    );
    const topology = buildTopology([router]);
    const entry = topology.lookup(router, '', '8.8.8.8')!;
    expect(entry.cidr).toBe('0.0.0.0/0');
    expect(entry.distance).toBe(1);
    expect(hops(entry)).toEqual(['GigabitEthernet0/0>192.0.2.254', 'GigabitEthernet0/1>198.51.100.254']);
  });

  it('does not install a route whose next hop is unreachable, reports it, and lets a floating route take over', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 172.16.0.0 255.240.0.0 10.77.0.1
ip route 10.50.0.0 255.255.0.0 10.77.0.1
ip route 10.50.0.0 255.255.0.0 198.51.100.254 200
`,
    );
    const topology = buildTopology([router]);
    expect(topology.lookup(router, '', '172.16.1.1')).toBeUndefined();
    const floating = topology.lookup(router, '', '10.50.1.1')!;
    expect(floating.distance).toBe(200);
    expect(hops(floating)).toEqual(['GigabitEthernet0/1>198.51.100.254']);
    expect(topology.inactiveRoutes.map((r) => [r.route.source.line, r.reason])).toEqual([
      [11, 'next-hop-unreachable'],
      [12, 'next-hop-unreachable'],
    ]);
    const reported = topology.diagnostics.filter((d) => d.code === 'route-next-hop-unreachable');
    expect(reported.map((d) => [d.file, d.line, d.text])).toEqual([
      ['r1.cfg', 11, 'ip route 172.16.0.0 255.240.0.0 10.77.0.1'],
      ['r1.cfg', 12, 'ip route 10.50.0.0 255.255.0.0 10.77.0.1'],
    ]);
    expect(reported[0]!.reason).toContain('10.77.0.1');
  });

  it('resolves through a default route (as IOS does), so nothing is unreachable once one exists', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 0.0.0.0 0.0.0.0 192.0.2.254
ip route 172.16.0.0 255.240.0.0 10.77.0.1
`,
    );
    const topology = buildTopology([router]);
    expect(hops(topology.lookup(router, '', '172.16.1.1'))).toEqual(['GigabitEthernet0/0>192.0.2.254']);
    expect(topology.inactiveRoutes).toEqual([]);
  });

  it('leaves out routes that loop on each other, routes to the own address and routes out of a down interface', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 10.60.0.0 255.255.0.0 10.70.0.1
ip route 10.70.0.0 255.255.0.0 10.60.0.1
ip route 10.80.0.0 255.255.0.0 192.0.2.1
ip route 10.90.0.0 255.255.0.0 GigabitEthernet0/2
ip route 10.91.0.0 255.255.0.0 203.0.113.254
`,
    );
    const topology = buildTopology([router]);
    expect(topology.inactiveRoutes.map((r) => [r.route.prefix, r.reason])).toEqual([
      ['10.60.0.0', 'next-hop-unreachable'],
      ['10.70.0.0', 'next-hop-unreachable'],
      ['10.80.0.0', 'next-hop-is-self'],
      ['10.90.0.0', 'interface-down'],
      ['10.91.0.0', 'next-hop-unreachable'],
    ]);
    expect(topology.entries(router, '').map((e) => e.cidr)).not.toContain('10.60.0.0/16');
    expect(topology.diagnostics.map((d) => d.code)).toEqual([
      'route-next-hop-unreachable',
      'route-next-hop-unreachable',
      'route-inactive',
      'route-inactive',
      'route-next-hop-unreachable',
    ]);
  });

  it('drops traffic of a Null0 route, also when another route resolves through it', () => {
    const router = ios(
      'r1',
      `${INTERFACES}ip route 10.99.0.0 255.255.0.0 Null0
ip route 10.98.0.0 255.255.0.0 10.99.0.1
`,
    );
    const topology = buildTopology([router]);
    expect(hops(topology.lookup(router, '', '10.99.3.4'))).toEqual(['drop']);
    expect(hops(topology.lookup(router, '', '10.98.3.4'))).toEqual(['drop']);
  });

  it('uses ip default-gateway on a switch that does not route, and ignores it where routing is on', () => {
    const sw = ios(
      'sw',
      `interface GigabitEthernet0/1
 switchport mode access
interface Vlan99
 ip address 10.0.99.11 255.255.255.0
ip default-gateway 10.0.99.1
ip route 10.0.0.0 255.0.0.0 10.0.99.2
`,
    );
    const l3sw = ios(
      'l3sw',
      `ip routing
interface GigabitEthernet0/1
 switchport mode access
interface Vlan99
 ip address 10.0.99.12 255.255.255.0
ip default-gateway 10.0.99.1
ip route 0.0.0.0 0.0.0.0 10.0.99.2
`,
    );
    const topology = buildTopology([sw, l3sw]);
    expect(hops(topology.lookup(sw, '', '10.1.2.3'))).toEqual(['Vlan99>10.0.99.1']);
    expect(topology.lookup(sw, '', '10.1.2.3')!.paths[0]!.origin).toBe('default-gateway');
    expect(hops(topology.lookup(l3sw, '', '10.1.2.3'))).toEqual(['Vlan99>10.0.99.2']);
    expect(topology.inactiveRoutes.map((r) => `${r.device.hostname} ${r.route.kind} ${r.reason}`)).toEqual([
      'sw static routing-mode',
      'l3sw default-gateway routing-mode',
    ]);
    // Both are normal configurations, not inconsistencies.
    expect(topology.diagnostics).toEqual([]);
  });

  it('handles IPv6 connected and static routes', () => {
    const router = ios(
      'r6',
      `interface GigabitEthernet0/0
 ipv6 address 2001:db8:0:1::1/64
 ipv6 address fe80::1/64
ipv6 route ::/0 2001:db8:0:1::ff
ipv6 route 2001:db8:100::/48 2001:DB8:0:1::FE
`,
    );
    const topology = buildTopology([router]);
    expect(topology.entries(router, '').map((e) => e.cidr)).toEqual(['2001:db8:0:1::/64', '2001:db8:100::/48', '::/0']);
    expect(hops(topology.lookup(router, '', '2001:db8:100::5'))).toEqual(['GigabitEthernet0/0>2001:db8:0:1::fe']);
    expect(hops(topology.lookup(router, '', '2001:4860::8888'))).toEqual(['GigabitEthernet0/0>2001:db8:0:1::ff']);
  });
});
