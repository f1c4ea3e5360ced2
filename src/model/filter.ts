import type { SourceSpan } from './source.js';

/**
 * One address condition of a filter rule. Addresses are kept as text (IPv4 dotted or IPv6) so the
 * model stays readable in JSON; src/net turns them into numbers for the engine.
 * - `wildcard`: Cisco-style wildcard mask (bits set = don't care); may be discontiguous.
 * - `unresolved`: a reference to an object that is not defined; matches nothing.
 */
export type AddressMatch =
  | { kind: 'any'; family?: 4 | 6 }
  | { kind: 'prefix'; address: string; length: number; family: 4 | 6 }
  | { kind: 'wildcard'; address: string; wildcard: string; family: 4 }
  | { kind: 'range'; first: string; last: string; family: 4 | 6 }
  | { kind: 'unresolved'; name: string };

/** Inclusive port range. */
export interface PortRange {
  from: number;
  to: number;
}

/** IP protocol number, or undefined for "any IP protocol" (Cisco `ip`). */
export type Protocol = number | undefined;

export interface IcmpMatch {
  type: number;
  code?: number;
}

/**
 * What a rule matches. Lists are unions (an object group expands to several entries); an absent
 * port list means any port. `via` names the object groups a list was expanded from.
 */
export interface Match {
  protocol: Protocol;
  src: AddressMatch[];
  dst: AddressMatch[];
  srcPorts?: PortRange[];
  dstPorts?: PortRange[];
  icmp?: IcmpMatch[];
  /** TCP ACK or RST set (Cisco `established`): matches only return traffic of established sessions. */
  established?: boolean;
  srcMac?: MacMatch[];
  dstMac?: MacMatch[];
  via?: string[];
}

export interface MacMatch {
  mac: string;
  /** Cisco-style mask, bits set = don't care; undefined = exact. */
  wildcard?: string;
}

export type FilterAction = 'permit' | 'deny';

export interface FilterRule {
  /** Vendor sequence number or position label, e.g. `10`. */
  seq?: number;
  action: FilterAction;
  match: Match;
  log?: boolean;
  /** Preceding remark/comment, redacted text. */
  remark?: string;
  /** Rule present but switched off (e.g. FortiGate `set status disable`, Cisco `inactive`). */
  disabled?: boolean;
  source: SourceSpan;
}

/**
 * Vendor filter semantics made explicit so the engine never has to know the vendor.
 * Sources: Cisco IOS — sequential first match, implicit deny at the end of an applied ACL, an
 * applied but undefined ACL permits everything (Cisco IOS Security Configuration Guide, "IP Access
 * List Overview"); stateless.
 */
export interface FilterSemantics {
  /** Rules are evaluated in order; the first matching rule decides. */
  firstMatch: true;
  /** What a packet that matches no rule gets. */
  defaultAction: FilterAction;
  /** Whether return traffic of a permitted flow is allowed automatically. */
  stateful: boolean;
}

/** `ip`: both IPv4 and IPv6 (a firewall rulebase judges every packet). */
export type FilterFamily = 'ipv4' | 'ipv6' | 'ip' | 'mac';

export interface Filter {
  name: string;
  family: FilterFamily;
  /** Vendor flavour, e.g. `standard`, `extended`. */
  kind: string;
  rules: FilterRule[];
  semantics: FilterSemantics;
  /**
   * Each rule can log the packets it matches (IOS and AlliedWare Plus `log`, Yamaha `pass-log` /
   * `reject`): `FilterRule.log` is then a fact. Absent when the parser knows no such option for the
   * platform, so LOG-02 asks for a manual check rather than judging.
   */
  lineLogging?: boolean;
  source: SourceSpan;
}

export type Direction = 'in' | 'out';

/** A filter applied somewhere (interface direction, vty line, SNMP community, …). */
export interface FilterBinding {
  filter: string;
  family: FilterFamily;
  direction: Direction;
  source: SourceSpan;
}

/** A named address object or group (Cisco object-group network, FortiGate address, …). */
export interface AddressObject {
  name: string;
  members: AddressMatch[];
  /** Nested groups referenced by this one. */
  groups: string[];
  source: SourceSpan;
}

export interface ServiceEntry {
  protocol: Protocol;
  srcPorts?: PortRange[];
  dstPorts?: PortRange[];
  icmp?: IcmpMatch[];
}

/** A named service object or group. */
export interface ServiceObject {
  name: string;
  members: ServiceEntry[];
  groups: string[];
  source: SourceSpan;
}
