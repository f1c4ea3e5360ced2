import type { AddressMatch, IcmpMatch, MacMatch, Match, PortRange } from '../../model/index.js';
import { parseIpv4 } from '../../net/ipv4.js';
import { type BddManager, type BddNode, FALSE, TRUE } from './bdd.js';
import { fieldEquals, fieldPattern, fieldPrefix, fieldRange } from './field-constraints.js';
import {
  FAMILY_BIT,
  FIELDS,
  hasPorts,
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

/** The address condition, family included. */
export function addressSet(bdd: BddManager, side: 'src' | 'dst', condition: AddressMatch): BddNode {
  if (condition.kind === 'unresolved') return FALSE;
  if (condition.kind === 'any' && condition.family === undefined) return TRUE;
  const family = condition.family!;
  return bdd.and(familySet(bdd, family), addressBits(bdd, side, condition));
}

/** The address condition on the address bits alone (its family is the caller's business). */
function addressBits(bdd: BddManager, side: 'src' | 'dst', condition: AddressMatch): BddNode {
  const field = side === 'src' ? FIELDS.srcIp : FIELDS.dstIp;
  switch (condition.kind) {
    case 'any':
      return TRUE;
    case 'prefix': {
      const width = condition.family === 4 ? IPV4_BITS : IPV6_BITS;
      if (!Number.isInteger(condition.length) || condition.length < 0 || condition.length > width) {
        throw new Error(`bad prefix length /${condition.length} / プレフィックス長が不正です`);
      }
      const value = addressNumber(condition.family, condition.address);
      return fieldPrefix(bdd, topBits(field, width), value, condition.length);
    }
    case 'wildcard': {
      const value = addressNumber(4, condition.address);
      const wildcard = parseIpv4(condition.wildcard);
      if (wildcard === undefined) throw new Error(`"${condition.wildcard}" is not a wildcard mask / ワイルドカードマスクが不正です`);
      return fieldPattern(bdd, topBits(field, IPV4_BITS), value, ~wildcard >>> 0);
    }
    case 'range': {
      const width = condition.family === 4 ? IPV4_BITS : IPV6_BITS;
      const first = addressNumber(condition.family, condition.first);
      const last = addressNumber(condition.family, condition.last);
      return fieldRange(bdd, topBits(field, width), first, last);
    }
    case 'unresolved':
      return FALSE;
  }
}

export function protocolSet(bdd: BddManager, protocol: number | undefined): BddNode {
  return protocol === undefined ? TRUE : fieldEquals(bdd, FIELDS.protocol, protocol);
}

const PORT_MAX = 65535;

/** Packets that carry ports. */
export function portProtocolsSet(bdd: BddManager): BddNode {
  return unionOf(bdd, PORT_PROTOCOLS, (p) => protocolSet(bdd, p));
}

/** TCP/UDP/SCTP packets with the port in one of the ranges. */
export function portSet(bdd: BddManager, side: 'src' | 'dst', ranges: PortRange[]): BddNode {
  return bdd.and(portProtocolsSet(bdd), portBits(bdd, side, ranges));
}

function portBits(bdd: BddManager, side: 'src' | 'dst', ranges: PortRange[]): BddNode {
  const field = side === 'src' ? FIELDS.srcPort : FIELDS.dstPort;
  // Out-of-range bounds are clamped, as the evaluator's plain comparisons effectively do.
  return unionOf(bdd, ranges, (r) => fieldRange(bdd, field, Math.max(r.from, 0), Math.min(r.to, PORT_MAX)));
}

/** ICMP packets of their own family: protocol 1 with IPv4, 58 with IPv6. */
export function icmpPacketsSet(bdd: BddManager): BddNode {
  return bdd.or(
    bdd.and(familySet(bdd, 4), protocolSet(bdd, PROTOCOL_ICMP)),
    bdd.and(familySet(bdd, 6), protocolSet(bdd, PROTOCOL_ICMPV6)),
  );
}

export function icmpSet(bdd: BddManager, entries: IcmpMatch[]): BddNode {
  return bdd.and(icmpPacketsSet(bdd), icmpBits(bdd, entries));
}

function icmpBits(bdd: BddManager, entries: IcmpMatch[]): BddNode {
  return unionOf(bdd, entries, (e) => {
    const type = fieldEquals(bdd, FIELDS.icmpType, e.type);
    return e.code === undefined ? type : bdd.concat(type, fieldEquals(bdd, FIELDS.icmpCode, e.code));
  });
}

export function establishedSet(bdd: BddManager): BddNode {
  return bdd.and(protocolSet(bdd, PROTOCOL_TCP), establishedBit(bdd));
}

function establishedBit(bdd: BddManager): BddNode {
  return bdd.cube(FIELDS.established.first, [1]);
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
  return productSet(bdd, match) ?? conjunctionSet(bdd, match);
}

/**
 * The common case built directly: when each condition constrains its own field only (one address
 * family, ports only with a port protocol, ICMP only with the family's ICMP, established only with
 * TCP), the match is a product of per-field sets and is chained field by field in variable order
 * with `concat`, which costs one node per node of the result. Undefined when the match is not of
 * that shape.
 */
function productSet(bdd: BddManager, match: Match): BddNode | undefined {
  const dst = listFamily(match.dst);
  const src = listFamily(match.src);
  if (dst === 'mixed' || src === 'mixed') return undefined;
  if (dst === 'empty' || src === 'empty') return FALSE;
  if (dst !== 'free' && src !== 'free' && dst !== src) return FALSE;
  const family = dst !== 'free' ? dst : src !== 'free' ? src : undefined;
  const protocol = match.protocol;
  if ((match.dstPorts || match.srcPorts) && (protocol === undefined || !hasPorts(protocol))) return undefined;
  if (match.icmp && (family === undefined || protocol !== (family === 4 ? PROTOCOL_ICMP : PROTOCOL_ICMPV6))) return undefined;
  if (match.established && protocol !== PROTOCOL_TCP) return undefined;

  // Top to bottom in variable order (fields.ts); undefined = no condition on that field.
  const parts: (BddNode | undefined)[] = [
    family === undefined ? undefined : familySet(bdd, family),
    addressList(bdd, 'dst', match.dst),
    addressList(bdd, 'src', match.src),
    match.dstPorts && portBits(bdd, 'dst', match.dstPorts),
    match.srcPorts && portBits(bdd, 'src', match.srcPorts),
    protocol === undefined ? undefined : protocolSet(bdd, protocol),
    match.icmp && icmpBits(bdd, match.icmp),
    match.established ? establishedBit(bdd) : undefined,
    match.srcMac && macSet(bdd, 'src', match.srcMac),
    match.dstMac && macSet(bdd, 'dst', match.dstMac),
  ];
  let result = TRUE;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part !== undefined) result = bdd.concat(part, result);
  }
  return result;
}

