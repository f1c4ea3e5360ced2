import type { AddressMatch, Filter, FilterAction, MacMatch, Match } from '../../model/index.js';
import { hasPorts, isIcmp, PROTOCOL_TCP } from './fields.js';
import { judgedFamily } from './filter-domain.js';
import { addressValue, macValue, type Packet, type PacketValues, packetValues } from './packet.js';

/**
 * A plain first-match evaluator over the model, one concrete packet at a time, with no BDDs: the
 * oracle the compiled filters are tested against. It follows the same semantics as
 * match-to-set.ts, written out directly on numbers.
 */

/** Index (in filter.rules) of the rule that decides the packet, 'default' when none matches. */
export type FilterDecision = number | 'default' | 'not-applicable';

export function decidingRule(filter: Filter, packet: Packet): FilterDecision {
  const values = packetValues(packet);
  const family = judgedFamily(filter);
  if (family !== undefined && family !== values.family) return 'not-applicable';
  for (let i = 0; i < filter.rules.length; i++) {
    const rule = filter.rules[i]!;
    if (!rule.disabled && matchesPacket(rule.match, values)) return i;
  }
  return 'default';
}

/** What the filter does with the packet; packets of a family it does not judge pass. */
export function evaluateFilter(filter: Filter, packet: Packet): FilterAction {
  const decision = decidingRule(filter, packet);
  if (decision === 'not-applicable') return 'permit';
  if (decision === 'default') return filter.semantics.defaultAction;
  return filter.rules[decision]!.action;
}

export function matchesPacket(match: Match, p: PacketValues): boolean {
  if (!match.dst.some((a) => addressMatches(a, p.family, p.dst))) return false;
  if (!match.src.some((a) => addressMatches(a, p.family, p.src))) return false;
  if (match.protocol !== undefined && match.protocol !== p.protocol) return false;
  const portsOk = (ranges: { from: number; to: number }[], port: number) =>
    hasPorts(p.protocol) && ranges.some((r) => r.from <= port && port <= r.to);
  if (match.dstPorts && !portsOk(match.dstPorts, p.dstPort)) return false;
  if (match.srcPorts && !portsOk(match.srcPorts, p.srcPort)) return false;
  if (match.icmp) {
    if (!isIcmp(p.family, p.protocol)) return false;
    if (!match.icmp.some((e) => e.type === p.icmpType && (e.code === undefined || e.code === p.icmpCode))) return false;
  }
  if (match.established && !(p.protocol === PROTOCOL_TCP && p.established)) return false;
  if (match.srcMac && !match.srcMac.some((m) => macMatches(m, p.srcMac))) return false;
  if (match.dstMac && !match.dstMac.some((m) => macMatches(m, p.dstMac))) return false;
  return true;
}

function addressMatches(condition: AddressMatch, family: 4 | 6, address: bigint): boolean {
  switch (condition.kind) {
    case 'any':
      return condition.family === undefined || condition.family === family;
    case 'prefix': {
      if (condition.family !== family) return false;
      const hostBits = BigInt((family === 4 ? 32 : 128) - condition.length);
      return address >> hostBits === addressValue(family, condition.address) >> hostBits;
    }
    case 'wildcard': {
      if (family !== 4) return false;
      const base = addressValue(4, condition.address);
      const wildcard = addressValue(4, condition.wildcard);
      return ((base ^ address) & ~wildcard & 0xffffffffn) === 0n;
    }
    case 'range':
      return (
        condition.family === family &&
        addressValue(family, condition.first) <= address &&
        address <= addressValue(family, condition.last)
      );
    case 'unresolved':
      return false;
  }
}

function macMatches(condition: MacMatch, mac: bigint): boolean {
  const wildcard = condition.wildcard === undefined ? 0n : macValue(condition.wildcard);
  return ((macValue(condition.mac) ^ mac) & ~wildcard & 0xffffffffffffn) === 0n;
}
