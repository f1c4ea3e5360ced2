import type { Device } from '../../model/index.js';
import { type PacketSet, PacketSpace } from '../packet/packet-set.js';
import type { FibEntry, FibPath, L3Interface, Topology } from '../topology/types.js';
import { AddressSets } from './address-sets.js';
import { EdgePorts } from './edge-ports.js';
import { InterfaceFilters } from './interface-filters.js';
import type { HopRoute } from './types.js';

export const LIMITED_BROADCAST = '255.255.255.255';

/**
 * Everything symbolic forwarding and concrete traces share for one run: one packet space, the
 * topology, the compiled interface filters and the address sets. Build one per run.
 */
export class ForwardingModel {
  readonly filters: InterfaceFilters;
  readonly addresses: AddressSets;
  /** Switch-port filters limiting what a segment's hosts send (edge-ports.ts). */
  readonly edges: EdgePorts;
  private readonly byDevice = new Map<Device, L3Interface[]>();
  private readonly tables = new Map<Device, Map<string, FibEntry[]>>();
  private broadcast?: PacketSet;
  private readonly addressedTo = new Map<number, PacketSet>();
  private readonly own = new Map<Device, Map<string, L3Interface[]>>();

  constructor(
    readonly topology: Topology,
    readonly space: PacketSpace = new PacketSpace(),
  ) {
    this.filters = new InterfaceFilters(space);
    this.addresses = new AddressSets(space);
    this.edges = new EdgePorts(topology, this.filters);
    for (const l3 of topology.l3Interfaces) {
      const list = this.byDevice.get(l3.device) ?? [];
      list.push(l3);
      this.byDevice.set(l3.device, list);
    }
  }

  /** The device's routed interfaces that hold addresses of their own in the VRF. */
  ownInterfaces(device: Device, vrf: string): L3Interface[] {
    const key = `${vrf}`;
    let byVrf = this.own.get(device);
    if (byVrf === undefined) {
      byVrf = new Map();
      this.own.set(device, byVrf);
    }
    let list = byVrf.get(key);
    if (list === undefined) {
      list = (this.byDevice.get(device) ?? []).filter((l3) => l3.vrf === vrf && l3.borrowedFrom === undefined && l3.addresses.length > 0);
      byVrf.set(key, list);
    }
    return list;
  }

  /** The device's forwarding table for the VRF, longest prefix first (read once per run). */
  entries(device: Device, vrf: string): FibEntry[] {
    let byVrf = this.tables.get(device);
    if (byVrf === undefined) {
      byVrf = new Map();
      this.tables.set(device, byVrf);
    }
    let entries = byVrf.get(vrf);
    if (entries === undefined) {
      entries = this.topology.entries(device, vrf);
      byVrf.set(vrf, entries);
    }
    return entries;
  }

  /**
   * Packets to the limited broadcast address 255.255.255.255: a router takes them itself and never
   * forwards them (RFC 919, RFC 1812 §5.3.5.1).
   */
  get limitedBroadcast(): PacketSet {
    return (this.broadcast ??= this.space.address('dst', { kind: 'prefix', address: LIMITED_BROADCAST, length: 32, family: 4 }));
  }

  /** Packets addressed to one of the interface's own addresses. */
  addressedToInterface(l3: L3Interface): PacketSet {
    let set = this.addressedTo.get(l3.id);
    if (set === undefined) {
      set = this.addresses.hosts('dst', l3.addresses);
      this.addressedTo.set(l3.id, set);
    }
    return set;
  }

  /** Routed interfaces of a device. */
  interfacesOf(device: Device): L3Interface[] {
    return this.byDevice.get(device) ?? [];
  }
}

export function hopRoute(cidr: string, path: FibPath): HopRoute {
  const route: HopRoute = { cidr, origin: path.origin, source: path.source };
  if (path.action === 'forward' && path.nextHop !== undefined) route.nextHop = path.nextHop;
  return route;
}
