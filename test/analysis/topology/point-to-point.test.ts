import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import type { Topology } from '../../../src/analysis/topology/types.js';
import type { Device } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

function ios(hostname: string, body: string): Device {
  return ciscoIosParser.parse(`hostname ${hostname}\n${body}`, `${hostname}.cfg`).device;
}

function pairs(topology: Topology): string[] {
  return topology.adjacencies.map(
    (adj) => `${adj.a.device.hostname} ${adj.a.interface.name} -- ${adj.b.device.hostname} ${adj.b.interface.name} (${adj.reason})`,
  );
}

const r1 = (): Device =>
  ios(
    'r1',
    `interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.252
interface GigabitEthernet0/1
 ip address 10.1.0.1 255.255.255.0
interface GigabitEthernet0/2
 ip address 198.51.100.0 255.255.255.254
interface GigabitEthernet0/3
 no ip address
interface Loopback0
 ip address 10.255.0.1 255.255.255.255
`,
  );

const r2 = (): Device =>
  ios(
    'r2',
    `interface GigabitEthernet0/0
 ip address 192.0.2.2 255.255.255.252
interface GigabitEthernet0/1
 ip address 10.1.0.2 255.255.255.0
interface GigabitEthernet0/2
 ip address 198.51.100.1 255.255.255.254
interface Loopback0
 ip address 10.255.0.1 255.255.255.255
`,
  );

describe('L3 interfaces', () => {
  it('lists interfaces with an address that are not shut down, with VRF and connected subnets', () => {
    const router = ios(
      'r',
      `interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ip address 192.0.3.1 255.255.255.0 secondary
interface GigabitEthernet0/1
 ip address 10.0.0.1 255.255.255.0
 shutdown
interface GigabitEthernet0/2
 no ip address
interface GigabitEthernet0/3
 ip unnumbered Loopback0
interface GigabitEthernet0/4
 ip address dhcp
interface Loopback0
 ip address 10.255.0.1 255.255.255.255
`,
    );
    const topology = buildTopology([router]);
    const listed = topology.l3Interfaces.map((l3) => [
      l3.interface.name,
      l3.vrf,
      l3.subnets.map((s) => `${s.address}/${s.length}`),
      l3.borrowedFrom ?? '',
    ]);
    expect(listed).toEqual([
      ['GigabitEthernet0/0', '', [`${0xc0000200}/24`, `${0xc0000300}/24`], ''],
      ['GigabitEthernet0/3', '', [], 'Loopback0'],
      ['GigabitEthernet0/4', '', [], ''],
      ['Loopback0', '', [`${0x0aff0001}/32`], ''],
    ]);
    // The unnumbered interface answers on its lender's address but holds no subnet of its own.
    expect(topology.l3Interface(router, 'Gi0/3')!.addresses.map((a) => a.address)).toEqual([0x0aff0001]);
  });
});

describe('point-to-point subnets', () => {
  it('makes the two ends of a /30 and a /31 neighbours, but not a /24 without a link', () => {
    const a = r1();
    const b = r2();
    const topology = buildTopology([a, b]);
    expect(pairs(topology)).toEqual([
      'r1 GigabitEthernet0/0 -- r2 GigabitEthernet0/0 (point-to-point-subnet)',
      'r1 GigabitEthernet0/2 -- r2 GigabitEthernet0/2 (point-to-point-subnet)',
    ]);
    expect(topology.diagnostics).toEqual([]);
  });

  it('finds the neighbour owning a next hop, or every neighbour of a connected destination', () => {
    const a = r1();
    const b = r2();
    const topology = buildTopology([a, b]);
    const owner = topology.neighborOf(a, 'Gi0/0', '192.0.2.2');
    expect(owner.map((n) => [n.device.hostname, n.interface.name])).toEqual([['r2', 'GigabitEthernet0/0']]);
    expect(topology.neighborOf(a, 'GigabitEthernet0/0').map((n) => n.device)).toEqual([b]);
    expect(topology.neighborOf(a, 'Gi0/0', '192.0.2.3')).toEqual([]);
    // Same /24 on both, but nothing shows they share a wire.
    expect(topology.neighborOf(a, 'Gi0/1')).toEqual([]);
    // The same loopback /32 on two routers (anycast) is no link.
    expect(topology.neighborOf(a, 'Loopback0')).toEqual([]);
  });

  it('does not guess when the same /30 appears on more than two devices, and says so', () => {
    const r3 = ios('r3', 'interface GigabitEthernet0/0\n ip address 192.0.2.2 255.255.255.252\n');
    const topology = buildTopology([r1(), r2(), r3]);
    expect(pairs(topology)).toEqual(['r1 GigabitEthernet0/2 -- r2 GigabitEthernet0/2 (point-to-point-subnet)']);
    const ambiguous = topology.diagnostics.filter((d) => d.code === 'ambiguous-point-to-point');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]!.reason).toContain('192.0.2.0/30');
    expect(ambiguous[0]!.reason).toContain('links.csv');
  });

  it('reports the same address on both ends (two exports of one device?) instead of linking them', () => {
    const twin = ios('twin', 'interface GigabitEthernet0/0\n ip address 192.0.2.1 255.255.255.252\n');
    const topology = buildTopology([r1(), twin]);
    expect(topology.adjacencies).toEqual([]);
    const duplicate = topology.diagnostics.filter((d) => d.code === 'duplicate-address');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ file: 'r1.cfg', line: 2, text: 'interface GigabitEthernet0/0', level: 'info' });
    expect(duplicate[0]!.reason).toContain('r1 GigabitEthernet0/0 and twin GigabitEthernet0/0 both hold 192.0.2.1 in 192.0.2.0/30');
  });

  it('ignores a shut-down end', () => {
    const down = ios('r2', 'interface GigabitEthernet0/0\n ip address 192.0.2.2 255.255.255.252\n shutdown\n');
    expect(buildTopology([r1(), down]).adjacencies).toEqual([]);
  });

  it('trusts a link over the address guess', () => {
    // r1's /30 port is wired (links.csv) to a switch access port; r2's same /30 must be elsewhere.
    const sw = ios('sw', 'interface GigabitEthernet1/0/1\n switchport access vlan 5\n switchport mode access\n');
    const link = {
      a: { device: 'r1', interface: 'Gi0/0' },
      b: { device: 'sw', interface: 'Gi1/0/1' },
      source: { file: 'links.csv', line: 2, text: 'r1,Gi0/0,sw,Gi1/0/1' },
    };
    const topology = buildTopology([r1(), r2(), sw], [link]);
    expect(pairs(topology)).toEqual(['r1 GigabitEthernet0/2 -- r2 GigabitEthernet0/2 (point-to-point-subnet)']);
  });
});
