import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface } from '../topology/types.js';
import { hopRoute, type ForwardingModel } from './forwarding-model.js';
import type { Delivery, Hop } from './types.js';

interface WorkItem {
  ingress: L3Interface;
  set: PacketSet;
  hops: Hop[];
}

/**
 * Symbolic forwarding: the packets of `initial` enter at each of the `starts` interfaces (as far as
 * the switch ports of the segment let the hosts send them, edge-ports.ts) and are
 * followed through every device until they are delivered, accepted, leave the modelled network or
 * are dropped. Exact (sets, never samples). Per device:
 *
 * 1. the ingress filters of the interface;
 * 2. packets addressed to one of the device's own addresses (same VRF) or to the limited broadcast
 *    address are accepted by it;
 * 3. a device that does not route IP (`no ip routing`: an L2 switch or AP with a management
 *    address) forwards nothing else;
 * 4. the forwarding table of the interface's VRF, longest prefix first: each entry takes the part
 *    of the set whose destination is in its prefix and not taken by a longer one; every ECMP path
 *    gets that part; discard (Null) routes drop it;
 * 5. the egress filters of the egress interface and, on a firewall, its security policy for the
 *    pair of zones the packets cross (InterfaceFilters.transitFilters);
 * 6. without a next hop on a connected subnet the packets are delivered on that segment, except the
 *    part addressed to a neighbouring device there, which goes on to that device; without a next hop
 *    on a static interface route (a tunnel, a point-to-point link) they go on to every neighbour of
 *    the interface; with a next hop they go on to the neighbour owning it. A next hop (or an
 *    interface route) with no neighbour in the input means the packets exit the modelled network.
 *
 * Loops end: each ingress interface remembers the packets it has already handled and only the new
 * part continues (a fixpoint). Paths that merge at one ingress are therefore followed once.
 */
export function forward(model: ForwardingModel, starts: readonly L3Interface[], initial: PacketSet): Delivery[] {
  const { topology, filters, addresses, space } = model;
  const deliveries: Delivery[] = [];
  const handled = new Map<number, PacketSet>();
  // Hosts of a segment send only what the switch ports they plug into let in (edge-ports.ts).
  const queue: WorkItem[] = starts.map((ingress) => {
    const edge = model.edges.of(ingress);
    return { ingress, set: edge === undefined ? initial : initial.intersect(edge.permitted), hops: [] };
  });

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { ingress, hops } = next;
    const before = handled.get(ingress.id) ?? space.none();
    const fresh = next.set.subtract(before);
    if (fresh.isEmpty()) continue;
    handled.set(ingress.id, before.union(fresh));

    const device = ingress.device;
    let rest = fresh.intersect(filters.permitted(ingress, 'in'));
    if (rest.isEmpty()) continue;
    const base = { device, ingress, ingressFilters: filters.boundFilters(ingress, 'in'), egressFilters: [] };

    const broadcast = rest.intersect(model.limitedBroadcast);
    if (!broadcast.isEmpty()) {
      deliveries.push({ kind: 'accepted', hops: [...hops, { ...base }], at: ingress, set: broadcast });
      rest = rest.subtract(broadcast);
    }
    for (const own of model.ownInterfaces(device, ingress.vrf)) {
      const accepted = rest.intersect(model.addressedToInterface(own));
      if (accepted.isEmpty()) continue;
      deliveries.push({ kind: 'accepted', hops: [...hops, { ...base }], at: own, set: accepted });
      rest = rest.subtract(accepted);
    }
    if (!device.ipRouting || rest.isEmpty()) continue;

    for (const entry of model.entries(device, ingress.vrf)) {
      const part = rest.intersect(addresses.of('dst', entry.prefix));
      if (part.isEmpty()) continue;
      rest = rest.subtract(part);
      for (const path of entry.paths) {
        if (path.action === 'discard') continue;
        const egress = path.egress;
        let out = part.intersect(filters.transitPermitted(ingress, egress));
        if (out.isEmpty()) continue;
        const hop: Hop = { ...base, egress, egressFilters: filters.transitFilters(ingress, egress), route: hopRoute(entry.cidr, path) };
        const path2 = [...hops, hop];
        if (path.nextHop !== undefined) {
          const neighbors = topology.neighborOf(device, egress.interface.name, path.nextHop);
          if (neighbors.length === 0) deliveries.push({ kind: 'exited', hops: path2, at: egress, set: out });
          for (const neighbor of neighbors) queue.push({ ingress: neighbor, set: out, hops: path2 });
          continue;
        }
        const neighbors = topology.neighborOf(device, egress.interface.name);
        if (path.origin !== 'connected') {
          if (neighbors.length === 0) deliveries.push({ kind: 'exited', hops: path2, at: egress, set: out });
          for (const neighbor of neighbors) queue.push({ ingress: neighbor, set: out, hops: path2 });
          continue;
        }
        for (const neighbor of neighbors) {
          const toNeighbor = out.intersect(model.addressedToInterface(neighbor));
          if (toNeighbor.isEmpty()) continue;
          queue.push({ ingress: neighbor, set: toNeighbor, hops: path2 });
          out = out.subtract(toNeighbor);
        }
        if (!out.isEmpty()) deliveries.push({ kind: 'delivered', hops: path2, at: egress, set: out });
      }
      if (rest.isEmpty()) break;
    }
  }
  return deliveries;
}
