/**
 * A reduced ordered binary decision diagram (ROBDD) manager, written for packet sets.
 *
 * A BDD is a node handle (a number). 0 is the empty set (FALSE), 1 the full set (TRUE). Nodes live
 * in one Int32Array, three ints each (variable, low child, high child), that grows by doubling; an
 * open-addressing unique table keeps every (variable, low, high) triple once, so two handles are
 * equal exactly when their sets are equal. Results of operations go through a lossy, direct-mapped
 * cache. Interleaving and the single cache array matter: on large diagrams the time goes into
 * memory latency, one cache line per node or entry instead of three or four.
 *
 * Lifetime: one manager per analysis run. Nodes are never freed (there is no garbage collection):
 * the memory goes when the manager is dropped, so do not keep a manager alive across runs and do not
 * make it a global.
 *
 * Recursion only ever descends the variable order, so its depth is bounded by the variable count
 * (a few hundred), never by the number of nodes.
 */

export type BddNode = number;

export const FALSE: BddNode = 0;
export const TRUE: BddNode = 1;

const OP_AND = 1;
const OP_OR = 2;
const OP_DIFF = 3;
const OP_XOR = 4;
const OP_NOT = 5;
const OP_INTERSECTS = 6;
const OP_HAS_DIFF = 7;

const INITIAL_NODES = 1 << 12;
const MIN_CACHE = 1 << 12;
const MAX_CACHE = 1 << 22;

export class BddManager {
  readonly varCount: number;
  /** Node n is nodes[3n] (variable), nodes[3n+1] (low child), nodes[3n+2] (high child). */
  private nodes: Int32Array;
  private used = 2;
  /** Unique table: node handles, 0 = empty slot (FALSE is never stored). */
  private unique: Int32Array;
  /** Entry i is cache[4i..4i+3]: operation, a, b, result. One array keeps an entry in one cache line. */
  private cache: Int32Array;
  /** Scratch memo of concat (reused: concat runs often and never nests). */
  private readonly concatMemo = new Map<BddNode, BddNode>();

  constructor(varCount: number) {
    this.varCount = varCount;
    this.nodes = new Int32Array(INITIAL_NODES * 3);
    // Terminals sit below every variable.
    this.nodes[3 * FALSE] = varCount;
    this.nodes[3 * TRUE] = varCount;
    this.unique = new Int32Array(INITIAL_NODES * 2);
    this.cache = new Int32Array(MIN_CACHE * 4);
  }

  /** Nodes allocated so far (terminals included): the manager's memory use. */
  get nodeCount(): number {
    return this.used;
  }

  isFalse(f: BddNode): boolean {
    return f === FALSE;
  }

  isTrue(f: BddNode): boolean {
    return f === TRUE;
  }

  /** Variable tested at the node; varCount for the terminals. */
  varOf(f: BddNode): number {
    return this.nodes[3 * f]!;
  }

  low(f: BddNode): BddNode {
    return this.nodes[3 * f + 1]!;
  }

  high(f: BddNode): BddNode {
    return this.nodes[3 * f + 2]!;
  }

  /** The set where variable `v` is 1. */
  variable(v: number): BddNode {
    this.checkVar(v);
    return this.mk(v, FALSE, TRUE);
  }

  /**
   * The node testing `v` with the given children. Children must only test variables after `v`;
   * builders that go bottom-up (last variable first) satisfy this by construction.
   */
  mk(v: number, low: BddNode, high: BddNode): BddNode {
    if (low === high) return low;
    const mask = this.unique.length - 1;
    let slot = hash3(v, low, high) & mask;
    for (;;) {
      const node = this.unique[slot]!;
      if (node === 0) break;
      if (this.nodes[3 * node] === v && this.nodes[3 * node + 1] === low && this.nodes[3 * node + 2] === high) return node;
      slot = (slot + 1) & mask;
    }
    if (this.used * 3 === this.nodes.length) this.nodes = grown(this.nodes, this.nodes.length * 2);
    const node = this.used++;
    this.nodes[3 * node] = v;
    this.nodes[3 * node + 1] = low;
    this.nodes[3 * node + 2] = high;
    // Keep the table at most half full; growing rehashes, so the slot found above is stale then.
    if (this.used * 2 > this.unique.length) this.growUnique();
    else this.unique[slot] = node;
    return node;
  }

  and(a: BddNode, b: BddNode): BddNode {
    return this.apply(OP_AND, a, b);
  }

  or(a: BddNode, b: BddNode): BddNode {
    return this.apply(OP_OR, a, b);
  }

