import type { AddressMatch } from '../../model/index.js';
import { formatIpv4, ipv4LastAddress, ipv4NetworkAddress, parseIpv4 } from '../../net/ipv4.js';

/**
 * The IPv4 addresses NOT in a union of address conditions, as ranges (`srcaddr-negate enable`).
 * Exact for any, prefix and range members. Unresolved members (FQDN, geography) cannot be
 * complemented: they are left out — the complement is then larger than the truth — and reported
 * through `approximate`.
 */
export function complementIpv4(members: AddressMatch[]): { ranges: AddressMatch[]; approximate: boolean } {
  const spans: [number, number][] = [];
  let approximate = false;
  for (const m of members) {
    if (m.kind === 'any') {
      if (m.family === undefined || m.family === 4) spans.push([0, 0xffffffff]);
    } else if (m.kind === 'prefix' && m.family === 4) {
      const base = parseIpv4(m.address)!;
      spans.push([ipv4NetworkAddress(base, m.length), ipv4LastAddress(base, m.length)]);
    } else if (m.kind === 'range' && m.family === 4) {
      spans.push([parseIpv4(m.first)!, parseIpv4(m.last)!]);
    } else if (m.kind === 'unresolved' || m.kind === 'wildcard') {
      approximate = true;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const ranges: AddressMatch[] = [];
  let next = 0;
  for (const [first, last] of spans) {
    if (first > next) ranges.push(range(next, first - 1));
    next = Math.max(next, last + 1);
  }
  if (next <= 0xffffffff) ranges.push(range(next, 0xffffffff));
  return { ranges, approximate };
}

function range(first: number, last: number): AddressMatch {
  return { kind: 'range', first: formatIpv4(first), last: formatIpv4(last), family: 4 };
}
