/**
 * The packet header fields of the packet space and where their bits sit in the BDD variable order.
 * Bits are most significant first: variable `first` is the top bit of the field.
 *
 * Layout (410 variables), in variable order:
 *   family 1 · dstIp 128 · srcIp 128 · dstPort 16 · srcPort 16 · protocol 8 · icmpType 8 ·
 *   icmpCode 8 · established 1 · srcMac 48 · dstMac 48
 *
 * - dstIp first, then srcIp, then ports, then protocol: the order Batfish's BDDPacket uses (ACL lines
 *   are mostly decided by the destination). Nothing is interleaved; no other order was measured.
 * - family is the very first variable (0 = IPv4, 1 = IPv6) because it decides what the address bits
 *   mean. An IPv4 address occupies the TOP 32 bits of its 128-bit field and the 96 bits below are
 *   left free for IPv4 packets. Every set this module builds is independent of those 96 bits when
 *   family = IPv4, so an IPv4 constraint costs 32 nodes, not 128, and IPv4 and IPv6 share the same
 *   variables without mixing. (Putting IPv4 in the low 32 bits with the rest forced to zero would
 *   cost a 96-node chain per address.)
 * - The same convention holds elsewhere: ports are only meaningful for TCP, UDP and SCTP, ICMP type
 *   and code only for ICMP/ICMPv6, established only for TCP; for other packets those bits are free
 *   and no set depends on them. `packet.ts` fixes them to 0 for concrete packets.
 * - dstMac is kept besides srcMac because the model's Match has it (Cisco MAC ACLs); unused bits cost
 *   nothing.
 */

export interface Field {
  name: FieldName;
  /** First (most significant) BDD variable. */
  first: number;
  width: number;
}

export type FieldName =
  | 'family'
  | 'dstIp'
  | 'srcIp'
  | 'dstPort'
  | 'srcPort'
  | 'protocol'
  | 'icmpType'
  | 'icmpCode'
  | 'established'
  | 'srcMac'
  | 'dstMac';

const WIDTHS: [FieldName, number][] = [
  ['family', 1],
  ['dstIp', 128],
  ['srcIp', 128],
  ['dstPort', 16],
  ['srcPort', 16],
  ['protocol', 8],
  ['icmpType', 8],
  ['icmpCode', 8],
  ['established', 1],
  ['srcMac', 48],
  ['dstMac', 48],
];

function layout(): Record<FieldName, Field> {
  const fields = {} as Record<FieldName, Field>;
  let next = 0;
  for (const [name, width] of WIDTHS) {
    fields[name] = { name, first: next, width };
    next += width;
  }
  return fields;
}

export const FIELDS: Readonly<Record<FieldName, Field>> = layout();

/** Fields in variable order. */
export const FIELD_ORDER: readonly Field[] = WIDTHS.map(([name]) => FIELDS[name]);

export const VAR_COUNT = WIDTHS.reduce((sum, [, width]) => sum + width, 0);

/** Value of the family variable. */
export const FAMILY_BIT = { 4: 0, 6: 1 } as const;

/** Bits of an address field that an IPv4 address uses (the top ones). */
export const IPV4_BITS = 32;
export const IPV6_BITS = 128;

export const PROTOCOL_ICMP = 1;
export const PROTOCOL_TCP = 6;
export const PROTOCOL_UDP = 17;
export const PROTOCOL_ICMPV6 = 58;
export const PROTOCOL_SCTP = 132;

/** Protocols whose packets carry source and destination ports. */
export const PORT_PROTOCOLS: readonly number[] = [PROTOCOL_TCP, PROTOCOL_UDP, PROTOCOL_SCTP];

export function hasPorts(protocol: number): boolean {
  return PORT_PROTOCOLS.includes(protocol);
}

/** ICMP of the packet's own family: ICMP for IPv4, ICMPv6 for IPv6. */
export function isIcmp(family: 4 | 6, protocol: number): boolean {
  return family === 4 ? protocol === PROTOCOL_ICMP : protocol === PROTOCOL_ICMPV6;
}

/** The first `width` bits of a field (IPv4 addresses use the top 32 of the 128 address bits). */
export function topBits(field: Field, width: number): Field {
  return { name: field.name, first: field.first, width };
}
