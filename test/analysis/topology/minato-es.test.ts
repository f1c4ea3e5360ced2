import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import type { Device, ManualLink } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

const SAMPLE = resolve(__dirname, '../../../samples/minato-es');

function loadSample(): Map<string, Device> {
  const devices = new Map<string, Device>();
  for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.cfg')).sort()) {
    const { device } = ciscoIosParser.parse(readFileSync(join(SAMPLE, file), 'utf8'), file);
    devices.set(device.hostname, device);
  }
  return devices;
}

const devices = loadSample();
const rt = devices.get('minato-rt01')!;
const core = devices.get('minato-core01')!;
const acc01 = devices.get('minato-acc01')!;
const acc02 = devices.get('minato-acc02')!;
const ap = devices.get('minato-ap01')!;

describe('sample minato-es, configs only', () => {
  const topology = buildTopology([...devices.values()]);

  it('finds the router and the core adjacent on 10.10.0.0/30, and nothing else without links', () => {
    expect(
      topology.adjacencies.map((adj) => [adj.a.device.hostname, adj.a.interface.name, adj.b.device.hostname, adj.b.interface.name, adj.reason]),
    ).toEqual([['minato-core01', 'GigabitEthernet1/0/48', 'minato-rt01', 'GigabitEthernet0/0/1', 'point-to-point-subnet']]);
    expect(topology.neighborOf(rt, 'Gi0/0/1', '10.10.0.1').map((n) => `${n.device.hostname} ${n.interface.name}`)).toEqual([
      'minato-core01 GigabitEthernet1/0/48',
    ]);
  });

  it("sends the router's default route out of its Internet port", () => {
    const entry = topology.lookup(rt, '', '8.8.8.8')!;
    expect(entry.cidr).toBe('0.0.0.0/0');
    expect(entry.paths).toHaveLength(1);
    const path = entry.paths[0]!;
    expect(path.action === 'forward' && [path.egress.interface.name, path.nextHop, path.source.line]).toEqual(['GigabitEthernet0/0/0', '203.0.113.9', 147]);
    // The next hop is the provider's gateway, which is not among the devices.
    expect(topology.neighborOf(rt, 'GigabitEthernet0/0/0', '203.0.113.9')).toEqual([]);
  });

  it('routes the school LAN back to the core and the education centre into the VTI', () => {
    const lan = topology.lookup(rt, '', '10.10.10.20')!;
    expect(lan.cidr).toBe('10.10.0.0/16');
    expect(lan.paths.map((p) => p.action === 'forward' && `${p.egress.interface.name} ${p.nextHop}`)).toEqual(['GigabitEthernet0/0/1 10.10.0.1']);
    const center = topology.lookup(rt, '', '10.200.10.5')!;
    expect(center.paths.map((p) => p.action === 'forward' && `${p.egress.interface.name} ${p.nextHop ?? '-'}`)).toEqual(['Tunnel1 -']);
  });

  it('gives the core its connected VLANs and a default towards the router', () => {
    expect(topology.lookup(core, '', '10.10.30.200')!.paths.map((p) => p.action === 'forward' && p.egress.interface.name)).toEqual(['Vlan30']);
    const toInternet = topology.lookup(core, '', '8.8.8.8')!;
    expect(toInternet.paths.map((p) => p.action === 'forward' && `${p.egress.interface.name} ${p.nextHop}`)).toEqual(['GigabitEthernet1/0/48 10.10.0.2']);
    const [neighbor] = topology.neighborOf(core, 'GigabitEthernet1/0/48', '10.10.0.2');
    expect(neighbor!.device).toBe(rt);
  });

  it('keeps each switch with its own VLAN domains and reports the tunnel peer outside the sample', () => {
    expect(topology.vlanDomain(core, 99)).not.toBe(topology.vlanDomain(acc01, 99));
    expect(topology.domainOf(core, 'Gi1/0/37')).toBe(topology.vlanDomain(core, 10));
    expect(topology.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['tunnel-peer-missing', 'minato-rt01.cfg', 104]]);
  });
});

describe('sample minato-es with the trunks in links.csv', () => {
  const row = (line: number, a: string, aIf: string, b: string, bIf: string): ManualLink => ({
    a: { device: a, interface: aIf },
    b: { device: b, interface: bIf },
    source: { file: 'links.csv', line, text: `${a},${aIf},${b},${bIf}` },
  });
  const topology = buildTopology(
    [...devices.values()],
    [
      row(2, 'minato-core01', 'Te1/1/1', 'minato-acc01', 'Te1/1/1'),
      row(3, 'minato-core01', 'Te1/1/2', 'minato-acc02', 'Gi1/0/25'),
      row(4, 'minato-acc01', 'Gi1/0/23', 'minato-ap01', 'GigabitEthernet0'),
    ],
  );

  it('joins the management VLAN of all switches and the AP bridge group into one domain', () => {
    const management = topology.vlanDomain(core, 99)!;
    expect(management.devices.map((d) => d.hostname)).toEqual(['minato-acc01', 'minato-acc02', 'minato-ap01', 'minato-core01']);
    expect(topology.domainOf(ap, 'BVI1')).toBe(management);
    const coreSvi = topology.l3Interface(core, 'Vlan99')!;
    expect(
      topology
        .adjacenciesOf(coreSvi)
        .map((adj) => (adj.a === coreSvi ? adj.b : adj.a))
        .map((n) => `${n.device.hostname} ${n.interface.name}`)
        .sort(),
    ).toEqual(['minato-acc01 Vlan99', 'minato-acc02 Vlan99', 'minato-ap01 BVI1']);
  });

  it('carries the guest VLAN to the AP radios but not to the south-building switch', () => {
    const guest = topology.vlanDomain(core, 40)!;
    expect(topology.domainOf(ap, 'Dot11Radio0.40')).toBe(guest);
    expect(topology.vlanDomain(acc02, 40)).toBeUndefined();
    expect(guest.devices).not.toContain(acc02);
  });

  it("resolves the access switches' default gateway to the core's SVI", () => {
    const entry = topology.lookup(acc02, '', '10.200.1.20')!;
    expect(entry.paths.map((p) => p.action === 'forward' && `${p.egress.interface.name} ${p.nextHop}`)).toEqual(['Vlan99 10.10.99.1']);
    expect(topology.neighborOf(acc02, 'Vlan99', '10.10.99.1').map((n) => n.device)).toEqual([core]);
  });
});
