import type { Device, Diagnostic, ManualLink } from '../../model/index.js';
import type { Prefix } from '../../net/prefix.js';
import { addressKey, parseHost } from './addresses.js';
import { findSubnetAdjacencies } from './adjacency.js';
import { interfacesOf } from './device-interfaces.js';
import { buildFibs } from './fib.js';
import { buildL2Domains } from './l2-domains.js';
import { collectL3Interfaces } from './l3-interfaces.js';
import { resolveManualLinks } from './manual-links.js';
import { findTunnelAdjacencies } from './tunnels.js';
import type { L3Adjacency, L3Interface, Topology } from './types.js';

/**
 * Topology and forwarding of the whole input, built once per run: L3 interfaces, broadcast domains
 * (joined across devices by links.csv), L3 adjacencies (shared segments, point-to-point subnets,
 * tunnels) and a forwarding table per device and VRF. Problems become diagnostics, never exceptions.
 */
export function buildTopology(devices: Device[], manualLinks: ManualLink[] = []): Topology {
  const diagnostics: Diagnostic[] = [];
  const l3Interfaces = collectL3Interfaces(devices);
  const links = resolveManualLinks(devices, manualLinks, diagnostics);
  const l2 = buildL2Domains(devices, links);
  for (const l3 of l3Interfaces) {
    const domain = l2.domainOf(l3.device, l3.interface);
    if (domain !== undefined) l3.domainId = domain.id;
  }

  const owners = new Map<string, L3Interface[]>();
  for (const l3 of l3Interfaces) {
    if (l3.borrowedFrom !== undefined) continue; // the lender owns the address
    for (const address of l3.addresses) {
      const list = owners.get(addressKey(address)) ?? [];
      list.push(l3);
      owners.set(addressKey(address), list);
    }
  }
  const ownersOfPrefix = (address: Prefix): L3Interface[] => owners.get(addressKey(address)) ?? [];

  const adjacencies = [
    ...findSubnetAdjacencies(l3Interfaces, l2.domains, diagnostics),
    ...findTunnelAdjacencies(l3Interfaces, ownersOfPrefix, diagnostics),
  ];
  const adjacencyIndex = new Map<L3Interface, L3Adjacency[]>();
  for (const adjacency of adjacencies) {
    for (const end of [adjacency.a, adjacency.b]) {
      const list = adjacencyIndex.get(end) ?? [];
      list.push(adjacency);
      adjacencyIndex.set(end, list);
    }
  }

  const l3ByDevice = new Map<Device, Map<string, L3Interface>>();
  for (const l3 of l3Interfaces) {
    const byName = l3ByDevice.get(l3.device) ?? new Map<string, L3Interface>();
    byName.set(l3.interface.name, l3);
    l3ByDevice.set(l3.device, byName);
  }
  const l3Interface = (device: Device, interfaceName: string): L3Interface | undefined => {
    const iface = interfacesOf(device).named(interfaceName);
    return iface === undefined ? undefined : l3ByDevice.get(device)?.get(iface.name);
  };

  const { tables, inactiveRoutes } = buildFibs(devices, l3Interfaces, diagnostics);

  return {
    devices,
    l3Interfaces,
    l2Domains: l2.domains,
    adjacencies,
    links,
    inactiveRoutes,
    diagnostics,
    l3Interface,
    adjacenciesOf: (l3) => adjacencyIndex.get(l3) ?? [],
    neighborOf(device, interfaceName, nextHop) {
      const l3 = l3Interface(device, interfaceName);
      if (l3 === undefined) return [];
      const neighbors = (adjacencyIndex.get(l3) ?? []).map((adj) => (adj.a === l3 ? adj.b : adj.a));
      if (nextHop === undefined) return neighbors;
      const hop = parseHost(nextHop);
      if (hop === undefined) return [];
      const key = addressKey(hop);
      return neighbors.filter((n) => n.addresses.some((a) => addressKey(a) === key));
    },
    lookup(device, vrf, destination) {
      const address = parseHost(destination);
      if (address === undefined) return undefined;
      return tables.get(device)?.get(vrf)?.containing(address)[0];
    },
    entries: (device, vrf) => tables.get(device)?.get(vrf)?.values() ?? [],
    vrfsOf: (device) => [...(tables.get(device)?.keys() ?? [])].sort(),
    ownersOf(address, vrf) {
      const host = parseHost(address);
      if (host === undefined) return [];
      return ownersOfPrefix(host).filter((l3) => vrf === undefined || l3.vrf === vrf);
    },
    domainOf(device, interfaceName) {
      const iface = interfacesOf(device).named(interfaceName);
      return iface === undefined ? undefined : l2.domainOf(device, iface);
    },
    vlanDomain: (device, vlan) => l2.vlanDomain(device, vlan),
  };
}
