import type { PortRange } from '../model/index.js';

/** What an approved flow carries: its IP protocol and destination ports, as flows.csv writes them. */

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMPV6 = 58;

/** Protocol words accepted in flows.csv (IANA protocol numbers); `ip`/`any` mean any IP protocol. */
const PROTOCOL_WORDS: Readonly<Record<string, number | 'any'>> = {
  ip: 'any',
  any: 'any',
  all: 'any',
  tcp: TCP,
  udp: UDP,
  icmp: ICMP,
  icmpv6: ICMPV6,
  'ipv6-icmp': ICMPV6,
  gre: 47,
  esp: 50,
  ah: 51,
};

const NUMBER = /^(0|[1-9][0-9]*)$/;

/** A protocol word or number 0–255 → the number, `any`, or an error (English / Japanese). */
export function parseProtocol(text: string): number | 'any' | { error: string } {
  const word = text.normalize('NFKC').trim().toLowerCase();
  const named = PROTOCOL_WORDS[word];
  if (named !== undefined) return named;
  if (NUMBER.test(word) && Number(word) <= 255) return Number(word);
  const words = Object.keys(PROTOCOL_WORDS).join(', ');
  return { error: `"${text}" is not a protocol; use ${words} or a number 0–255 / 「${text}」はプロトコルとして不正です（${words} または 0〜255 の番号）` };
}

/** Ports only mean something for these protocols. */
export function protocolHasPorts(protocol: number | 'any'): boolean {
  return protocol === TCP || protocol === UDP;
}

/**
 * `445`, `80,443`, `1024-65535` (also `;` or spaces between items and `~`/`〜` in ranges) → ranges
 * sorted and merged where they touch or overlap.
 */
export function parsePortList(text: string): PortRange[] | { error: string } {
  const ranges: PortRange[] = [];
  const items = text.normalize('NFKC').split(/[,;、\s]+/).filter((item) => item !== '');
  if (items.length === 0) return { error: `"${text}" names no port / 「${text}」にポート番号がありません` };
  for (const item of items) {
    const parts = item.split(/[-~〜]/);
    const from = parsePort(parts[0]!);
    const to = parts.length === 1 ? from : parts.length === 2 ? parsePort(parts[1]!) : undefined;
    if (from === undefined || to === undefined) {
      return { error: `"${item}" is not a port or port range (0–65535) / 「${item}」はポート番号または範囲（0〜65535）として不正です` };
    }
    if (from > to) return { error: `"${item}": range runs backwards / 「${item}」は範囲の順序が逆です` };
    ranges.push({ from, to });
  }
  return mergeRanges(ranges);
}

function parsePort(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}

function mergeRanges(ranges: PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}
