/**
 * IPv4 addresses as unsigned 32-bit numbers. Parsing is strict (four decimal octets 0–255, no
 * leading zeros, nothing around them), the same acceptance as ip-address's Address4.isValid for a
 * bare address; it is hand-written because it runs on every address of every config.
 */

const FULL = 0xffffffff;

/** `10.0.0.1` → 167772161; undefined for anything that is not a strict dotted quad. */
export function parseIpv4(text: string): number | undefined {
  let value = 0;
  let octets = 0;
  let octet = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 46; // a virtual '.' closes the last octet
    if (code >= 48 && code <= 57) {
      // "0" alone is fine; "01" is not (it reads as octal on some platforms).
      if (digits === 1 && octet === 0) return undefined;
      octet = octet * 10 + (code - 48);
      digits++;
      if (octet > 255) return undefined;
    } else if (code === 46) {
      if (digits === 0 || octets === 4) return undefined;
      value = value * 256 + octet;
      octets++;
      octet = 0;
      digits = 0;
    } else {
      return undefined;
    }
  }
  return octets === 4 ? value : undefined;
}

export function formatIpv4(address: number): string {
  return `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}`;
}

/** Netmask of a prefix length: 24 → 255.255.255.0 (as a number). */
export function ipv4Mask(length: number): number {
  // `x << 32` is `x << 0` in JavaScript, so /0 needs its own case.
  return length === 0 ? 0 : (FULL << (32 - length)) >>> 0;
}

/** Prefix length of a netmask; undefined when the mask is not contiguous ones then zeros. */
export function ipv4MaskToLength(mask: number): number | undefined {
  const inverted = ~mask >>> 0;
  // A contiguous mask inverted is 2^k - 1, so adding one leaves a single bit (or zero).
  if ((inverted & (inverted + 1)) !== 0) return undefined;
  return 32 - bitCount(inverted);
}

/** Cisco wildcard (bits set = don't care) of a prefix length: 24 → 0.0.0.255. */
export function ipv4Wildcard(length: number): number {
  return ~ipv4Mask(length) >>> 0;
}

/** Prefix length of a contiguous wildcard (0.0.0.255 → 24); undefined when it is discontiguous. */
export function ipv4WildcardToLength(wildcard: number): number | undefined {
  return ipv4MaskToLength(~wildcard >>> 0);
}

/** Whether `address` matches `base` under a wildcard (which may be discontiguous). */
export function ipv4WildcardMatches(base: number, wildcard: number, address: number): boolean {
  return ((base ^ address) & ~wildcard) === 0;
}

export function ipv4NetworkAddress(address: number, length: number): number {
  return (address & ipv4Mask(length)) >>> 0;
}

/** Last address of the prefix (the broadcast address for /0–/30). */
export function ipv4LastAddress(address: number, length: number): number {
  return (address | ipv4Wildcard(length)) >>> 0;
}

/** Whether the prefix network/length contains the address. */
export function ipv4PrefixContains(network: number, length: number, address: number): boolean {
  return ipv4NetworkAddress(address, length) === ipv4NetworkAddress(network, length);
}

/** Two prefixes overlap exactly when the shorter one contains the other's network. */
export function ipv4PrefixesOverlap(a: number, aLength: number, b: number, bLength: number): boolean {
  const shorter = Math.min(aLength, bLength);
  return ipv4NetworkAddress(a, shorter) === ipv4NetworkAddress(b, shorter);
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v = (v & (v - 1)) >>> 0) count++;
  return count;
}
