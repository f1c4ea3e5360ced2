import type { AddressMatch, IcmpMatch, MacMatch, Match, PortRange } from '../../model/index.js';
import { parseIpv4 } from '../../net/ipv4.js';
import { type BddManager, type BddNode, FALSE, TRUE } from './bdd.js';
import { fieldEquals, fieldPattern, fieldPrefix, fieldRange } from './field-constraints.js';
import {
  FAMILY_BIT,
  FIELDS,
  IPV4_BITS,
  IPV6_BITS,
  PORT_PROTOCOLS,
  PROTOCOL_ICMP,
  PROTOCOL_ICMPV6,
  PROTOCOL_TCP,
  topBits,
} from './fields.js';
import { addressValue, macValue } from './packet.js';

/**
 * Model conditions → BDDs over the layout of fields.ts. Semantics (the evaluator in
 * evaluate-filter.ts implements the same rules on concrete packets):
 * - every list in a Match is a union; an empty list matches nothing;
 * - an address condition with a family also fixes the packet's family;
 * - port conditions match only TCP, UDP and SCTP packets, ICMP conditions only ICMP (IPv4) and
 *   ICMPv6 (IPv6) packets, `established` only TCP packets with ACK or RST set (Cisco semantics:
 *   vendor-syntax.md §6);
 * - `unresolved` (an undefined object) matches nothing.
 */

export function familySet(bdd: BddManager, family: 4 | 6): BddNode {
  return bdd.cube(FIELDS.family.first, [FAMILY_BIT[family]]);
}

export function addressSet(bdd: BddManager, side: 'src' | 'dst', condition: AddressMatch): BddNode {
  const field = side === 'src' ? FIELDS.srcIp : FIELDS.dstIp;
  switch (condition.kind) {
    case 'any':
      return condition.family === undefined ? TRUE : familySet(bdd, condition.family);
    case 'prefix': {
      const width = condition.family === 4 ? IPV4_BITS : IPV6_BITS;
      if (!Number.isInteger(condition.length) || condition.length < 0 || condition.length > width) {
        throw new Error(`bad prefix length /${condition.length} / プレフィックス長が不正です`);
      }
      const value = addressNumber(condition.family, condition.address);
      return bdd.and(familySet(bdd, condition.family), fieldPrefix(bdd, topBits(field, width), value, condition.length));
    }
    case 'wildcard': {
      const value = addressNumber(4, condition.address);
      const wildcard = parseIpv4(condition.wildcard);
      if (wildcard === undefined) throw new Error(`"${condition.wildcard}" is not a wildcard mask / ワイルドカードマスクが不正です`);
      const care = ~wildcard >>> 0;
      return bdd.and(familySet(bdd, 4), fieldPattern(bdd, topBits(field, IPV4_BITS), value, care));
    }
    case 'range': {
      const width = condition.family === 4 ? IPV4_BITS : IPV6_BITS;
      const first = addressNumber(condition.family, condition.first);
      const last = addressNumber(condition.family, condition.last);
      return bdd.and(familySet(bdd, condition.family), fieldRange(bdd, topBits(field, width), first, last));
    }
    case 'unresolved':
      return FALSE;
  }
}

export function protocolSet(bdd: BddManager, protocol: number | undefined): BddNode {
  return protocol === undefined ? TRUE : fieldEquals(bdd, FIELDS.protocol, protocol);
}

/** Packets that carry ports. */
export function portProtocolsSet(bdd: BddManager): BddNode {
  return unionOf(bdd, PORT_PROTOCOLS, (p) => protocolSet(bdd, p));
}

export function portSet(bdd: BddManager, side: 'src' | 'dst', ranges: PortRange[]): BddNode {
  const field = side === 'src' ? FIELDS.srcPort : FIELDS.dstPort;
  const ports = unionOf(bdd, ranges, (r) => fieldRange(bdd, field, r.from, r.to));
  return bdd.and(portProtocolsSet(bdd), ports);
}

/** ICMP packets of their own family: protocol 1 with IPv4, 58 with IPv6. */
export function icmpPacketsSet(bdd: BddManager): BddNode {
  return bdd.or(
    bdd.and(familySet(bdd, 4), protocolSet(bdd, PROTOCOL_ICMP)),
    bdd.and(familySet(bdd, 6), protocolSet(bdd, PROTOCOL_ICMPV6)),
  );
}

export function icmpSet(bdd: BddManager, entries: IcmpMatch[]): BddNode {
  const types = unionOf(bdd, entries, (e) => {
    const type = fieldEquals(bdd, FIELDS.icmpType, e.type);
    return e.code === undefined ? type : bdd.and(type, fieldEquals(bdd, FIELDS.icmpCode, e.code));
  });
  return bdd.and(icmpPacketsSet(bdd), types);
}

export function establishedSet(bdd: BddManager): BddNode {
  return bdd.and(protocolSet(bdd, PROTOCOL_TCP), bdd.cube(FIELDS.established.first, [1]));
}

export function macSet(bdd: BddManager, side: 'src' | 'dst', entries: MacMatch[]): BddNode {
  const field = side === 'src' ? FIELDS.srcMac : FIELDS.dstMac;
  const all = (1n << 48n) - 1n;
  return unionOf(bdd, entries, (e) => {
    const wildcard = e.wildcard === undefined ? 0n : macValue(e.wildcard);
    return fieldPattern(bdd, field, macValue(e.mac), all & ~wildcard);
  });
}

/** Every packet the match selects. */
export function matchSet(bdd: BddManager, match: Match): BddNode {
  const parts: BddNode[] = [
    unionOf(bdd, match.dst, (a) => addressSet(bdd, 'dst', a)),
    unionOf(bdd, match.src, (a) => addressSet(bdd, 'src', a)),
    protocolSet(bdd, match.protocol),
  ];
  if (match.dstPorts) parts.push(portSet(bdd, 'dst', match.dstPorts));
  if (match.srcPorts) parts.push(portSet(bdd, 'src', match.srcPorts));
  if (match.icmp) parts.push(icmpSet(bdd, match.icmp));
  if (match.established) parts.push(establishedSet(bdd));
  if (match.srcMac) parts.push(macSet(bdd, 'src', match.srcMac));
  if (match.dstMac) parts.push(macSet(bdd, 'dst', match.dstMac));
  // Deepest condition first: each conjunction then only builds the new part's own nodes on top of
  // what is already there, instead of rebuilding earlier parts under it.
  parts.sort((a, b) => bdd.varOf(b) - bdd.varOf(a));
  let result = TRUE;
  for (const part of parts) {
    result = bdd.and(result, part);
    if (result === FALSE) break;
  }
  return result;
}

function unionOf<T>(bdd: BddManager, items: readonly T[], toSet: (item: T) => BddNode): BddNode {
  let result = FALSE;
  for (const item of items) {
    result = bdd.or(result, toSet(item));
    if (result === TRUE) break;
  }
  return result;
}

/** IPv4 addresses as numbers (the fast path of toBits), IPv6 as bigint. */
function addressNumber(family: 4 | 6, text: string): number | bigint {
  if (family === 4) {
    const value = parseIpv4(text);
    if (value === undefined) throw new Error(`"${text}" is not an IPv4 address / IPv4 アドレスではありません`);
    return value;
  }
  return addressValue(6, text);
}
