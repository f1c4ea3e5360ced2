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

/** Head office: GRE to the branch from its WAN port, plus tunnels that lead nowhere known. */
const hq = (): Device =>
  ios(
    'hq',
    `interface GigabitEthernet0/0
 ip address 198.51.100.1 255.255.255.0
interface Loopback0
 ip address 10.255.0.1 255.255.255.255
interface Tunnel1
 ip address 172.16.0.1 255.255.255.252
 tunnel source GigabitEthernet0/0
 tunnel destination 203.0.113.2
interface Tunnel2
 ip address 172.16.0.5 255.255.255.252
 tunnel source GigabitEthernet0/0
 tunnel destination 192.0.2.99
interface Tunnel3
 ip address 172.16.0.9 255.255.255.252
 tunnel source Loopback0
 tunnel destination 203.0.113.2
ip route 0.0.0.0 0.0.0.0 198.51.100.254
ip route 10.20.0.0 255.255.0.0 172.16.0.2
`,
  );

/** Branch: an IPsec VTI whose source is written as an address. */
const branch = (): Device =>
  ios(
    'branch',
    `interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.0
interface GigabitEthernet0/1
 ip address 10.20.0.1 255.255.255.0
interface Tunnel1
 ip address 172.16.0.2 255.255.255.252
 tunnel source 203.0.113.2
 tunnel mode ipsec ipv4
 tunnel destination 198.51.100.1
ip route 0.0.0.0 0.0.0.0 203.0.113.254
ip route 10.0.0.0 255.0.0.0 Tunnel1
`,
  );

describe('tunnels as links', () => {
  it('links two tunnel interfaces whose source and destination point at each other', () => {
    const topology = buildTopology([hq(), branch()]);
    expect(pairs(topology)).toEqual(['hq Tunnel1 -- branch Tunnel1 (tunnel)']);
    const [head] = topology.devices as [Device];
    expect(topology.neighborOf(head, 'Tu1', '172.16.0.2').map((n) => `${n.device.hostname} ${n.interface.name}`)).toEqual(['branch Tunnel1']);
  });

  it('forwards over the tunnel: a static route via the tunnel peer resolves to the tunnel interface', () => {
    const topology = buildTopology([hq(), branch()]);
    const [head, remote] = topology.devices as [Device, Device];
    const toBranch = topology.lookup(head, '', '10.20.0.9')!;
    expect(toBranch.cidr).toBe('10.20.0.0/16');
    expect(toBranch.paths).toMatchObject([{ action: 'forward', nextHop: '172.16.0.2', origin: 'static' }]);
    const path = toBranch.paths[0]!;
    expect(path.action === 'forward' && path.egress.interface.name).toBe('Tunnel1');
    const back = topology.lookup(remote, '', '10.1.2.3')!;
    expect(back.paths.map((p) => (p.action === 'forward' ? [p.egress.interface.name, p.nextHop] : []))).toEqual([['Tunnel1', undefined]]);
    expect(topology.neighborOf(remote, 'Tunnel1').map((n) => n.device)).toEqual([head]);
  });

  it('reports a tunnel whose peer is not among the devices, and one whose peer does not point back', () => {
    const topology = buildTopology([hq(), branch()]);
    const missing = topology.diagnostics.filter((d) => d.code === 'tunnel-peer-missing');
    expect(missing.map((d) => [d.file, d.line, d.text])).toEqual([
      ['hq.cfg', 10, 'interface Tunnel2'],
      ['hq.cfg', 14, 'interface Tunnel3'],
    ]);
    expect(missing[0]!.reason).toContain('192.0.2.99 is not among the devices');
    expect(missing[1]!.reason).toContain('branch owns 203.0.113.2');
  });

  it('links spokes to a multipoint hub tunnel that has no destination', () => {
    const hub = ios(
      'hub',
      `interface GigabitEthernet0/0
 ip address 198.51.100.1 255.255.255.0
interface Tunnel0
 ip address 172.16.100.1 255.255.255.0
 tunnel source GigabitEthernet0/0
 tunnel mode gre multipoint
`,
    );
    const spoke = (name: string, wan: string, inner: string): Device =>
      ios(
        name,
        `interface GigabitEthernet0/0
 ip address ${wan} 255.255.255.0
interface Tunnel0
 ip address ${inner} 255.255.255.0
 tunnel source GigabitEthernet0/0
 tunnel destination 198.51.100.1
`,
      );
    const topology = buildTopology([hub, spoke('s1', '203.0.113.1', '172.16.100.11'), spoke('s2', '192.0.2.1', '172.16.100.12')]);
    expect(pairs(topology)).toEqual(['s1 Tunnel0 -- hub Tunnel0 (tunnel)', 's2 Tunnel0 -- hub Tunnel0 (tunnel)']);
    expect(topology.diagnostics).toEqual([]);
  });
});

describe('tunnels without an address of their own', () => {
  // Route-based IPsec as Yamaha RTX and FortiGate build it: no tunnel address, routes name the tunnel.
  const a = (): Device =>
    ios('a', `interface GigabitEthernet0/0
 ip address 198.51.100.1 255.255.255.0
interface GigabitEthernet0/1
 ip address 10.1.0.1 255.255.255.0
interface Tunnel1
 no ip address
 tunnel source GigabitEthernet0/0
 tunnel destination 203.0.113.2
ip route 10.2.0.0 255.255.255.0 Tunnel1
`);
  const b = (): Device =>
    ios('b', `interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.0
interface GigabitEthernet0/1
 ip address 10.2.0.1 255.255.255.0
interface Tunnel1
 no ip address
 tunnel source 203.0.113.2
 tunnel destination 198.51.100.1
ip route 10.1.0.0 255.255.255.0 Tunnel1
`);

  it('still pairs the tunnels and routes out of them', () => {
    const topology = buildTopology([a(), b()]);
    expect(pairs(topology)).toEqual(['a Tunnel1 -- b Tunnel1 (tunnel)']);
    const [left] = topology.devices as [Device];
    const entry = topology.lookup(left, '', '10.2.0.9')!;
    expect(entry.paths.map((p) => (p.action === 'forward' ? p.egress.interface.name : 'discard'))).toEqual(['Tunnel1']);
    expect(topology.neighborOf(left, 'Tunnel1').map((n) => n.device.hostname)).toEqual(['b']);
  });
});
