import type { Device, Direction, Filter, FilterFamily, Interface, SourceSpan, Zone } from '../../model/index.js';
import type { FlowClass, PacketSetSummary } from '../packet/describe.js';
import type { CompiledFilter } from '../packet/filter-compiler.js';
import type { Packet } from '../packet/packet.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface } from '../topology/types.js';
import type { ZoneSpace } from './zone-spaces.js';

/**
 * What zone-to-zone reachability answers: for every ordered pair of zones, the exact set of packets
 * that get from one to the other, the paths they take, and per flow class an example packet traced
 * hop by hop with the filter line that decides it at every filter. Built by computeZoneReachability
 * (zone-reachability.ts); rules, reports and the CLI only read it.
 */

/** A filter bound to an interface in one direction, resolved against the device's filters. */
export interface BoundFilter {
  name: string;
  family: FilterFamily;
  direction: Direction;
  /** The binding line (`ip access-group NAME in`). */
  binding: SourceSpan;
  /** Undefined when the name is bound but not defined on the device. */
  filter?: Filter;
  compiled?: CompiledFilter;
  /** A firewall rulebase narrowed to the hop's zone pair (model/security-policy.ts), not an interface filter. */
  securityPolicy?: boolean;
}

/** The route a hop used. */
export interface HopRoute {
  cidr: string;
  origin: 'connected' | 'static' | 'default-gateway';
  nextHop?: string;
  /** The route line, or the interface line of a connected subnet. */
  source: SourceSpan;
}

/** One device on a path: in through `ingress`, out through `egress` (absent when the device itself takes the packets). */
export interface Hop {
  device: Device;
  ingress: L3Interface;
  ingressFilters: BoundFilter[];
  egress?: L3Interface;
  egressFilters: BoundFilter[];
  route?: HopRoute;
}

/**
 * Where packets end: `delivered` onto a connected segment, `accepted` by a device at one of its own
 * addresses, or `exited` the modelled network towards a next hop no input device owns.
 */
export type DeliveryKind = 'delivered' | 'accepted' | 'exited';

/** Packets that ended somewhere, with the path that brought them there. */
export interface Delivery {
  kind: DeliveryKind;
  hops: Hop[];
  /** The interface they left through (delivered, exited) or whose address took them (accepted). */
  at: L3Interface;
  set: PacketSet;
}

/** A path of a zone pair and the packets of the pair it carries. */
export interface ReachPath {
  kind: DeliveryKind;
  hops: Hop[];
  set: PacketSet;
}

/** How one filter judged a concrete packet. */
export interface FilterVerdict {
  filter: BoundFilter;
  /** A line index into filter.rules; `default` when no line matched; `undefined-filter` when the bound name has no definition. */
  decision: number | 'default' | 'not-applicable' | 'undefined-filter';
  action: 'permit' | 'deny';
  /** The deciding line; for `default` the filter's own line, for `undefined-filter` the binding line. */
  line: SourceSpan;
}

export interface TraceHop {
  device: Device;
  ingress: L3Interface;
  ingressVerdicts: FilterVerdict[];
  route?: HopRoute;
  egress?: L3Interface;
  egressVerdicts: FilterVerdict[];
}

export type TraceResult =
  /** The packet got to the target. */
  | 'reached'
  /** A filter dropped it (`droppedBy`). */
  | 'denied'
  | 'no-route'
  /** A route to a Null interface dropped it. */
  | 'discarded'
  /** A device that does not route IP received a packet not addressed to it. */
  | 'not-routed'
  /** It ended somewhere that is not the target. */
  | 'elsewhere'
  | 'loop';

/** The switch port a traced packet's host sends through, and how its filters judge the packet. */
export interface EdgeVerdict {
  device: Device;
  port: Interface;
  verdicts: FilterVerdict[];
}

/** A concrete packet followed hop by hop. */
export interface PacketTrace {
  packet: Packet;
  /** The segment's edge port that lets the packet in, or the one that stops it (edge-ports.ts). */
  edge?: EdgeVerdict;
  hops: TraceHop[];
  result: TraceResult;
  /** The filter line that dropped it (denied) or the route that discarded it. */
  droppedBy?: FilterVerdict;
  discardRoute?: HopRoute;
  /** How and where it ended (reached, elsewhere). */
  ending?: { kind: DeliveryKind; at: L3Interface };
}

/** One flow class of a pair with its evidence. */
export interface FlowEvidence {
  flowClass: FlowClass;
  example: Packet;
  trace: PacketTrace;
}

export interface PairReachability {
  from: Zone;
  to: Zone;
  /**
   * Every packet from `from`'s space to `to`'s space, whether it passes or not, less those addressed
   * to a device itself (its own interface addresses, the limited broadcast) that do not arrive: a
   * device takes them for itself, they never reach `to`. So `permitted.equals(space)` means every
   * packet to the zone's hosts passes.
   */
  space: PacketSet;
  /** The packets that get through. */
  permitted: PacketSet;
  paths: ReachPath[];
  /** Flow classes of `permitted` (computed on first use). */
  summary(): PacketSetSummary;
  /** Per flow class an example packet and its trace (computed on first use). */
  flows(): FlowEvidence[];
  /** The same for a part of `permitted` (e.g. what no approval covers). */
  explain(subset: PacketSet): { summary: PacketSetSummary; flows: FlowEvidence[] };
}

export interface ZoneReachability {
  zones: Zone[];
  /** Each zone's attachments and address space, in zones.csv order. */
  spaces: ZoneSpace[];
  /** Every ordered pair of distinct zones, in zones.csv order. */
  pairs: PairReachability[];
  pair(from: string, to: string): PairReachability | undefined;
}
