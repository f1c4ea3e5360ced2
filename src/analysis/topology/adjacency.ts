import { diagnostic, type Diagnostic } from '../../model/index.js';
import { formatPrefix, type Prefix } from '../../net/prefix.js';
import { addressKey, addressText, anySubnetsOverlap, isPointToPointSubnet, networkKey } from './addresses.js';
import type { L2Domain, L3Adjacency, L3Interface } from './types.js';
import { interfaceLabel } from './labels.js';

/**
 * L3 adjacency from shared subnets. Two interfaces on different devices are neighbours when their
 * subnets overlap and either a link-proven broadcast domain holds both, or (no link says otherwise)
 * they hold the only two addresses of the same /30 or /31 in the same VRF. VRF names are local to a
 * device, so they are compared only for that address guess: a link proves the wire whatever the VRF
 * is called at each end (a VRF-lite hand-off from VRF KOUMU to a firewall's global table is common).
 */

/** Interfaces without a subnet of their own (unnumbered, DHCP) take the segment they are wired to. */
function subnetsAgree(a: L3Interface, b: L3Interface): boolean {
  if (a.subnets.length === 0 || b.subnets.length === 0) return true;
  return anySubnetsOverlap(a.subnets, b.subnets);
}

/** The same address held twice in one segment. */
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
    const others = holders.slice(1).map(interfaceLabel).join(', ');
    const first = holders[0]!;
    diagnostics.push(
      diagnostic(
        first.interface.source.file,
        first.interface.source.line,
        first.interface.source.text,
        `duplicate address ${address} on one segment: ${interfaceLabel(first)} and ${others} / 同じセグメントでアドレス ${address} が重複しています: ${interfaceLabel(first)} と ${others}`,
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
      const shared = a.addresses.find((x) => b.addresses.some((y) => addressKey(x) === addressKey(y)));
      if (shared === undefined) found.push({ a, b, reason: 'point-to-point-subnet' });
      else diagnostics.push(samePointToPointAddress(a, b, addressText(shared), formatPrefix(subnet)));
      continue;
    }
    const first = holders[0]!;
    const cidr = formatPrefix(subnet);
    diagnostics.push(
      diagnostic(
        first.interface.source.file,
        first.interface.source.line,
        first.interface.source.text,
        `point-to-point subnet ${cidr} is on ${holders.length} interfaces (${holders.map(interfaceLabel).join(', ')}); ` +
          `add the real link to links.csv / ポイントツーポイントのサブネット ${cidr} が ${holders.length} 個のインタフェースにあり、` +
          `どれが対向か決められません。links.csv に実際の接続を記入してください`,
        'ambiguous-point-to-point',
        'info',
      ),
    );
  }
  return found;
}

/** Both "ends" hold the same address: two exports of one device, or one address plan reused at two sites. */
function samePointToPointAddress(a: L3Interface, b: L3Interface, address: string, cidr: string): Diagnostic {
  const span = a.interface.source;
  return diagnostic(
    span.file,
    span.line,
    span.text,
    `${interfaceLabel(a)} and ${interfaceLabel(b)} both hold ${address} in ${cidr}, so they are not taken as neighbours ` +
      `(two exports of one device, or the same addressing reused at two sites?) / ${interfaceLabel(a)} と ${interfaceLabel(b)} が ${cidr} の同じアドレス ` +
      `${address} を持つため、隣接とみなしません（同じ機器の設定が 2 つあるか、同じアドレス設計を複数拠点で使っている可能性があります）`,
    'duplicate-address',
    'info',
  );
}

export function findSubnetAdjacencies(l3s: L3Interface[], domains: L2Domain[], diagnostics: Diagnostic[]): L3Adjacency[] {
  return [...segmentAdjacencies(l3s, domains, diagnostics), ...pointToPointAdjacencies(l3s, domains, diagnostics)];
}
