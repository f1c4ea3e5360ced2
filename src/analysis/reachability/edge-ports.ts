import type { Device, Interface } from '../../model/index.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L2Domain, L3Interface, Topology } from '../topology/types.js';
import type { InterfaceFilters } from './interface-filters.js';
import type { BoundFilter } from './types.js';

/** A switch port where hosts of a segment plug in, with the filters its ingress applies. */
export interface EdgePort {
  device: Device;
  port: Interface;
  filters: BoundFilter[];
  permitted: PacketSet;
}

/** What the hosts of a segment can send at all, when every edge port of it filters. */
export interface EdgeIngress {
  ports: EdgePort[];
  /** Union over the ports of what each lets in. */
  permitted: PacketSet;
}

/**
 * Port ACLs of layer-2 switches (AlliedWare Plus `access-group` on `port1.0.x`, IOS port ACLs) act
 * before the packets reach any routed interface: hosts of a VLAN send only what the port they plug
 * into lets in. A segment's hosts can therefore send the union of what its edge ports let in — and
 * everything as soon as one edge port has no filter, or when the segment has no modelled switch
 * port at all (hosts behind gear not in the input).
 *
 * Edge ports are the access ports of the segment and its trunks that no links.csv row ties to
 * another audited device (an unknown switch hangs there). Routed members (SVIs, routed ports,
 * sub-interfaces) and linked ports are not edges: their traffic comes from elsewhere in the model.
 * This only limits where traffic *starts*; packets routed into a segment are not judged by its
 * switch ports (port ACLs here are ingress only).
 */
export class EdgePorts {
  private readonly domains = new Map<number, L2Domain>();
  private readonly linked = new Set<Interface>();
  private readonly cache = new Map<number, EdgeIngress | null>();

  constructor(
    topology: Topology,
    private readonly filters: InterfaceFilters,
  ) {
    for (const domain of topology.l2Domains) this.domains.set(domain.id, domain);
    for (const link of topology.links) {
      this.linked.add(link.a.interface);
      this.linked.add(link.b.interface);
    }
  }

  /** The edge of the segment an interface routes for; undefined when its hosts are unfiltered. */
  of(l3: L3Interface): EdgeIngress | undefined {
    if (l3.domainId === undefined) return undefined;
    let found = this.cache.get(l3.domainId);
    if (found === undefined) {
      found = this.compute(this.domains.get(l3.domainId)) ?? null;
      this.cache.set(l3.domainId, found);
    }
    return found ?? undefined;
  }

  private compute(domain: L2Domain | undefined): EdgeIngress | undefined {
    if (domain === undefined) return undefined;
    const edges = domain.members.filter(
      (m) => (m.role === 'access' || m.role === 'voice' || m.role === 'trunk') && !this.linked.has(m.interface),
    );
    if (edges.length === 0) return undefined;
    const ports: EdgePort[] = [];
    const seen = new Set<Interface>();
    for (const member of edges) {
      if (seen.has(member.interface)) continue;
      seen.add(member.interface);
      const filters = this.filters.filtersOn(member.device, member.interface, 'in').filter((b) => b.compiled !== undefined);
      if (filters.length === 0) return undefined;
      ports.push({ device: member.device, port: member.interface, filters, permitted: this.filters.passing(filters) });
    }
    const permitted = ports.slice(1).reduce((set, p) => set.union(p.permitted), ports[0]!.permitted);
    return { ports, permitted };
  }
}
