import type { InterfaceAddress } from '../../model/index.js';
import { parseIpv4 } from '../../net/ipv4.js';
import { parseIpv6 } from '../../net/ipv6.js';
import { formatPrefixAddress, parsePrefix, prefixNetwork, prefixesOverlap, type Prefix } from '../../net/prefix.js';

/** Address helpers shared by the topology builders. */

/** A bare address as a host prefix (/32, /128); undefined when it is not one. */
export function parseHost(text: string): Prefix | undefined {
  const v4 = parseIpv4(text.trim());
  if (v4 !== undefined) return { family: 4, address: v4, length: 32 };
  const v6 = parseIpv6(text.trim());
  return v6 === undefined ? undefined : { family: 6, address: v6, length: 128 };
}

/** An interface address as a prefix with host bits; undefined when the model holds something malformed. */
export function interfacePrefix(address: InterfaceAddress): Prefix | undefined {
  const parsed = parsePrefix(`${address.address}/${address.prefixLength}`);
  return 'error' in parsed ? undefined : parsed;
}

/** Identity of an address (ignores the prefix length): `4:167772161`. */
export function addressKey(prefix: Prefix): string {
  return `${prefix.family}:${prefix.address}`;
}

/** Identity of a network prefix: `4:167772160/30`. */
export function networkKey(prefix: Prefix): string {
  return `${prefix.family}:${prefixNetwork(prefix).address}/${prefix.length}`;
}

/** Canonical text of an address (`2001:DB8::1` → `2001:db8::1`). */
export function addressText(prefix: Prefix): string {
  return formatPrefixAddress(prefix);
}

/**
 * Subnets that only fit two hosts: /30 and /31 (RFC 3021), and their IPv6 counterparts /126 and
 * /127 (RFC 6164).
 */
export function isPointToPointSubnet(prefix: Prefix): boolean {
  return prefix.family === 4 ? prefix.length === 30 || prefix.length === 31 : prefix.length === 126 || prefix.length === 127;
}

const LINK_LOCAL: Prefix = { family: 6, address: 0xfe80n << 112n, length: 10 };

/** fe80::/10: on every IPv6 interface, never routed, so never a connected route or a shared subnet. */
export function isLinkLocal(prefix: Prefix): boolean {
  return prefix.family === 6 && prefixesOverlap(prefix, LINK_LOCAL) && prefix.length >= 10;
}

export function anySubnetsOverlap(a: Prefix[], b: Prefix[]): boolean {
  return a.some((x) => b.some((y) => prefixesOverlap(x, y)));
}
