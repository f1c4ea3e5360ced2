import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import type { L2Domain, Topology } from '../../../src/analysis/topology/types.js';
import type { Device, ManualLink } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

function ios(hostname: string, body: string): Device {
  return ciscoIosParser.parse(`hostname ${hostname}\n${body}`, `${hostname}.cfg`).device;
}

let linkLine = 1;
function link(a: string, aIf: string, b: string, bIf: string): ManualLink {
  linkLine++;
  return { a: { device: a, interface: aIf }, b: { device: b, interface: bIf }, source: { file: 'links.csv', line: linkLine, text: `${a},${aIf},${b},${bIf}` } };
}

function memberNames(domain: L2Domain | undefined): string[] {
  return (domain?.members ?? []).map((m) => `${m.device.hostname} ${m.interface.name} ${m.role}${m.vlan === undefined ? '' : ` ${m.vlan}`}`).sort();
}

function pairs(topology: Topology): string[] {
  return topology.adjacencies.map(
    (adj) => `${adj.a.device.hostname} ${adj.a.interface.name} -- ${adj.b.device.hostname} ${adj.b.interface.name} (${adj.reason})`,
  );
}

/** A core L3 switch: SVIs for VLAN 10, 20 and 99, a staff port, a trunk to the access switch. */
const core = (): Device =>
  ios(
    'core',
    `ip routing
vlan 10
vlan 20
vlan 99
interface GigabitEthernet1/0/1
 switchport access vlan 10
 switchport mode access
interface GigabitEthernet1/0/2
 switchport access vlan 20
 switchport mode access
interface GigabitEthernet1/0/3
 switchport access vlan 10
 switchport mode access
 shutdown
interface GigabitEthernet1/0/24
 switchport trunk allowed vlan 10,20,99
 switchport mode trunk
interface Vlan10
 ip address 10.0.10.1 255.255.255.0
interface Vlan20
 ip address 10.0.20.1 255.255.255.0
interface Vlan99
 ip address 10.0.99.1 255.255.255.0
`,
  );

/** An access switch: VLAN 10 and 99 only, managed on Vlan99, default gateway the core. */
const access = (uplinkMode = ' switchport trunk allowed vlan 10,99\n switchport mode trunk\n'): Device =>
  ios(
    'acc',
    `vlan 10
vlan 99
interface GigabitEthernet0/1
 switchport access vlan 10
 switchport mode access
interface GigabitEthernet0/23
 switchport trunk allowed vlan 10
 switchport mode trunk
interface GigabitEthernet0/24
${uplinkMode}interface Vlan99
 ip address 10.0.99.11 255.255.255.0
ip default-gateway 10.0.99.1
`,
  );

describe('VLAN domains within one switch', () => {
  it('puts the SVI, the access ports and the trunks carrying the VLAN in one domain', () => {
    const sw = core();
    const topology = buildTopology([sw]);
    expect(memberNames(topology.vlanDomain(sw, 10))).toEqual([
      'core GigabitEthernet1/0/1 access 10',
      'core GigabitEthernet1/0/24 trunk 10',
      'core Vlan10 svi 10',
    ]);
    expect(topology.domainOf(sw, 'Gi1/0/1')).toBe(topology.vlanDomain(sw, 10));
    expect(topology.domainOf(sw, 'Vlan20')).toBe(topology.vlanDomain(sw, 20));
    expect(topology.vlanDomain(sw, 10)).not.toBe(topology.vlanDomain(sw, 20));
    // A shut-down port forwards nothing and belongs to no domain.
    expect(topology.domainOf(sw, 'Gi1/0/3')).toBeUndefined();
    expect(topology.l3Interface(sw, 'Vlan10')!.domainId).toBe(topology.vlanDomain(sw, 10)!.id);
  });
});

