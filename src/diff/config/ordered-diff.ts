/**
 * Compare two ordered lists by the keys of their items (filter lines, firewall rules): which items
 * were added, removed, or moved (their order relative to the others changed). Items kept in order are
 * the longest common subsequence of the two key lists; an item outside it whose key is on both sides
 * moved, the rest were added or removed. Positions are 0-based indexes into the lists given.
 */
export interface OrderedDiff {
  /** [before index, after index] of items that kept their relative order. */
  kept: [number, number][];
  /** [before index, after index] of items present on both sides whose relative order changed. */
  moved: [number, number][];
  removed: number[];
  added: number[];
}

/**
 * Above this many cells the O(n·m) LCS table is not built (a 1,200-device diff must stay fast): the
 * lists are then compared as multisets of keys — added and removed are still exact, but reordering
 * inside the differing middle is not reported as moves.
 */
export const LCS_CELL_LIMIT = 4_000_000;

export function orderedDiff(before: readonly string[], after: readonly string[]): OrderedDiff {
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const a = before.map(idOf);
  const b = after.map(idOf);

  // The common head and tail are kept as they are: a one-line change to a long list costs O(n).
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const kept: [number, number][] = [];
  for (let i = 0; i < head; i++) kept.push([i, i]);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const inMiddle = midA.length * midB.length <= LCS_CELL_LIMIT ? lcsPairs(midA, midB) : multisetPairs(midA, midB);
  for (const [i, j] of inMiddle) kept.push([i + head, j + head]);
  for (let k = tail; k > 0; k--) kept.push([a.length - k, b.length - k]);

  const keptBefore = new Set(kept.map(([i]) => i));
  const keptAfter = new Set(kept.map(([, j]) => j));
  // Unmatched occurrences of the same key on both sides are the same item, moved; paired in order.
  const waiting = new Map<number, number[]>();
  a.forEach((id, i) => {
    if (keptBefore.has(i)) return;
    const list = waiting.get(id) ?? [];
    list.push(i);
    waiting.set(id, list);
  });
  const moved: [number, number][] = [];
  const added: number[] = [];
  b.forEach((id, j) => {
    if (keptAfter.has(j)) return;
    const i = waiting.get(id)?.shift();
    if (i === undefined) added.push(j);
    else moved.push([i, j]);
  });
  const movedBefore = new Set(moved.map(([i]) => i));
  const removed = a.map((_, i) => i).filter((i) => !keptBefore.has(i) && !movedBefore.has(i));
  return { kept, moved, removed, added };
}

/** Classic dynamic-programming LCS; returns matched index pairs in order. */
function lcsPairs(a: number[], b: number[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // table[i][j] = LCS length of a[i..] and b[j..]
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i++, j++]);
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Fallback for lists too long for the LCS table: pair equal keys in order, report no moves. */
function multisetPairs(a: number[], b: number[]): [number, number][] {
  const waiting = new Map<number, number[]>();
  a.forEach((id, i) => {
    const list = waiting.get(id) ?? [];
    list.push(i);
    waiting.set(id, list);
  });
  const pairs: [number, number][] = [];
  b.forEach((id, j) => {
    const i = waiting.get(id)?.shift();
    if (i !== undefined) pairs.push([i, j]);
  });
  return pairs;
}