/**
 * True when the match surely selects some packet, decided from the model alone (no BDD) for matches
 * of the product shape productSet builds: then it is non-empty exactly when every field's condition
 * is. False means "not known without building the set".
 */
export function surelyNonEmpty(match: Match): boolean {
  const dst = listFamily(match.dst);
  const src = listFamily(match.src);
  if (dst === 'mixed' || src === 'mixed' || dst === 'empty' || src === 'empty') return false;
  if (dst !== 'free' && src !== 'free' && dst !== src) return false;
  const family = dst !== 'free' ? dst : src !== 'free' ? src : undefined;
  const protocol = match.protocol;
  const ranges = (list: PortRange[] | undefined) =>
    list === undefined || list.some((r) => Math.max(r.from, 0) <= Math.min(r.to, PORT_MAX));
  if (match.dstPorts || match.srcPorts) {
    if (protocol === undefined || !hasPorts(protocol) || !ranges(match.dstPorts) || !ranges(match.srcPorts)) return false;
  }
  if (match.icmp && (family === undefined || protocol !== (family === 4 ? PROTOCOL_ICMP : PROTOCOL_ICMPV6) || match.icmp.length === 0)) {
    return false;
  }
  if (match.established && protocol !== PROTOCOL_TCP) return false;
  if (match.srcMac?.length === 0 || match.dstMac?.length === 0) return false;
  // Address entries other than ranges are never empty; a range is when it runs backwards.
  const nonEmpty = (a: AddressMatch) => a.kind !== 'unresolved' && !(a.kind === 'range' && backwards(a));
  return match.dst.some(nonEmpty) && match.src.some(nonEmpty);
}

function backwards(range: Extract<AddressMatch, { kind: 'range' }>): boolean {
  return addressValue(range.family, range.first) > addressValue(range.family, range.last);
}

/** The family every entry of an address list fixes, 'free' when the list allows any family. */
function listFamily(list: AddressMatch[]): 4 | 6 | 'free' | 'mixed' | 'empty' {
  let family: 4 | 6 | undefined;
  let resolved = false;
  for (const entry of list) {
    if (entry.kind === 'unresolved') continue;
    resolved = true;
    if (entry.kind === 'any' && entry.family === undefined) return 'free';
    if (family !== undefined && family !== entry.family) return 'mixed';
    family = entry.family;
  }
  return !resolved ? 'empty' : family ?? 'free';
}

/** Union of the list's address bits (the list is known to be of one family, or free). */
function addressList(bdd: BddManager, side: 'src' | 'dst', list: AddressMatch[]): BddNode | undefined {
  const bits = unionOf(bdd, list, (a) => (a.kind === 'unresolved' ? FALSE : addressBits(bdd, side, a)));
  return bits === TRUE ? undefined : bits;
}

/** Any match: the conjunction of each condition with its guards. */
function conjunctionSet(bdd: BddManager, match: Match): BddNode {
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
