import type { Device, Diagnostic, Interface, ManualLink, Route, SourceSpan } from '../../model/index.js';
import type { Prefix } from '../../net/prefix.js';

/**
 * The network's topology and forwarding state: which interfaces route, which ports share a broadcast
 * domain, which L3 interfaces are neighbours, and each device's forwarding table per VRF. Built once
 * per run by buildTopology (build-topology.ts); reachability and rules only read it.
 */

export interface PortRef {
  device: Device;
  interface: Interface;
}

/** A links.csv row whose ends were found among the devices. */
export interface ResolvedLink {
  a: PortRef;
  b: PortRef;
  link: ManualLink;
}

/** An interface that routes: it has an address (or borrows one, or gets one by DHCP) and is not shut down. */
export interface L3Interface {
  /** Position in Topology.l3Interfaces. */
  id: number;
  device: Device;
  interface: Interface;
  /** VRF name; `''` is the default (global) table. */
  vrf: string;
  /** Its addresses with their prefix lengths (host bits kept); an unnumbered interface lists its lender's. */
  addresses: Prefix[];
  /** Connected subnets (host bits cleared, IPv6 link-local left out). Empty for unnumbered and DHCP interfaces. */
  subnets: Prefix[];
  /** Interface whose address an unnumbered interface borrows. */
  borrowedFrom?: string;
  /** Id of the L2 domain it sits in; undefined for tunnels, loopbacks and other interfaces without a wire. */
  domainId?: number;
}

/** How an interface takes part in a broadcast domain. */
export type L2Role =
  /** Routed interface of a VLAN or a bridge group (SVI `VlanN`, `BVIn`). */
  | 'svi'
  | 'access'
  | 'voice'
  | 'trunk'
  /** Routed port: its untagged frames form a segment of their own. */
  | 'routed'
  /** 802.1Q sub-interface of a routed port. */
  | 'subinterface';

export interface L2Member {
  device: Device;
  interface: Interface;
  role: L2Role;
  /** Switch VLAN the member belongs to in this domain (SVIs, access, voice and trunk members). */
  vlan?: number;
}

/** A broadcast domain: a switch VLAN, joined across devices only where a link proves the wire. */
export interface L2Domain {
  id: number;
  members: L2Member[];
  /** Switch VLAN numbers joined in the domain, ascending. */
  vlans: number[];
  /** Devices with a member, in input order. */
  devices: Device[];
}

export type AdjacencyReason =
  /** Same broadcast domain, proven across devices by links. */
  | 'shared-segment'
  /** The same /30, /31 (IPv6 /126, /127) on exactly two devices and no link says otherwise. */
  | 'point-to-point-subnet'
  /** Tunnel interfaces whose source and destination point at each other. */
  | 'tunnel';

/** Two L3 interfaces on different devices that exchange packets directly. Each pair appears once. */
export interface L3Adjacency {
  a: L3Interface;
  b: L3Interface;
  reason: AdjacencyReason;
}

export type RouteOrigin = 'connected' | 'static' | 'default-gateway';

/** Forward out of `egress`, to `nextHop` or, without one, to the destination itself (it is on-link). */
export interface ForwardPath {
  action: 'forward';
  egress: L3Interface;
  nextHop?: string;
  origin: RouteOrigin;
  /** The route that installed the path; undefined for connected subnets. */
  route?: Route;
  /** Evidence: the route line, or the interface line of a connected subnet. */
  source: SourceSpan;
}

/** A route to a Null interface: matching packets are dropped. */
export interface DiscardPath {
  action: 'discard';
  origin: RouteOrigin;
  route: Route;
  source: SourceSpan;
}

export type FibPath = ForwardPath | DiscardPath;

/** One prefix of a forwarding table: the best (lowest distance) routes; several paths are ECMP. */
export interface FibEntry {
  vrf: string;
  /** Network prefix (host bits cleared). */
  prefix: Prefix;
  /** `10.0.0.0/8`. */
  cidr: string;
  distance: number;
  paths: FibPath[];
}

export type InactiveReason =
  | 'next-hop-unreachable'
  | 'next-hop-is-self'
  | 'malformed'
  /** The model holds neither a next hop nor an interface (e.g. a next hop learnt by DHCP). */
  | 'next-hop-unknown'
  | 'interface-unknown'
  | 'interface-down'
  | 'interface-not-routed'
  /** `ip default-gateway` while IP routing is on, or a static route while it is off. */
  | 'routing-mode';

/** A configured route that is not in the forwarding table, and why. */
export interface InactiveRoute {
  device: Device;
  route: Route;
  reason: InactiveReason;
  /** Bilingual explanation. */
  message: string;
}

export interface Topology {
  devices: Device[];
  l3Interfaces: L3Interface[];
  l2Domains: L2Domain[];
  adjacencies: L3Adjacency[];
  links: ResolvedLink[];
  inactiveRoutes: InactiveRoute[];
  /** Inconsistencies: duplicate addresses, unreachable next hops, missing tunnel peers, bad links. */
  diagnostics: Diagnostic[];
  /** The L3 interface of that name (any spelling IOS accepts), if it routes. */
  l3Interface(device: Device, interfaceName: string): L3Interface | undefined;
  /** Adjacencies of an L3 interface. */
  adjacenciesOf(l3: L3Interface): L3Adjacency[];
  /**
   * The adjacent interface that owns the next-hop address, or, without a next hop (a connected
   * destination), every interface adjacent on that segment. Empty when nothing in the input owns it.
   */
  neighborOf(device: Device, interfaceName: string, nextHop?: string): L3Interface[];
  /** Longest-prefix match in the device's table for the VRF; undefined when no route matches. */
  lookup(device: Device, vrf: string, destination: string): FibEntry | undefined;
  /** The device's table for the VRF, longest prefix first. */
  entries(device: Device, vrf: string): FibEntry[];
  /** VRFs the device has a table for (`''` first when present). */
  vrfsOf(device: Device): string[];
  /** L3 interfaces holding the address (in any VRF unless one is given). */
  ownersOf(address: string, vrf?: string): L3Interface[];
  /** Broadcast domain of an interface's own frames (SVI, routed port, sub-interface, access port); undefined for a trunk. */
  domainOf(device: Device, interfaceName: string): L2Domain | undefined;
  /** Broadcast domain of a switch VLAN on a device. */
  vlanDomain(device: Device, vlan: number): L2Domain | undefined;
}
