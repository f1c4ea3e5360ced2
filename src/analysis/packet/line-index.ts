import type { MatchEnvelope } from './match-envelope.js';
import { envelopesOverlap } from './match-envelope.js';

/**
 * Finds, for each line of a filter, the earlier lines whose envelopes (match-envelope.ts) overlap
 * its own, without comparing every pair. Lines go into two small tries, one keyed by destination and
 * one by source address: a line sits at the deepest of the levels /0, /8, /16, /24, /32 (of the top
 * 32 address bits) that still holds its whole address interval. A query looks in the dimension where
 * fewer lines are filed: the buckets that contain the line's interval and the lines filed deeper in
 * the interval's own bucket. That returns every earlier line overlapping in that dimension; the full envelope test
 * then keeps those that overlap in every dimension.
 */

const LEVELS = [0, 8, 16, 24, 32] as const;

class AddressTrie {
  /** Per level: bucket key → the lines filed at that level. */
  private readonly filed = LEVELS.map(() => new Map<number, number[]>());
  /** Per level: bucket key → the lines filed deeper inside that bucket. */
  private readonly below = LEVELS.map(() => new Map<number, number[]>());

  add(line: number, low: number, high: number): void {
    const level = levelOf(low, high);
    push(this.filed[level]!, keyAt(low, LEVELS[level]!), line);
    for (let above = 0; above < level; above++) push(this.below[above]!, keyAt(low, LEVELS[above]!), line);
  }

  /** Calls `visit` for every line whose interval may overlap [low, high]. */
  query(low: number, high: number, visit: (line: number) => void): void {
    for (const lines of this.buckets(low, high)) lines.forEach(visit);
  }

  /** How many lines `query` would visit. */
  count(low: number, high: number): number {
    let total = 0;
    for (const lines of this.buckets(low, high)) total += lines.length;
    return total;
  }

  /**
   * An overlapping line is filed either in a bucket that contains [low, high] (at the interval's own
   * level or above) or deeper inside the interval's own bucket.
   */
  private buckets(low: number, high: number): number[][] {
    const own = levelOf(low, high);
    const found: number[][] = [];
    for (let level = 0; level <= own; level++) {
      const lines = this.filed[level]!.get(keyAt(low, LEVELS[level]!));
      if (lines) found.push(lines);
    }
    const deeper = this.below[own]!.get(keyAt(low, LEVELS[own]!));
    if (deeper) found.push(deeper);
    return found;
  }
}

function push(buckets: Map<number, number[]>, key: number, line: number): void {
  const lines = buckets.get(key);
  if (lines) lines.push(line);
  else buckets.set(key, [line]);
}

function levelOf(low: number, high: number): number {
  let level = 0;
  for (let i = 1; i < LEVELS.length; i++) if (keyAt(low, LEVELS[i]!) === keyAt(high, LEVELS[i]!)) level = i;
  return level;
}

/** The top `bits` bits of a 32-bit address. */
function keyAt(address: number, bits: number): number {
  return bits === 0 ? 0 : address >>> (32 - bits);
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
