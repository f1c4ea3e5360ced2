import { diagnostic, type Diagnostic } from '../../model/index.js';
import { formatPrefix, type Prefix } from '../../net/prefix.js';
import { addressKey, addressText, anySubnetsOverlap, isPointToPointSubnet, networkKey } from './addresses.js';
import type { L2Domain, L3Adjacency, L3Interface } from './types.js';

/**
 * L3 adjacency from shared subnets. Two interfaces on different devices are neighbours when their
 * subnets overlap and either a link-proven broadcast domain holds both, or (no link says otherwise)
 * they hold the only two addresses of the same /30 or /31 in the same VRF.
 */

function label(l3: L3Interface): string {
  return `${l3.device.hostname} ${l3.interface.name}`;
}

/** Interfaces without a subnet of their own (unnumbered, DHCP) take the segment they are wired to. */
function subnetsAgree(a: L3Interface, b: L3Interface): boolean {
  if (a.subnets.length === 0 || b.subnets.length === 0) return true;
  return anySubnetsOverlap(a.subnets, b.subnets);
}

function reportDuplicates(group: L3Interface[], diagnostics: Diagnostic[]): void {
  const byAddress = new Map<string, L3Interface[]>();
  for (const l3 of group) {
    if (l3.borrowedFrom !== undefined) continue; // a borrowed address is the lender's, reported there
    for (const address of l3.addresses) {
      const list = byAddress.get(addressKey(address)) ?? [];
      if (!list.includes(l3)) list.push(l3);
      byAddress.set(addressKey(address), list);
    }
  }
  for (const [key, holders] of byAddress) {
    if (holders.length < 2) continue;
    const address = addressText(holders[0]!.addresses.find((p) => addressKey(p) === key)!);
    const others = holders.slice(1).map(label).join(', ');
    const first = holders[0]!;
    diagnostics.push(
      diagnostic(
        first.interface.source.file,
        first.interface.source.line,
        first.interface.source.text,
        `duplicate address ${address} on one segment: ${label(first)} and ${others} / 同じセグメントでアドレス ${address} が重複しています: ${label(first)} と ${others}`,
        'duplicate-address',
        'warning',
      ),
    );
  }
}

/** Neighbours inside broadcast domains that links join across devices. */
function segmentAdjacencies(l3s: L3Interface[], domains: L2Domain[], diagnostics: Diagnostic[]): L3Adjacency[] {
  const byDomain = new Map<number, L3Interface[]>();
  for (const l3 of l3s) {
    if (l3.domainId === undefined || domains[l3.domainId]!.devices.length < 2) continue;
    const list = byDomain.get(l3.domainId) ?? [];
    list.push(l3);
    byDomain.set(l3.domainId, list);
  }
  const found: L3Adjacency[] = [];
  for (const group of byDomain.values()) {
    reportDuplicates(group, diagnostics);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.device !== b.device && subnetsAgree(a, b)) found.push({ a, b, reason: 'shared-segment' });
      }
    }
  }
  return found;
}

/**
 * Point-to-point subnets on interfaces whose wire no link describes. Exactly two holders on two
 * devices make a link; more are ambiguous (the same /30 reused at several sites) and are reported,
 * because guessing would join unrelated sites.
 */
function pointToPointAdjacencies(l3s: L3Interface[], domains: L2Domain[], diagnostics: Diagnostic[]): L3Adjacency[] {
  const bySubnet = new Map<string, { subnet: Prefix; holders: L3Interface[] }>();
  for (const l3 of l3s) {
    if (l3.domainId === undefined || domains[l3.domainId]!.devices.length > 1) continue;
    for (const subnet of l3.subnets) {
      if (!isPointToPointSubnet(subnet)) continue;
      const key = `${l3.vrf}|${networkKey(subnet)}`;
      const entry = bySubnet.get(key) ?? { subnet, holders: [] };
      if (!entry.holders.includes(l3)) entry.holders.push(l3);
      bySubnet.set(key, entry);
    }
  }
  const found: L3Adjacency[] = [];
  for (const { subnet, holders } of bySubnet.values()) {
    if (holders.length < 2) continue;
    if (holders.length === 2 && holders[0]!.device !== holders[1]!.device) {
      const [a, b] = holders as [L3Interface, L3Interface];
      const shared = a.addresses.some((x) => b.addresses.some((y) => addressKey(x) === addressKey(y)));
      if (shared) reportDuplicates(holders, diagnostics);
      else found.push({ a, b, reason: 'point-to-point-subnet' });
      continue;
    }
    const first = holders[0]!;
    const cidr = formatPrefix(subnet);
    diagnostics.push(
      diagnostic(
        first.interface.source.file,
        first.interface.source.line,
        first.interface.source.text,
        `point-to-point subnet ${cidr} is on ${holders.length} interfaces (${holders.map(label).join(', ')}); ` +
          `add the real link to links.csv / ポイントツーポイントのサブネット ${cidr} が ${holders.length} 個のインタフェースにあり、` +
          `どれが対向か決められません。links.csv に実際の接続を記入してください`,
        'ambiguous-point-to-point',
        'info',
      ),
    );
  }
  return found;
}

export function findSubnetAdjacencies(l3s: L3Interface[], domains: L2Domain[], diagnostics: Diagnostic[]): L3Adjacency[] {
  return [...segmentAdjacencies(l3s, domains, diagnostics), ...pointToPointAdjacencies(l3s, domains, diagnostics)];
}