  /**
   * Union of many sets, merged pairwise in rounds. Adding them one by one to a growing union would
   * rebuild the growing union's upper part every time; pairwise merging keeps the operands of most
   * operations small.
   */
  orAll(sets: readonly BddNode[]): BddNode {
    let layer = [...sets];
    if (layer.length === 0) return FALSE;
    while (layer.length > 1) {
      const next: BddNode[] = [];
      for (let i = 0; i < layer.length; i += 2) next.push(i + 1 < layer.length ? this.or(layer[i]!, layer[i + 1]!) : layer[i]!);
      layer = next;
    }
    return layer[0]!;
  }

  /** a minus b (a ∧ ¬b). */
  diff(a: BddNode, b: BddNode): BddNode {
    return this.apply(OP_DIFF, a, b);
  }

  xor(a: BddNode, b: BddNode): BddNode {
    return this.apply(OP_XOR, a, b);
  }

  not(a: BddNode): BddNode {
    if (a === FALSE) return TRUE;
    if (a === TRUE) return FALSE;
    const slot = this.cacheSlot(OP_NOT, a, 0);
    if (this.cached(slot, OP_NOT, a, 0)) return this.cache[slot + 3]!;
    const low = this.not(this.nodes[3 * a + 1]!);
    const high = this.not(this.nodes[3 * a + 2]!);
    const result = this.mk(this.nodes[3 * a]!, low, high);
    this.remember(slot, OP_NOT, a, 0, result);
    return result;
  }

  /** if f then g else h. */
  ite(f: BddNode, g: BddNode, h: BddNode): BddNode {
    return this.or(this.and(f, g), this.diff(h, f));
  }

  /** Whether a ∧ b is non-empty, without building a ∧ b. */
  intersects(a: BddNode, b: BddNode): boolean {
    if (a === FALSE || b === FALSE) return false;
    if (a === TRUE || b === TRUE || a === b) return true;
    if (a > b) [a, b] = [b, a];
    const slot = this.cacheSlot(OP_INTERSECTS, a, b);
    if (this.cached(slot, OP_INTERSECTS, a, b)) return this.cache[slot + 3] === TRUE;
    const va = this.nodes[3 * a]!;
    const vb = this.nodes[3 * b]!;
    const v = va < vb ? va : vb;
    const result =
      this.intersects(va === v ? this.nodes[3 * a + 1]! : a, vb === v ? this.nodes[3 * b + 1]! : b) ||
      this.intersects(va === v ? this.nodes[3 * a + 2]! : a, vb === v ? this.nodes[3 * b + 2]! : b);
    this.remember(slot, OP_INTERSECTS, a, b, result ? TRUE : FALSE);
    return result;
  }

  /** Whether every element of a is in b (a ∧ ¬b is empty), without building anything. */
  isSubset(a: BddNode, b: BddNode): boolean {
    return !this.hasDiff(a, b);
  }

  private hasDiff(a: BddNode, b: BddNode): boolean {
    if (a === FALSE || b === TRUE || a === b) return false;
    if (b === FALSE) return true; // a is not FALSE here
    if (a === TRUE) return true; // b is neither TRUE nor FALSE, so ¬b is non-empty
    const slot = this.cacheSlot(OP_HAS_DIFF, a, b);
    if (this.cached(slot, OP_HAS_DIFF, a, b)) return this.cache[slot + 3] === TRUE;
    const va = this.nodes[3 * a]!;
    const vb = this.nodes[3 * b]!;
    const v = va < vb ? va : vb;
    const result =
      this.hasDiff(va === v ? this.nodes[3 * a + 1]! : a, vb === v ? this.nodes[3 * b + 1]! : b) ||
      this.hasDiff(va === v ? this.nodes[3 * a + 2]! : a, vb === v ? this.nodes[3 * b + 2]! : b);
    this.remember(slot, OP_HAS_DIFF, a, b, result ? TRUE : FALSE);
    return result;
  }

  /** ∃ variables first..last (inclusive): f with those variables made free. */
  exists(f: BddNode, first: number, last: number): BddNode {
    const memo = new Map<BddNode, BddNode>();
    const visit = (n: BddNode): BddNode => {
      const v = this.nodes[3 * n]!;
      if (v > last) return n; // terminals included: their variable is varCount
      const known = memo.get(n);
      if (known !== undefined) return known;
      const low = visit(this.nodes[3 * n + 1]!);
      const high = visit(this.nodes[3 * n + 2]!);
      const result = v >= first ? this.or(low, high) : this.mk(v, low, high);
      memo.set(n, result);
      return result;
    };
    return visit(f);
  }

