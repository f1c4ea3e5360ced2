import type { AddressMatch, Match, PortRange } from '../../model/index.js';
import { ipv4Mask, parseIpv4 } from '../../net/ipv4.js';
import { FAMILY_BIT, type Field, FIELDS } from './fields.js';
import { addressValue } from './packet.js';

/**
 * A cheap bounding box of a match: families, the top 32 bits of each address (all of an IPv4
 * address), protocol and port intervals. Two matches whose boxes are disjoint cannot share a packet,
 * so the blocking-line search only asks the BDD about pairs whose boxes meet; on a 20,000-line ACL
 * that skips almost every pair. Boxes are conservative (never smaller than the match), nothing more.
 */
export interface MatchEnvelope {
  /** Bit 1 = IPv4, bit 2 = IPv6; 0 = the match is empty. */
  families: number;
  dstLow: number;
  dstHigh: number;
  srcLow: number;
  srcHigh: number;
  protocolLow: number;
  protocolHigh: number;
  dstPortLow: number;
  dstPortHigh: number;
  srcPortLow: number;
  srcPortHigh: number;
}

const TOP = 0xffffffff;

/** The envelope of a match that selects nothing (or of a disabled line). */
export const EMPTY_ENVELOPE: MatchEnvelope = {
  families: 0,
  dstLow: 0,
  dstHigh: 0,
  srcLow: 0,
  srcHigh: 0,
  protocolLow: 0,
  protocolHigh: 0,
  dstPortLow: 0,
  dstPortHigh: 0,
  srcPortLow: 0,
  srcPortHigh: 0,
};

export function matchEnvelope(match: Match, judgedFamily: 4 | 6 | undefined): MatchEnvelope {
  const dst = addressBox(match.dst);
  const src = addressBox(match.src);
  const judged = judgedFamily === undefined ? 3 : judgedFamily === 4 ? 1 : 2;
  const dstPorts = portBox(match.dstPorts);
  const srcPorts = portBox(match.srcPorts);
  // An empty port list is an empty union: the match selects nothing.
  const portsPossible = match.dstPorts?.length !== 0 && match.srcPorts?.length !== 0;
  return {
    families: portsPossible ? dst.families & src.families & judged : 0,
    dstLow: dst.low,
    dstHigh: dst.high,
    srcLow: src.low,
    srcHigh: src.high,
    protocolLow: match.protocol ?? 0,
    protocolHigh: match.protocol ?? 255,
    dstPortLow: dstPorts[0],
    dstPortHigh: dstPorts[1],
    srcPortLow: srcPorts[0],
    srcPortHigh: srcPorts[1],
  };
}

export function envelopesOverlap(a: MatchEnvelope, b: MatchEnvelope): boolean {
  return (
    (a.families & b.families) !== 0 &&
    a.dstLow <= b.dstHigh && b.dstLow <= a.dstHigh &&
    a.srcLow <= b.srcHigh && b.srcLow <= a.srcHigh &&
    a.protocolLow <= b.protocolHigh && b.protocolLow <= a.protocolHigh &&
    a.dstPortLow <= b.dstPortHigh && b.dstPortLow <= a.dstPortHigh &&
    a.srcPortLow <= b.srcPortHigh && b.srcPortLow <= a.srcPortHigh
  );
}

function addressBox(list: AddressMatch[]): { families: number; low: number; high: number } {
  let families = 0;
  let low = TOP;
  let high = 0;
  for (const condition of list) {
    const box = oneAddressBox(condition);
    if (!box) continue;
    families |= box.families;
    low = Math.min(low, box.low);
    high = Math.max(high, box.high);
  }
  return { families, low, high };
}

function oneAddressBox(condition: AddressMatch): { families: number; low: number; high: number } | undefined {
  switch (condition.kind) {
    case 'any':
      return { families: condition.family === undefined ? 3 : condition.family === 4 ? 1 : 2, low: 0, high: TOP };
    case 'prefix': {
      const top = top32(condition.family, condition.address);
      const mask = ipv4Mask(Math.min(32, condition.length));
      return { families: condition.family === 4 ? 1 : 2, low: (top & mask) >>> 0, high: (top | ~mask) >>> 0 };
    }
    case 'wildcard': {
      const base = top32(4, condition.address);
      const wildcard = top32(4, condition.wildcard);
      return { families: 1, low: (base & ~wildcard) >>> 0, high: (base | wildcard) >>> 0 };
    }
    case 'range': {
      const first = top32(condition.family, condition.first);
      const last = top32(condition.family, condition.last);
      return { families: condition.family === 4 ? 1 : 2, low: first, high: last };
    }
    case 'unresolved':
      return undefined;
  }
}

/** The whole IPv4 address, or the top 32 bits of an IPv6 address; throws on a bad address, as the BDD side does. */
function top32(family: 4 | 6, text: string): number {
  if (family === 4) {
    const value = parseIpv4(text);
    if (value === undefined) throw new Error(`"${text}" is not an IPv4 address / IPv4 アドレスではありません`);
    return value;
  }
  return Number(addressValue(6, text) >> 96n);
}

function portBox(ranges: PortRange[] | undefined): [number, number] {
  if (!ranges || ranges.length === 0) return [0, 65535];
  return [Math.min(...ranges.map((r) => r.from)), Math.max(...ranges.map((r) => r.to))];
}

/** Whether a concrete packet (one value per BDD variable) lies inside the envelope. */
export function envelopeHolds(envelope: MatchEnvelope, bits: ArrayLike<number>): boolean {
  const family = bits[FIELDS.family.first] === FAMILY_BIT[6] ? 2 : 1;
  const dst = topValue(bits, FIELDS.dstIp, 32);
  const src = topValue(bits, FIELDS.srcIp, 32);
  const protocol = topValue(bits, FIELDS.protocol, 8);
  const dstPort = topValue(bits, FIELDS.dstPort, 16);
  const srcPort = topValue(bits, FIELDS.srcPort, 16);
  return (
    (envelope.families & family) !== 0 &&
    envelope.dstLow <= dst && dst <= envelope.dstHigh &&
    envelope.srcLow <= src && src <= envelope.srcHigh &&
    envelope.protocolLow <= protocol && protocol <= envelope.protocolHigh &&
    // Ports of a packet without ports are arbitrary bits; a line with port conditions cannot match
    // such a packet anyway, so leaving it out is right.
    envelope.dstPortLow <= dstPort && dstPort <= envelope.dstPortHigh &&
    envelope.srcPortLow <= srcPort && srcPort <= envelope.srcPortHigh
  );
}

function topValue(bits: ArrayLike<number>, field: Field, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 2 + bits[field.first + i]!;
  return value;
}
