import type { AddressMatch, Match, PortRange } from '../../model/index.js';
import { BddManager, type BddNode, FALSE, TRUE } from './bdd.js';
import { describeSet, type PacketSetSummary } from './describe.js';
import { type Field, FIELDS, PROTOCOL_TCP, PROTOCOL_UDP, VAR_COUNT } from './fields.js';
import { addressSet, familySet, icmpSet, matchSet, portSet, protocolSet } from './match-to-set.js';
import { assignmentPacket, type Packet, packetAssignment } from './packet.js';

/**
 * The space of all packets (see fields.ts for the header fields) and the sets in it. One space per
 * analysis run: it owns the BDD manager, whose nodes are never freed (bdd.ts), so drop the space
 * when the run ends. Sets of different spaces cannot be combined.
 */
export class PacketSpace {
  readonly bdd = new BddManager(VAR_COUNT);

  all(): PacketSet {
    return this.wrap(TRUE);
  }

  none(): PacketSet {
    return this.wrap(FALSE);
  }

  /** Every packet the match selects (semantics in match-to-set.ts). */
  fromMatch(match: Match): PacketSet {
    return this.wrap(matchSet(this.bdd, match));
  }

  family(family: 4 | 6): PacketSet {
    return this.wrap(familySet(this.bdd, family));
  }

  /** Packets whose source or destination address is in the condition (e.g. a zone's CIDR). */
  address(side: 'src' | 'dst', condition: AddressMatch): PacketSet {
    return this.wrap(addressSet(this.bdd, side, condition));
  }

  /** Packets of one IP protocol; undefined = every protocol. */
  protocol(protocol: number | undefined): PacketSet {
    return this.wrap(protocolSet(this.bdd, protocol));
  }

  /** TCP/UDP/SCTP packets with the port in one of the ranges. */
  ports(side: 'src' | 'dst', ranges: PortRange[]): PacketSet {
    return this.wrap(portSet(this.bdd, side, ranges));
  }

  wrap(node: BddNode): PacketSet {
    return new PacketSet(this, node);
  }
}

/** An exact, immutable set of packets. Equal sets have equal `node`s. */
export class PacketSet {
  constructor(
    readonly space: PacketSpace,
    readonly node: BddNode,
  ) {}

  union(other: PacketSet): PacketSet {
    return this.space.wrap(this.bdd.or(this.node, this.own(other)));
  }

  intersect(other: PacketSet): PacketSet {
    return this.space.wrap(this.bdd.and(this.node, this.own(other)));
  }

  subtract(other: PacketSet): PacketSet {
    return this.space.wrap(this.bdd.diff(this.node, this.own(other)));
  }

  complement(): PacketSet {
    return this.space.wrap(this.bdd.not(this.node));
  }

  isEmpty(): boolean {
    return this.node === FALSE;
  }

  isAll(): boolean {
    return this.node === TRUE;
  }

  equals(other: PacketSet): boolean {
    return this.node === this.own(other);
  }

  /** Whether the concrete packet is in the set. */
  contains(packet: Packet): boolean {
    return this.bdd.evaluate(this.node, packetAssignment(packet));
  }

  isSubsetOf(other: PacketSet): boolean {
    return this.bdd.isSubset(this.node, this.own(other));
  }

  overlaps(other: PacketSet): boolean {
    return this.bdd.intersects(this.node, this.own(other));
  }

  /**
   * One packet of the set, undefined when it is empty. Picks a plausible one where it can: a new TCP
   * connection, else UDP, else an ICMP echo request, else anything; free source ports take 49152
   * (ephemeral), free destination ports 80, other free bits 0.
   */
  example(): Packet | undefined {
    if (this.isEmpty()) return undefined;
    const bdd = this.bdd;
    const candidates = [
      bdd.and(protocolSet(bdd, PROTOCOL_TCP), bdd.cube(FIELDS.established.first, [0])),
      protocolSet(bdd, PROTOCOL_UDP),
      bdd.and(icmpSet(bdd, [{ type: 8, code: 0 }]), familySet(bdd, 4)),
      bdd.and(icmpSet(bdd, [{ type: 128, code: 0 }]), familySet(bdd, 6)),
    ];
    const preferred = candidates.find((c) => bdd.intersects(this.node, c));
    const chosen = preferred === undefined ? this.node : bdd.and(this.node, preferred);
    const bits = bdd.satOne(chosen, preferBit)!;
    const support = bdd.support(this.node);
    const uses = (field: Field) => support.some((v) => v >= field.first && v < field.first + field.width);
    return assignmentPacket(bits, { src: uses(FIELDS.srcMac), dst: uses(FIELDS.dstMac) });
  }

  /** Readable flow classes (exact; at most `limit` classes, the rest counted). */
  describe(limit = 20): PacketSetSummary {
    return describeSet(this.bdd, this.node, limit);
  }

  private get bdd(): BddManager {
    return this.space.bdd;
  }

  private own(other: PacketSet): BddNode {
    if (other.space !== this.space) throw new Error('packet sets from different spaces / 異なるパケット空間の集合です');
    return other.node;
  }
}

const PREFERRED_SRC_PORT = 49152;
const PREFERRED_DST_PORT = 80;

function preferBit(v: number): 0 | 1 {
  return bitOf(FIELDS.srcPort, PREFERRED_SRC_PORT, v) ?? bitOf(FIELDS.dstPort, PREFERRED_DST_PORT, v) ?? 0;
}

function bitOf(field: Field, value: number, v: number): 0 | 1 | undefined {
  if (v < field.first || v >= field.first + field.width) return undefined;
  return ((value >>> (field.width - 1 - (v - field.first))) & 1) as 0 | 1;
}
