import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import type { Device } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

function ios(hostname: string, body: string): Device {
  return ciscoIosParser.parse(`hostname ${hostname}\n${body}`, `${hostname}.cfg`).device;
}

/** Two VRFs reusing the same /30 towards the same neighbour, plus a global loopback. */
const pe = (hostname: string, host: number, vrfs: string[]): Device =>
  ios(
    hostname,
    vrfs
      .map(
        (vrf, i) => `interface GigabitEthernet0/${i}
 vrf forwarding ${vrf}
 ip address 10.0.0.${host} 255.255.255.252
`,
      )
      .join('') +
      `interface Loopback0
 ip address 10.255.0.${host} 255.255.255.255
ip route vrf KOUMU 10.10.0.0 255.255.0.0 10.0.0.${3 - host}
ip route vrf GAKUSHU 0.0.0.0 0.0.0.0 10.0.0.${3 - host}
ip route 192.168.0.0 255.255.0.0 10.0.0.${3 - host}
`,
  );

describe('VRF separation', () => {
  const a = pe('pe1', 1, ['KOUMU', 'GAKUSHU']);
  const b = pe('pe2', 2, ['KOUMU', 'GAKUSHU']);
  const c = pe('pe3', 2, ['GUEST']);
  const topology = buildTopology([a, b, c]);

  it('makes the same subnet adjacent only within the same VRF', () => {
    expect(
      topology.adjacencies.map((adj) => `${adj.a.device.hostname} ${adj.a.vrf} -- ${adj.b.device.hostname} ${adj.b.vrf}`),
    ).toEqual(['pe1 KOUMU -- pe2 KOUMU', 'pe1 GAKUSHU -- pe2 GAKUSHU']);
    expect(topology.neighborOf(c, 'Gi0/0')).toEqual([]);
  });

  it('keeps one forwarding table per VRF and resolves next hops inside it', () => {
    expect(topology.vrfsOf(a)).toEqual(['', 'GAKUSHU', 'KOUMU']);
    const koumu = topology.lookup(a, 'KOUMU', '10.10.1.1')!;
    expect(koumu.paths.map((p) => p.action === 'forward' && `${p.egress.interface.name} ${p.egress.vrf} ${p.nextHop}`)).toEqual([
      'GigabitEthernet0/0 KOUMU 10.0.0.2',
    ]);
    // The KOUMU table has no default route; the GAKUSHU one does.
    expect(topology.lookup(a, 'KOUMU', '8.8.8.8')).toBeUndefined();
    expect(topology.lookup(a, 'GAKUSHU', '8.8.8.8')!.cidr).toBe('0.0.0.0/0');
    // The global table holds the loopback only: 10.0.0.0/30 lives in the VRFs.
    expect(topology.entries(a, '').map((e) => e.cidr)).toEqual(['10.255.0.1/32']);
    expect(topology.lookup(a, '', '10.0.0.2')).toBeUndefined();
  });

  it('reports a global route whose next hop is reachable only inside a VRF', () => {
    const unreachable = topology.inactiveRoutes.filter((r) => r.device === a).map((r) => [r.route.prefix, r.reason]);
    expect(unreachable).toEqual([['192.168.0.0', 'next-hop-unreachable']]);
  });

  it('finds address owners per VRF', () => {
    expect(topology.ownersOf('10.0.0.2').map((l3) => `${l3.device.hostname} ${l3.vrf}`)).toEqual(['pe2 KOUMU', 'pe2 GAKUSHU', 'pe3 GUEST']);
    expect(topology.ownersOf('10.0.0.2', 'GUEST').map((l3) => l3.device)).toEqual([c]);
  });
});
