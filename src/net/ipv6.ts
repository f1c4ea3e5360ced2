import { Address6 } from 'ip-address';

/**
 * IPv6 addresses as unsigned 128-bit bigints. Parsing goes through ip-address's Address6 (it knows
 * `::` elision and embedded IPv4 such as `::ffff:192.0.2.1`); the arithmetic is our own.
 */

const BITS = 128n;
const FULL = (1n << BITS) - 1n;

/**
 * `2001:db8::1` → 42540766411282592856903984951653826561n. Undefined for anything that is not a
 * bare address: a prefix length or a zone index (`fe80::1%eth0`) must be split off by the caller.
 */
export function parseIpv6(text: string): bigint | undefined {
  if (text.includes('/') || text.includes('%') || !Address6.isValid(text)) return undefined;
  return new Address6(text).bigInt();
}

/** RFC 5952 text form: lower case, longest zero run as `::`. */
export function formatIpv6(address: bigint): string {
  return Address6.fromBigInt(address).correctForm();
}

export function ipv6Mask(length: number): bigint {
  return (FULL << (BITS - BigInt(length))) & FULL;
}

/** Prefix length of a netmask; undefined when the mask is not contiguous ones then zeros. */
export function ipv6MaskToLength(mask: bigint): number | undefined {
  const inverted = ~mask & FULL;
  if ((inverted & (inverted + 1n)) !== 0n) return undefined;
  return 128 - (inverted === 0n ? 0 : inverted.toString(2).length);
}

export function ipv6NetworkAddress(address: bigint, length: number): bigint {
  return address & ipv6Mask(length);
}

export function ipv6LastAddress(address: bigint, length: number): bigint {
  return address | (~ipv6Mask(length) & FULL);
}

export function ipv6PrefixContains(network: bigint, length: number, address: bigint): boolean {
  return ipv6NetworkAddress(address, length) === ipv6NetworkAddress(network, length);
}

/** Two prefixes overlap exactly when the shorter one contains the other's network. */
export function ipv6PrefixesOverlap(a: bigint, aLength: number, b: bigint, bLength: number): boolean {
  const shorter = Math.min(aLength, bLength);
  return ipv6NetworkAddress(a, shorter) === ipv6NetworkAddress(b, shorter);
}
