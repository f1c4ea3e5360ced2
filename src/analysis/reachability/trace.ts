import type { Direction } from '../../model/index.js';
import type { Packet } from '../packet/packet.js';
import type { L3Interface } from '../topology/types.js';
import { hopRoute, LIMITED_BROADCAST, type ForwardingModel } from './forwarding-model.js';
import { packetArrives, type Target } from './targets.js';
import type { BoundFilter, DeliveryKind, EdgeVerdict, FilterVerdict, PacketTrace, TraceHop } from './types.js';

/**
 * One concrete packet followed hop by hop from `start`, the same way forward() moves sets (see
 * there), recording at every filter the line that decides it (FilterVerdict). Where the table holds
 * several equal-cost paths, the first one that gets the packet to the target is shown; when none
 * does, the first path's outcome is.
 */
export function tracePacket(model: ForwardingModel, start: L3Interface, packet: Packet, target: Target): PacketTrace {
  const edge = edgeVerdict(model, start, packet);
  const denied = edge?.verdicts.find((v) => v.action === 'deny');
  if (edge !== undefined && denied !== undefined) return { packet, edge, hops: [], result: 'denied', droppedBy: denied };
  const trace = visit(model, start, packet, target, [], new Set());
  return edge === undefined ? trace : { ...trace, edge };
}

/**
 * Where the segment's edge ports filter, the port that lets the packet in (the first, in member
 * order, whose filters all permit it), or else the first port with the verdicts that stop it.
 */
function edgeVerdict(model: ForwardingModel, start: L3Interface, packet: Packet): EdgeVerdict | undefined {
  const edge = model.edges.of(start);
  if (edge === undefined) return undefined;
  const judged = edge.ports.map((p) => ({ device: p.device, port: p.port, verdicts: p.filters.map((bound) => verdict(bound, packet)) }));
  return judged.find((j) => j.verdicts.every((v) => v.action === 'permit')) ?? judged[0];
}

function visit(
  model: ForwardingModel,
  ingress: L3Interface,
  packet: Packet,
  target: Target,
  before: TraceHop[],
  seen: ReadonlySet<number>,
): PacketTrace {
  const device = ingress.device;
  const hop: TraceHop = { device, ingress, ingressVerdicts: verdicts(model, ingress, 'in', packet), egressVerdicts: [] };
  const hops = [...before, hop];
  if (seen.has(ingress.id)) return { packet, hops, result: 'loop' };
  const visited = new Set(seen).add(ingress.id);

  const dropped = hop.ingressVerdicts.find((v) => v.action === 'deny');
  if (dropped) return { packet, hops, result: 'denied', droppedBy: dropped };

  if (packet.family === 4 && packet.dstIp === LIMITED_BROADCAST) return ended(packet, hops, 'accepted', ingress, target);
  const owner = model.ownInterfaces(device, ingress.vrf).find((own) => model.addressedToInterface(own).contains(packet));
  if (owner !== undefined) return ended(packet, hops, 'accepted', owner, target);
  if (!device.ipRouting) return { packet, hops, result: 'not-routed' };

  const entry = model.topology.lookup(device, ingress.vrf, packet.dstIp);
  if (entry === undefined) return { packet, hops, result: 'no-route' };

  const outcomes: PacketTrace[] = [];
  for (const path of entry.paths) {
    const route = hopRoute(entry.cidr, path);
    if (path.action === 'discard') {
      outcomes.push({ packet, hops: [...before, { ...hop, route }], result: 'discarded', discardRoute: route });
      continue;
    }
    const egress = path.egress;
    const branchHop: TraceHop = { ...hop, route, egress, egressVerdicts: model.filters.transitFilters(ingress, egress).map((bound) => verdict(bound, packet)) };
    const branch = [...before, branchHop];
    const outcome = afterEgress(model, branchHop, path.nextHop, path.origin === 'connected', packet, target, branch, visited);
    if (outcome.result === 'reached') return outcome;
    outcomes.push(outcome);
  }
  return outcomes[0]!;
}

function afterEgress(
  model: ForwardingModel,
  hop: TraceHop,
  nextHop: string | undefined,
  connected: boolean,
  packet: Packet,
  target: Target,
  hops: TraceHop[],
  seen: ReadonlySet<number>,
): PacketTrace {
  const egress = hop.egress!;
  const dropped = hop.egressVerdicts.find((v) => v.action === 'deny');
  if (dropped) return { packet, hops, result: 'denied', droppedBy: dropped };
  const topology = model.topology;
  if (nextHop !== undefined || !connected) {
    const neighbors = topology.neighborOf(hop.device, egress.interface.name, nextHop);
    if (neighbors.length === 0) return ended(packet, hops, 'exited', egress, target);
    const outcomes = neighbors.map((n) => visit(model, n, packet, target, hops, seen));
    return outcomes.find((o) => o.result === 'reached') ?? outcomes[0]!;
  }
  const neighbor = topology
    .neighborOf(hop.device, egress.interface.name)
    .find((n) => model.addressedToInterface(n).contains(packet));
  if (neighbor !== undefined) return visit(model, neighbor, packet, target, hops, seen);
  return ended(packet, hops, 'delivered', egress, target);
}

function ended(packet: Packet, hops: TraceHop[], kind: DeliveryKind, at: L3Interface, target: Target): PacketTrace {
  return { packet, hops, result: packetArrives(kind, at, packet, target) ? 'reached' : 'elsewhere', ending: { kind, at } };
}

function verdicts(model: ForwardingModel, l3: L3Interface, direction: Direction, packet: Packet): FilterVerdict[] {
  return model.filters.boundFilters(l3, direction).map((bound) => verdict(bound, packet));
}

/** How one bound filter judges the packet, with the line that decides it. */
export function verdict(bound: BoundFilter, packet: Packet): FilterVerdict {
  if (bound.compiled === undefined || bound.filter === undefined) {
    return { filter: bound, decision: 'undefined-filter', action: 'permit', line: bound.binding };
  }
  const decision = bound.compiled.decide(packet);
  if (decision === 'not-applicable') return { filter: bound, decision, action: 'permit', line: bound.binding };
  if (decision === 'default') return { filter: bound, decision, action: bound.filter.semantics.defaultAction, line: bound.filter.source };
  const rule = bound.filter.rules[decision]!;
  return { filter: bound, decision, action: rule.action, line: rule.source };
}
