import {
  formatIpv4,
  ipv4Mask,
  ipv4MaskToLength,
  ipv4NetworkAddress,
  parseIpv4,
} from './ipv4.js';
import { formatIpv6, ipv6Mask, ipv6NetworkAddress, parseIpv6 } from './ipv6.js';

/** An address with a prefix length, tagged by family so the arithmetic can stay exact for each. */
export type Prefix = Ipv4Prefix | Ipv6Prefix;
export interface Ipv4Prefix {
  family: 4;
  address: number;
  length: number;
}
export interface Ipv6Prefix {
  family: 6;
  address: bigint;
  length: number;
}

export type PrefixError = { error: string };

const LENGTH = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Parse `10.0.0.0/8`, `10.0.0.0 255.0.0.0`, `10.0.0.0/255.0.0.0`, `2001:db8::/32` or a bare host
 * (→ /32, /128). Host bits are kept as written (an interface address is a prefix with host bits);
 * use prefixNetwork to clear them. Failures are values, never exceptions.
 */
export function parsePrefix(text: string): Prefix | PrefixError {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'empty address / アドレスが空です' };
  const slash = trimmed.indexOf('/');
  const space = trimmed.search(/\s/);
  let addressText = trimmed;
  let lengthText: string | undefined;
  if (slash >= 0) {
    addressText = trimmed.slice(0, slash).trim();
    lengthText = trimmed.slice(slash + 1).trim();
  } else if (space >= 0) {
    addressText = trimmed.slice(0, space);
    lengthText = trimmed.slice(space).trim();
  }

  const v4 = parseIpv4(addressText);
  if (v4 !== undefined) {
    const length = lengthText === undefined ? 32 : ipv4LengthOf(lengthText);
    if (length === undefined) return { error: `"${lengthText}" is not a prefix length or contiguous netmask / プレフィックス長またはネットマスクが不正です` };
    return { family: 4, address: v4, length };
  }
  const v6 = parseIpv6(addressText);
  if (v6 !== undefined) {
    const length = lengthText === undefined ? 128 : numericLength(lengthText, 128);
    if (length === undefined) return { error: `"${lengthText}" is not an IPv6 prefix length (0–128) / IPv6 プレフィックス長が不正です` };
    return { family: 6, address: v6, length };
  }
  return { error: `"${addressText}" is not an IPv4 or IPv6 address / IPアドレスとして不正です` };
}

/** `/24`-style length or a dotted netmask (`255.255.255.0`); discontiguous masks are rejected. */
function ipv4LengthOf(text: string): number | undefined {
  const mask = parseIpv4(text);
  if (mask !== undefined) return ipv4MaskToLength(mask);
  return numericLength(text, 32);
}

function numericLength(text: string, max: number): number | undefined {
  if (!LENGTH.test(text)) return undefined;
  const length = Number(text);
  return length <= max ? length : undefined;
}

/** The prefix with its host bits cleared. */
export function prefixNetwork(prefix: Prefix): Prefix {
  return prefix.family === 4
    ? { family: 4, address: ipv4NetworkAddress(prefix.address, prefix.length), length: prefix.length }
    : { family: 6, address: ipv6NetworkAddress(prefix.address, prefix.length), length: prefix.length };
}

export function hasHostBits(prefix: Prefix): boolean {
  return prefix.family === 4
    ? (prefix.address & ~ipv4Mask(prefix.length)) !== 0
    : (prefix.address & ~ipv6Mask(prefix.length)) !== 0n;
}

export function formatPrefixAddress(prefix: Prefix): string {
  return prefix.family === 4 ? formatIpv4(prefix.address) : formatIpv6(prefix.address);
}

export function formatPrefix(prefix: Prefix): string {
  return `${formatPrefixAddress(prefix)}/${prefix.length}`;
}

/** Whether `outer` contains every address of `inner` (a host is a /32 or /128 prefix). */
export function prefixContains(outer: Prefix, inner: Prefix): boolean {
  if (outer.length > inner.length) return false;
  return prefixesOverlap(outer, inner);
}

/** Prefixes either nest or are disjoint, so they overlap when the shorter contains the other's network. */
export function prefixesOverlap(a: Prefix, b: Prefix): boolean {
  const shorter = Math.min(a.length, b.length);
  if (a.family === 4 && b.family === 4) {
    return ipv4NetworkAddress(a.address, shorter) === ipv4NetworkAddress(b.address, shorter);
  }
  if (a.family === 6 && b.family === 6) {
    return ipv6NetworkAddress(a.address, shorter) === ipv6NetworkAddress(b.address, shorter);
  }
  return false;
}
