import type { MatchEnvelope } from './match-envelope.js';
import { envelopesOverlap } from './match-envelope.js';

/**
 * Finds, for each line of a filter, the earlier lines whose envelopes (match-envelope.ts) overlap
 * its own, without comparing every pair. Lines go into two small tries, one keyed by destination and
 * one by source address: a line sits at the deepest of the levels /0, /8, /16, /24, /32 (of the top
 * 32 address bits) that still holds its whole address interval. A query looks in the dimension where
 * fewer lines are filed: the buckets above it (which contain it) and the buckets below it inside its
 * interval. That returns every earlier line overlapping in that dimension; the full envelope test
 * then keeps those that overlap in every dimension.
 */

const LEVELS = [0, 8, 16, 24, 32] as const;

class AddressTrie {
  /** Per level: bucket key → line numbers, in insertion order. */
  private readonly levels = LEVELS.map(() => new Map<number, number[]>());

  add(line: number, low: number, high: number): void {
    const level = levelOf(low, high);
    const key = keyAt(low, LEVELS[level]!);
    const buckets = this.levels[level]!;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(line);
    else buckets.set(key, [line]);
  }

  /** Calls `visit` for every line whose interval may overlap [low, high]. */
  query(low: number, high: number, visit: (line: number) => void): void {
    this.buckets(low, high, (lines) => lines.forEach(visit));
  }

  /** How many lines `query` would visit (buckets are only looked up, not walked). */
  count(low: number, high: number): number {
    let total = 0;
    this.buckets(low, high, (lines) => (total += lines.length));
    return total;
  }

  private buckets(low: number, high: number, use: (lines: number[]) => void): void {
    const own = levelOf(low, high);
    for (let level = 0; level < LEVELS.length; level++) {
      const bits = LEVELS[level]!;
      const buckets = this.levels[level]!;
      if (buckets.size === 0) continue;
      if (level <= own) {
        const lines = buckets.get(keyAt(low, bits));
        if (lines) use(lines);
        continue;
      }
      const first = keyAt(low, bits);
      const last = keyAt(high, bits);
      if (last - first + 1 <= buckets.size) {
        for (let key = first; key <= last; key++) {
          const lines = buckets.get(key);
          if (lines) use(lines);
        }
      } else {
        for (const [key, lines] of buckets) if (key >= first && key <= last) use(lines);
      }
    }
  }
}

function levelOf(low: number, high: number): number {
  let level = 0;
  for (let i = 1; i < LEVELS.length; i++) if (keyAt(low, LEVELS[i]!) === keyAt(high, LEVELS[i]!)) level = i;
  return level;
}

/** The top `bits` bits of a 32-bit address. */
function keyAt(address: number, bits: number): number {
  return bits === 0 ? 0 : Math.floor(address / 2 ** (32 - bits));
}

/**
 * For every line, the earlier lines whose envelopes overlap its own, ascending. Lines with an empty
 * envelope (families 0) neither have nor are candidates.
 */
export function overlappingEarlierLines(envelopes: MatchEnvelope[]): number[][] {
  const byDst = new AddressTrie();
  const bySrc = new AddressTrie();
  const seen = new Int32Array(envelopes.length).fill(-1);
  const result: number[][] = [];
  envelopes.forEach((envelope, line) => {
    const found: number[] = [];
    if (envelope.families !== 0) {
      const visit = (j: number) => {
        if (seen[j] === line) return;
        seen[j] = line;
        if (envelopesOverlap(envelopes[j]!, envelope)) found.push(j);
      };
      // Both tries hold every line; ask the one that has fewer lines to show.
      const viaDst = byDst.count(envelope.dstLow, envelope.dstHigh);
      const viaSrc = bySrc.count(envelope.srcLow, envelope.srcHigh);
      if (viaDst <= viaSrc) byDst.query(envelope.dstLow, envelope.dstHigh, visit);
      else bySrc.query(envelope.srcLow, envelope.srcHigh, visit);
      byDst.add(line, envelope.dstLow, envelope.dstHigh);
      bySrc.add(line, envelope.srcLow, envelope.srcHigh);
    }
    result.push(found.sort((a, b) => a - b));
  });
  return result;
}
