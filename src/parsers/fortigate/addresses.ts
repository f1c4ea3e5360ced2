import { formatIpv4, ipv4MaskToLength, ipv4NetworkAddress, parseIpv4 } from '../../net/ipv4.js';

/** `A M` or `A/len` (FortiOS writes IPv4 prefixes as address and dotted mask) → address and length. */
export function ipAndMask(words: string[]): { address: string; length: number } | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  const slash = /^([\d.]+)\/(\d{1,2})$/.exec(first);
  if (slash) {
    const length = Number(slash[2]);
    return parseIpv4(slash[1]!) !== undefined && length <= 32 ? { address: slash[1]!, length } : undefined;
  }
  if (parseIpv4(first) === undefined || second === undefined) return undefined;
  const mask = parseIpv4(second);
  const length = mask === undefined ? undefined : ipv4MaskToLength(mask);
  return length === undefined ? undefined : { address: first, length };
}

/** The network address of a prefix (`10.0.0.1/24` → `10.0.0.0`). */
export function networkOf(address: string, length: number): string {
  return formatIpv4(ipv4NetworkAddress(parseIpv4(address)!, length));
}

export function isIpv4(text: string): boolean {
  return parseIpv4(text) !== undefined;
}
