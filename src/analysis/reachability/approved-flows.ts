import type { ApprovedFlow, FlowEndpoint } from '../../model/index.js';
import { parsePrefix } from '../../net/prefix.js';
import type { PacketSet, PacketSpace } from '../packet/packet-set.js';
import type { AddressSets } from './address-sets.js';
import type { ZoneSpace } from './zone-spaces.js';

const TCP = 6;

/**
 * The packets one approved flow of flows.csv covers: the flow itself (from → to, protocol,
 * destination ports) and its replies (to → from, the same protocol, from the approved ports; for
 * TCP only packets with ACK or RST set, which is all a reply ever is). Stateless filters such as
 * IOS ACLs have to permit the replies with lines of their own (`established`); those lines serve
 * the approved flow and are covered by its approval. MACs are not part of the set: whether the
 * endpoints are pinned is SEG-04's question.
 */
export function approvedFlowSet(flow: ApprovedFlow, spaces: readonly ZoneSpace[], addresses: AddressSets, space: PacketSpace): PacketSet {
  const side = (endpoint: FlowEndpoint, which: 'src' | 'dst'): PacketSet => {
    if (endpoint.kind === 'prefix') {
      const prefix = parsePrefix(`${endpoint.address}/${endpoint.prefixLength}`);
      return 'error' in prefix ? space.none() : addresses.of(which, prefix);
    }
    const zone = spaces.find((s) => s.zone.name === endpoint.zone);
    if (zone === undefined) return space.none();
    return which === 'src' ? zone.src : zone.dst;
  };
  const protocol = space.protocol(flow.protocol);
  const ports = flow.dstPorts;
  let request = side(flow.from, 'src').intersect(side(flow.to, 'dst')).intersect(protocol);
  let reply = side(flow.to, 'src').intersect(side(flow.from, 'dst')).intersect(protocol);
  if (ports !== undefined) {
    request = request.intersect(space.ports('dst', ports));
    reply = reply.intersect(space.ports('src', ports));
  }
  if (flow.protocol === TCP) {
    reply = reply.intersect(space.fromMatch({ protocol: TCP, src: [{ kind: 'any' }], dst: [{ kind: 'any' }], established: true }));
  }
  return request.union(reply);
}
