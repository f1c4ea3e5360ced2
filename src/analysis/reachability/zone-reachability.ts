import type { PacketSetSummary } from '../packet/describe.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface } from '../topology/types.js';
import type { ZoneIndex } from '../zone-index.js';
import { classExample, type OwnedAddresses } from './class-example.js';
import { forward } from './forward.js';
import type { ForwardingModel } from './forwarding-model.js';
import { arrivingPart, type Target } from './targets.js';
import { tracePacket } from './trace.js';
import type { Delivery, FlowEvidence, PairReachability, ReachPath, ZoneReachability } from './types.js';
import { zoneSpaces, type ZoneSpace } from './zone-spaces.js';

/** Flow classes listed (and traced) per pair. */
const CLASS_LIMIT = 20;

/**
 * Zone-to-zone reachability for every ordered pair of distinct zones.
 *
 * Asking "from A's space to B's space" separately for every B would forward the same packets
 * (Z - 1) times; forwarding depends only on the packet, so the packets from A's space are forwarded
 * once, to every destination, and each delivery is then split among the destination zones
 * (targets.ts). The result is the same set as the pair-by-pair question, at 1/(Z - 1) of the cost.
 *
 * Packets a device accepts for itself (to its own interface address, e.g. the core switch's 校務 SVI)
 * do not reach the zone: they end in the device's control plane (targets.ts). The pair's space
 * leaves out device addresses that do not arrive, so "everything between the two zones" still means
 * every packet to the zone's hosts.
 */
export function computeZoneReachability(model: ForwardingModel, zones: ZoneIndex): ZoneReachability {
  const spaces = zoneSpaces(zones, model.topology, model.addresses);
  const targets = new Map(spaces.map((s) => [s.zone.name, targetOf(s)]));
  const owned = ownedAddresses(model);
  const toDevices = owned.dst.union(model.limitedBroadcast);
  const pairs: PairReachability[] = [];
  for (const from of spaces) {
    const deliveries = from.attachments.length === 0 ? [] : forward(model, from.attachments, from.src);
    for (const to of spaces) {
      if (to === from) continue;
      pairs.push(pairOf(model, from, to, deliveries, targets.get(to.zone.name)!, owned, toDevices));
    }
  }
  const index = new Map(pairs.map((p) => [`${p.from.name}\u0000${p.to.name}`, p]));
  return {
    zones: zones.zones,
    pairs,
    spaces,
    pair: (from, to) => index.get(`${from}\u0000${to}`),
  };
}

export function targetOf(space: ZoneSpace): Target {
  return {
    explicitDst: space.dstExplicit.intersect(space.dst),
    dst: space.dst,
    attachments: new Set(space.attachments),
  };
}

/** Devices' own addresses: examples avoid them where they can. */
export function ownedAddresses(model: ForwardingModel): OwnedAddresses {
  const addresses = model.topology.l3Interfaces.filter((l3) => l3.borrowedFrom === undefined).flatMap((l3) => l3.addresses);
  return { src: model.addresses.hosts('src', addresses), dst: model.addresses.hosts('dst', addresses) };
}

function pairOf(
  model: ForwardingModel,
  from: ZoneSpace,
  to: ZoneSpace,
  deliveries: Delivery[],
  target: Target,
  owned: OwnedAddresses,
  toDevices: PacketSet,
): PairReachability {
  const { paths, permitted } = collectPaths(model, deliveries, target);
  let summary: PacketSetSummary | undefined;
  let flows: FlowEvidence[] | undefined;
  const summaryOnce = () => (summary ??= permitted.describe(CLASS_LIMIT));
  const explain = (subset: PacketSet) => {
    const part = subset.intersect(permitted);
    const partPaths = paths.map((p) => ({ ...p, set: p.set.intersect(part) })).filter((p) => !p.set.isEmpty());
    const partSummary = part.describe(CLASS_LIMIT);
    return { summary: partSummary, flows: flowEvidence(model, partSummary, part, partPaths, target, owned) };
  };
  return {
    from: from.zone,
    to: to.zone,
    space: from.src.intersect(to.dst).subtract(toDevices.subtract(permitted)),
    permitted,
    paths,
    summary: summaryOnce,
    flows: () => (flows ??= flowEvidence(model, summaryOnce(), permitted, paths, target, owned)),
    explain,
  };
}

/** The paths that carry part of the pair, merged by route (the same hops and ending). */
export function collectPaths(model: ForwardingModel, deliveries: Delivery[], target: Target): { paths: ReachPath[]; permitted: PacketSet } {
  const byKey = new Map<string, ReachPath>();
  let permitted = model.space.none();
  for (const delivery of deliveries) {
    const part = arrivingPart(delivery, target);
    if (part.isEmpty()) continue;
    permitted = permitted.union(part);
    const key = `${delivery.kind}|${delivery.at.id}|${delivery.hops.map((h) => `${h.ingress.id}>${h.egress?.id ?? '-'}`).join(' ')}`;
    const known = byKey.get(key);
    if (known) known.set = known.set.union(part);
    else byKey.set(key, { kind: delivery.kind, hops: delivery.hops, set: part });
  }
  return { paths: [...byKey.values()], permitted };
}

/** Per flow class: an example packet, traced from the start of a path that carries it. */
function flowEvidence(
  model: ForwardingModel,
  summary: PacketSetSummary,
  set: PacketSet,
  paths: ReachPath[],
  target: Target,
  owned: OwnedAddresses,
): FlowEvidence[] {
  const evidence: FlowEvidence[] = [];
  for (const flowClass of summary.classes) {
    const example = classExample(set, flowClass, owned);
    if (example === undefined) continue;
    const start: L3Interface | undefined = paths.find((p) => p.set.contains(example))?.hops[0]?.ingress;
    if (start === undefined) continue;
    evidence.push({ flowClass, example, trace: tracePacket(model, start, example, target) });
  }
  return evidence;
}