describe('VLAN domains across switches', () => {
  it('keeps VLAN 10 of two switches apart when no link joins them', () => {
    const a = core();
    const b = access();
    const topology = buildTopology([a, b]);
    expect(topology.vlanDomain(a, 10)).toBeDefined();
    expect(topology.vlanDomain(b, 10)).toBeDefined();
    expect(topology.vlanDomain(a, 10)).not.toBe(topology.vlanDomain(b, 10));
    expect(topology.vlanDomain(a, 99)!.devices).toEqual([a]);
    expect(topology.adjacencies).toEqual([]);
  });

  it('joins the VLANs both trunks carry when links.csv connects them, and makes the SVIs neighbours', () => {
    const a = core();
    const b = access();
    const topology = buildTopology([a, b], [link('core', 'Gi1/0/24', 'ACC', 'gi0/24')]);
    expect(topology.links).toHaveLength(1);
    expect(topology.vlanDomain(a, 10)).toBe(topology.vlanDomain(b, 10));
    expect(topology.vlanDomain(a, 99)).toBe(topology.vlanDomain(b, 99));
    expect(topology.vlanDomain(a, 10)!.devices).toEqual([a, b]);
    // The access switch does not allow VLAN 20: it stays on the core.
    expect(topology.vlanDomain(a, 20)!.devices).toEqual([a]);
    expect(topology.domainOf(b, 'Gi0/1')).toBe(topology.vlanDomain(a, 10));
    expect(memberNames(topology.vlanDomain(a, 99))).toEqual([
      'acc GigabitEthernet0/24 trunk 99',
      'acc Vlan99 svi 99',
      'core GigabitEthernet1/0/24 trunk 99',
      'core Vlan99 svi 99',
    ]);
    expect(pairs(topology)).toEqual(['core Vlan99 -- acc Vlan99 (shared-segment)']);
    expect(topology.neighborOf(b, 'Vlan99', '10.0.99.1').map((n) => n.interface.name)).toEqual(['Vlan99']);
    expect(topology.diagnostics).toEqual([]);
  });

  it('follows a VLAN through several links to a router sub-interface (router on a stick)', () => {
    const a = core();
    const b = access();
    const router = ios(
      'rt',
      `interface GigabitEthernet0/0
 no ip address
interface GigabitEthernet0/0.10
 encapsulation dot1Q 10
 ip address 10.0.10.254 255.255.255.0
interface GigabitEthernet0/0.30
 encapsulation dot1Q 30
 ip address 10.0.30.254 255.255.255.0
`,
    );
    const topology = buildTopology([a, b, router], [link('core', 'Gi1/0/24', 'acc', 'Gi0/24'), link('acc', 'Gi0/23', 'rt', 'Gi0/0')]);
    expect(topology.domainOf(router, 'Gi0/0.10')).toBe(topology.vlanDomain(a, 10));
    expect(pairs(topology)).toContain('core Vlan10 -- rt GigabitEthernet0/0.10 (shared-segment)');
    // VLAN 30 is not carried by the access switch's port.
    expect(topology.domainOf(router, 'Gi0/0.30')!.devices).toEqual([router]);
  });

  it('joins untagged frames: a trunk native VLAN meets the access VLAN of the port at the other end', () => {
    const sw = ios(
      'sw1',
      `interface GigabitEthernet0/1
 switchport trunk native vlan 999
 switchport trunk allowed vlan 10,999
 switchport mode trunk
`,
    );
    const other = ios('sw2', 'interface GigabitEthernet0/1\n switchport access vlan 5\n switchport mode access\n');
    const topology = buildTopology([sw, other], [link('sw1', 'Gi0/1', 'sw2', 'Gi0/1')]);
    const joined = topology.vlanDomain(other, 5);
    expect(topology.vlanDomain(sw, 999)).toBe(joined);
    expect(joined!.vlans).toEqual([5, 999]);
    expect(memberNames(joined)).toEqual(['sw1 GigabitEthernet0/1 trunk 999', 'sw2 GigabitEthernet0/1 access 5']);
  });

  it('negotiates a trunk on a Catalyst port left at its default (dynamic auto) unless the peer sends no DTP', () => {
    const dynamic = ' switchport trunk allowed vlan 10,99\n';
    const negotiated = buildTopology([core(), access(dynamic)], [link('core', 'Gi1/0/24', 'acc', 'Gi0/24')]);
    const [a, b] = negotiated.devices as [Device, Device];
    expect(negotiated.vlanDomain(a, 10)).toBe(negotiated.vlanDomain(b, 10));

    const silentCore = core();
    silentCore.interfaces.find((i) => i.name === 'GigabitEthernet1/0/24')!.switchport!.nonegotiate = true;
    const silent = buildTopology([silentCore, access(dynamic)], [link('core', 'Gi1/0/24', 'acc', 'Gi0/24')]);
    const b2 = silent.devices[1]!;
    expect(silent.vlanDomain(silentCore, 10)).not.toBe(silent.vlanDomain(b2, 10));
    // The port stayed access in VLAN 1; the core trunk drops untagged frames (native VLAN 1 is not allowed).
    expect(silent.domainOf(b2, 'Gi0/24')!.devices).toEqual([b2]);
  });

  it('carries nothing over a link whose port is shut down', () => {
    const b = access(' switchport trunk allowed vlan 10,99\n switchport mode trunk\n shutdown\n');
    const a = core();
    const topology = buildTopology([a, b], [link('core', 'Gi1/0/24', 'acc', 'Gi0/24')]);
    expect(topology.vlanDomain(a, 10)).not.toBe(topology.vlanDomain(b, 10));
  });

  it('uses the port-channel settings for a link drawn on a member port', () => {
    const a = ios(
      'sw1',
      `interface Port-channel1
 switchport trunk allowed vlan 10
 switchport mode trunk
interface GigabitEthernet0/1
 channel-group 1 mode active
interface Vlan10
 ip address 10.0.10.2 255.255.255.0
`,
    );
    const b = ios(
      'sw2',
      `interface GigabitEthernet0/1
 switchport trunk allowed vlan 10
 switchport mode trunk
interface Vlan10
 ip address 10.0.10.3 255.255.255.0
`,
    );
    const topology = buildTopology([a, b], [link('sw1', 'Gi0/1', 'sw2', 'Gi0/1')]);
    expect(topology.vlanDomain(a, 10)).toBe(topology.vlanDomain(b, 10));
    expect(pairs(topology)).toEqual(['sw1 Vlan10 -- sw2 Vlan10 (shared-segment)']);
  });

  it('reports a duplicate address on a joined segment', () => {
    const a = core();
    const b = access();
    b.interfaces.find((i) => i.name === 'Vlan99')!.addresses[0]!.address = '10.0.99.1';
    const topology = buildTopology([a, b], [link('core', 'Gi1/0/24', 'acc', 'Gi0/24')]);
    const duplicates = topology.diagnostics.filter((d) => d.code === 'duplicate-address');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.reason).toContain('10.0.99.1');
    expect(duplicates[0]!.reason).toContain('acc Vlan99');
  });

  it('reports links.csv rows that name unknown devices or interfaces, and keeps the rest', () => {
    const a = core();
    const b = access();
    const rows = [link('core', 'Gi1/0/24', 'acc', 'Gi0/24'), link('nosuch', 'Gi0/1', 'acc', 'Gi0/1'), link('core', 'Gi9/9/9', 'acc', 'Gi0/1')];
    const topology = buildTopology([a, b], rows);
    expect(topology.links.map((l) => l.link)).toEqual([rows[0]]);
    const unresolved = topology.diagnostics.filter((d) => d.code === 'link-unresolved');
    expect(unresolved.map((d) => d.line)).toEqual([rows[1]!.source.line, rows[2]!.source.line]);
    expect(unresolved[0]!.reason).toContain('"nosuch"');
    expect(unresolved[1]!.reason).toContain('"Gi9/9/9"');
  });

  it('finds a device by its config file name as well as its hostname', () => {
    const a = core();
    const b = access();
    const topology = buildTopology([a, b], [link('core.cfg', 'Gi1/0/24', 'acc', 'Gi0/24')]);
    expect(topology.vlanDomain(a, 10)).toBe(topology.vlanDomain(b, 10));
  });
});
