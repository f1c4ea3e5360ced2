import type { Packet } from '../packet/packet.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface } from '../topology/types.js';
import type { Delivery, DeliveryKind } from './types.js';

/**
 * What counts as arriving somewhere: a zone, or an address range the query names.
 * - Packets delivered onto a segment arrive when their destination is in `explicitDst` (the zone's
 *   CIDRs and attachment subnets, or the queried prefix).
 * - Packets that reach one of the `attachments` (delivered there, or leaving the modelled network
 *   through it, e.g. the Internet uplink with its default route) arrive when their destination is in
 *   `dst` (for an internet zone: anything outside the other zones).
 */
export interface Target {
  explicitDst: PacketSet;
  dst: PacketSet;
  attachments: ReadonlySet<L3Interface>;
  /**
   * Packets that leave the modelled network through any interface arrive (within `dst`): a queried
   * address outside the input (a data-centre host beyond a tunnel) is reached by leaving towards it.
   */
  anyExit?: boolean;
  /**
   * Packets a device accepts for itself (addressed to one of its own interfaces) arrive too, within
   * `explicitDst`. Off for zones: a packet to the switch's 校務 SVI address enters the switch's
   * control plane through the ingress interface and never reaches the 校務 segment (management-plane
   * access is MGT-01's concern). On for a queried address, where the device itself may be the
   * destination asked about.
   */
  includeAccepted?: boolean;
}

/** The part of a delivery that arrives at the target. */
export function arrivingPart(delivery: Delivery, target: Target): PacketSet {
  if (delivery.kind === 'accepted' && target.includeAccepted !== true) return delivery.set.space.none();
  const viaAttachment =
    target.attachments.has(delivery.at) || (target.anyExit === true && delivery.kind === 'exited') ? delivery.set.intersect(target.dst) : undefined;
  if (delivery.kind === 'exited') return viaAttachment ?? delivery.set.space.none();
  const explicit = delivery.set.intersect(target.explicitDst);
  return viaAttachment === undefined ? explicit : explicit.union(viaAttachment);
}

/** The same question for one concrete packet. */
export function packetArrives(kind: DeliveryKind, at: L3Interface, packet: Packet, target: Target): boolean {
  if (kind === 'accepted' && target.includeAccepted !== true) return false;
  const through = target.attachments.has(at) || (target.anyExit === true && kind === 'exited');
  if (through && target.dst.contains(packet)) return true;
  return kind !== 'exited' && target.explicitDst.contains(packet);
}