  /**
   * upper ∧ lower when every variable of `upper` comes before every variable of `lower`: upper with
   * its TRUE leaf replaced by lower. Costs one node per node of upper and no operation cache, which
   * makes it the cheap way to chain conditions on consecutive fields.
   */
  concat(upper: BddNode, lower: BddNode): BddNode {
    if (upper === TRUE) return lower;
    if (upper === FALSE || lower === FALSE) return FALSE;
    const memo = this.concatMemo;
    memo.clear();
    const visit = (n: BddNode): BddNode => {
      if (n === TRUE) return lower;
      if (n === FALSE) return FALSE;
      const known = memo.get(n);
      if (known !== undefined) return known;
      const v = this.nodes[3 * n]!;
      if (v >= this.nodes[3 * lower]!) throw new RangeError('concat: the upper set reaches into the lower one');
      const result = this.mk(v, visit(this.nodes[3 * n + 1]!), visit(this.nodes[3 * n + 2]!));
      memo.set(n, result);
      return result;
    };
    return visit(upper);
  }

  /**
   * Cofactor of f by a cube (a conjunction of literals, e.g. from `cube`): the variables of the cube
   * are fixed to the cube's values and disappear from the result.
   */
  restrict(f: BddNode, cube: BddNode): BddNode {
    // The cube is a chain, so the part of it still to apply depends only on n's variable: n alone
    // is a sufficient memo key.
    const memo = new Map<BddNode, BddNode>();
    const visit = (n: BddNode, c: BddNode): BddNode => {
      if (n === FALSE || n === TRUE) return n;
      const vn = this.nodes[3 * n]!;
      // Cube variables above n do not occur in n: skip them.
      while (c !== TRUE && this.nodes[3 * c]! < vn) c = this.nodes[3 * c + 1] === FALSE ? this.nodes[3 * c + 2]! : this.nodes[3 * c + 1]!;
      if (c === TRUE) return n;
      const known = memo.get(n);
      if (known !== undefined) return known;
      let result: BddNode;
      if (this.nodes[3 * c] === vn) {
        result = this.nodes[3 * c + 1] === FALSE ? visit(this.nodes[3 * n + 2]!, this.nodes[3 * c + 2]!) : visit(this.nodes[3 * n + 1]!, this.nodes[3 * c + 1]!);
      } else {
        result = this.mk(vn, visit(this.nodes[3 * n + 1]!, c), visit(this.nodes[3 * n + 2]!, c));
      }
      memo.set(n, result);
      return result;
    };
    return visit(f, cube);
  }

  /**
   * The conjunction of literals: `values[i]` is the value of variable `first + i`. Built bottom-up,
   * so it costs one node per literal.
   */
  cube(first: number, values: ArrayLike<number>): BddNode {
    let result = TRUE;
    for (let i = values.length - 1; i >= 0; i--) {
      result = values[i] ? this.mk(first + i, FALSE, result) : this.mk(first + i, result, FALSE);
    }
    return result;
  }

  /** Whether the assignment (one 0/1 per variable) is in f: one walk from the root. */
  evaluate(f: BddNode, assignment: ArrayLike<number>): boolean {
    let n = f;
    while (n !== FALSE && n !== TRUE) n = assignment[this.nodes[3 * n]!] ? this.nodes[3 * n + 2]! : this.nodes[3 * n + 1]!;
    return n === TRUE;
  }

  /**
   * One assignment in f, or undefined when f is empty. Variables f leaves free take `prefer(v)`
   * (0 when not given); where both branches are possible the preferred one is taken, so the answer
   * is the preferred assignment whenever f contains it.
   */
  satOne(f: BddNode, prefer?: (v: number) => 0 | 1): Uint8Array | undefined {
    if (f === FALSE) return undefined;
    const out = new Uint8Array(this.varCount);
    if (prefer) for (let v = 0; v < this.varCount; v++) out[v] = prefer(v);
    let n = f;
    while (n !== TRUE) {
      const v = this.nodes[3 * n]!;
      const wantHigh = out[v] === 1;
      const first = wantHigh ? this.nodes[3 * n + 2]! : this.nodes[3 * n + 1]!;
      const useHigh = first === FALSE ? !wantHigh : wantHigh;
      out[v] = useHigh ? 1 : 0;
      n = useHigh ? this.nodes[3 * n + 2]! : this.nodes[3 * n + 1]!;
    }
    return out;
  }

  /** Number of assignments of all varCount variables in f (exact). */
  satCount(f: BddNode): bigint {
    const memo = new Map<BddNode, bigint>();
    const count = (n: BddNode): bigint => {
      if (n === FALSE) return 0n;
      if (n === TRUE) return 1n;
      const known = memo.get(n);
      if (known !== undefined) return known;
      const v = this.nodes[3 * n]!;
      const low = this.nodes[3 * n + 1]!;
      const high = this.nodes[3 * n + 2]!;
      const result =
        (count(low) << BigInt(this.nodes[3 * low]! - v - 1)) + (count(high) << BigInt(this.nodes[3 * high]! - v - 1));
      memo.set(n, result);
      return result;
    };
    return count(f) << BigInt(this.nodes[3 * f]!);
  }

  /**
   * The share of all assignments that are in f, as a double (0 … 1). Cheaper than satCount and
   * precise enough to rank sets by size.
   */
  satFraction(f: BddNode): number {
    const memo = new Map<BddNode, number>();
    const share = (n: BddNode): number => {
      if (n === FALSE) return 0;
      if (n === TRUE) return 1;
      const known = memo.get(n);
      if (known !== undefined) return known;
      const result = (share(this.nodes[3 * n + 1]!) + share(this.nodes[3 * n + 2]!)) / 2;
      memo.set(n, result);
      return result;
    };
    return share(f);
  }

  /** Number of distinct nodes of f, terminals included. Iterative: safe on any size. */
  size(f: BddNode): number {
    return this.reachableNodes(f).length;
  }

  /** Variables f depends on, sorted. */
  support(f: BddNode): number[] {
    const seen = new Set<number>();
    for (const n of this.reachableNodes(f)) if (n > TRUE) seen.add(this.nodes[3 * n]!);
    return [...seen].sort((a, b) => a - b);
  }

  private reachableNodes(f: BddNode): BddNode[] {
    const seen = new Set<BddNode>([f]);
    const stack = [f];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n <= TRUE) continue;
      for (const child of [this.nodes[3 * n + 1]!, this.nodes[3 * n + 2]!]) {
        if (!seen.has(child)) {
          seen.add(child);
          stack.push(child);
        }
      }
    }
    return [...seen];
  }

  private apply(op: number, a: BddNode, b: BddNode): BddNode {
    switch (op) {
      case OP_AND:
        if (a === FALSE || b === FALSE) return FALSE;
        if (a === TRUE || a === b) return b;
        if (b === TRUE) return a;
        break;
      case OP_OR:
        if (a === TRUE || b === TRUE) return TRUE;
        if (a === FALSE || a === b) return b;
        if (b === FALSE) return a;
        break;
      case OP_DIFF:
        if (a === FALSE || b === TRUE || a === b) return FALSE;
        if (b === FALSE) return a;
        if (a === TRUE) return this.not(b);
        break;
      case OP_XOR:
        if (a === b) return FALSE;
        if (a === FALSE) return b;
        if (b === FALSE) return a;
        if (a === TRUE) return this.not(b);
        if (b === TRUE) return this.not(a);
        break;
    }
    // Commutative operations: one cache entry for both operand orders.
    if (op !== OP_DIFF && a > b) [a, b] = [b, a];
    const slot = this.cacheSlot(op, a, b);
    if (this.cached(slot, op, a, b)) return this.cache[slot + 3]!;
    const va = this.nodes[3 * a]!;
    const vb = this.nodes[3 * b]!;
    const v = va < vb ? va : vb;
    const low = this.apply(op, va === v ? this.nodes[3 * a + 1]! : a, vb === v ? this.nodes[3 * b + 1]! : b);
    const high = this.apply(op, va === v ? this.nodes[3 * a + 2]! : a, vb === v ? this.nodes[3 * b + 2]! : b);
    const result = this.mk(v, low, high);
    this.remember(slot, op, a, b, result);
    return result;
  }

  /** Index of the entry for (op, a, b) in `cache`. */
  private cacheSlot(op: number, a: number, b: number): number {
    return (hash3(op, a, b) & ((this.cache.length >> 2) - 1)) << 2;
  }

  private cached(slot: number, op: number, a: number, b: number): boolean {
    const cache = this.cache;
    return cache[slot] === op && cache[slot + 1] === a && cache[slot + 2] === b;
  }

  /**
   * The cache may have grown while the operands were computed, so `slot` can be stale; that only
   * files the entry where lookups will not find it. Entries are keyed, so it is never wrong.
   */
  private remember(slot: number, op: number, a: number, b: number, result: number): void {
    const cache = this.cache;
    cache[slot] = op;
    cache[slot + 1] = a;
    cache[slot + 2] = b;
    cache[slot + 3] = result;
  }

  private growUnique(): void {
    const table = new Int32Array(this.unique.length * 2);
    const mask = table.length - 1;
    for (let node = 2; node < this.used; node++) {
      let slot = hash3(this.nodes[3 * node]!, this.nodes[3 * node + 1]!, this.nodes[3 * node + 2]!) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = node;
    }
    this.unique = table;
    // A bigger diagram deserves a bigger cache; the old entries are simply dropped (it is lossy).
    const entries = Math.min(MAX_CACHE, Math.max(MIN_CACHE, table.length / 4));
    if (entries * 4 > this.cache.length) this.cache = new Int32Array(entries * 4);
  }

  private checkVar(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v >= this.varCount) {
      throw new RangeError(`BDD variable ${v} out of range 0..${this.varCount - 1}`);
    }
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  // A signed 32-bit result stays a small integer in V8 (an unsigned one above 2^31 would be boxed).
  return h ^ (h >>> 13);
}
