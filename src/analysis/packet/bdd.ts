/**
 * A reduced ordered binary decision diagram (ROBDD) manager, written for packet sets.
 *
 * A BDD is a node handle (a number). 0 is the empty set (FALSE), 1 the full set (TRUE). Nodes live
 * in three Int32Arrays (variable, low child, high child) that grow by doubling; an open-addressing
 * unique table keeps every (variable, low, high) triple once, so two handles are equal exactly when
 * their sets are equal. Results of binary operations go through a lossy, direct-mapped cache.
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

const INITIAL_NODES = 1 << 16;
const MIN_CACHE = 1 << 16;
const MAX_CACHE = 1 << 22;

export class BddManager {
  readonly varCount: number;
  private vars: Int32Array;
  private lows: Int32Array;
  private highs: Int32Array;
  private used = 2;
  /** Unique table: node handles, 0 = empty slot (FALSE is never stored). */
  private unique: Int32Array;
  private cacheOp: Int32Array;
  private cacheA: Int32Array;
  private cacheB: Int32Array;
  private cacheResult: Int32Array;

  constructor(varCount: number) {
    this.varCount = varCount;
    this.vars = new Int32Array(INITIAL_NODES);
    this.lows = new Int32Array(INITIAL_NODES);
    this.highs = new Int32Array(INITIAL_NODES);
    // Terminals sit below every variable.
    this.vars[FALSE] = varCount;
    this.vars[TRUE] = varCount;
    this.unique = new Int32Array(INITIAL_NODES * 2);
    this.cacheOp = new Int32Array(MIN_CACHE);
    this.cacheA = new Int32Array(MIN_CACHE);
    this.cacheB = new Int32Array(MIN_CACHE);
    this.cacheResult = new Int32Array(MIN_CACHE);
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
    return this.vars[f]!;
  }

  low(f: BddNode): BddNode {
    return this.lows[f]!;
  }

  high(f: BddNode): BddNode {
    return this.highs[f]!;
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
      if (this.vars[node] === v && this.lows[node] === low && this.highs[node] === high) return node;
      slot = (slot + 1) & mask;
    }
    if (this.used === this.vars.length) this.growNodes();
    const node = this.used++;
    this.vars[node] = v;
    this.lows[node] = low;
    this.highs[node] = high;
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
    if (this.cacheOp[slot] === OP_NOT && this.cacheA[slot] === a) return this.cacheResult[slot]!;
    const low = this.not(this.lows[a]!);
    const high = this.not(this.highs[a]!);
    const result = this.mk(this.vars[a]!, low, high);
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
    if (this.cacheOp[slot] === OP_INTERSECTS && this.cacheA[slot] === a && this.cacheB[slot] === b) {
      return this.cacheResult[slot] === TRUE;
    }
    const va = this.vars[a]!;
    const vb = this.vars[b]!;
    const v = va < vb ? va : vb;
    const result =
      this.intersects(va === v ? this.lows[a]! : a, vb === v ? this.lows[b]! : b) ||
      this.intersects(va === v ? this.highs[a]! : a, vb === v ? this.highs[b]! : b);
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
    if (this.cacheOp[slot] === OP_HAS_DIFF && this.cacheA[slot] === a && this.cacheB[slot] === b) {
      return this.cacheResult[slot] === TRUE;
    }
    const va = this.vars[a]!;
    const vb = this.vars[b]!;
    const v = va < vb ? va : vb;
    const result =
      this.hasDiff(va === v ? this.lows[a]! : a, vb === v ? this.lows[b]! : b) ||
      this.hasDiff(va === v ? this.highs[a]! : a, vb === v ? this.highs[b]! : b);
    this.remember(slot, OP_HAS_DIFF, a, b, result ? TRUE : FALSE);
    return result;
  }

  /** ∃ variables first..last (inclusive): f with those variables made free. */
  exists(f: BddNode, first: number, last: number): BddNode {
    const memo = new Map<BddNode, BddNode>();
    const visit = (n: BddNode): BddNode => {
      const v = this.vars[n]!;
      if (v > last) return n; // terminals included: their variable is varCount
      const known = memo.get(n);
      if (known !== undefined) return known;
      const low = visit(this.lows[n]!);
      const high = visit(this.highs[n]!);
      const result = v >= first ? this.or(low, high) : this.mk(v, low, high);
      memo.set(n, result);
      return result;
    };
    return visit(f);
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
      const vn = this.vars[n]!;
      // Cube variables above n do not occur in n: skip them.
      while (c !== TRUE && this.vars[c]! < vn) c = this.lows[c] === FALSE ? this.highs[c]! : this.lows[c]!;
      if (c === TRUE) return n;
      const known = memo.get(n);
      if (known !== undefined) return known;
      let result: BddNode;
      if (this.vars[c] === vn) {
        result = this.lows[c] === FALSE ? visit(this.highs[n]!, this.highs[c]!) : visit(this.lows[n]!, this.lows[c]!);
      } else {
        result = this.mk(vn, visit(this.lows[n]!, c), visit(this.highs[n]!, c));
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
    while (n !== FALSE && n !== TRUE) n = assignment[this.vars[n]!] ? this.highs[n]! : this.lows[n]!;
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
      const v = this.vars[n]!;
      const wantHigh = out[v] === 1;
      const first = wantHigh ? this.highs[n]! : this.lows[n]!;
      const useHigh = first === FALSE ? !wantHigh : wantHigh;
      out[v] = useHigh ? 1 : 0;
      n = useHigh ? this.highs[n]! : this.lows[n]!;
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
      const v = this.vars[n]!;
      const low = this.lows[n]!;
      const high = this.highs[n]!;
      const result =
        (count(low) << BigInt(this.vars[low]! - v - 1)) + (count(high) << BigInt(this.vars[high]! - v - 1));
      memo.set(n, result);
      return result;
    };
    return count(f) << BigInt(this.vars[f]!);
  }

  /** Number of distinct nodes of f, terminals included. Iterative: safe on any size. */
  size(f: BddNode): number {
    return this.reachableNodes(f).length;
  }

  /** Variables f depends on, sorted. */
  support(f: BddNode): number[] {
    const seen = new Set<number>();
    for (const n of this.reachableNodes(f)) if (n > TRUE) seen.add(this.vars[n]!);
    return [...seen].sort((a, b) => a - b);
  }

  private reachableNodes(f: BddNode): BddNode[] {
    const seen = new Set<BddNode>([f]);
    const stack = [f];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n <= TRUE) continue;
      for (const child of [this.lows[n]!, this.highs[n]!]) {
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
    if (this.cacheOp[slot] === op && this.cacheA[slot] === a && this.cacheB[slot] === b) {
      return this.cacheResult[slot]!;
    }
    const va = this.vars[a]!;
    const vb = this.vars[b]!;
    const v = va < vb ? va : vb;
    const low = this.apply(op, va === v ? this.lows[a]! : a, vb === v ? this.lows[b]! : b);
    const high = this.apply(op, va === v ? this.highs[a]! : a, vb === v ? this.highs[b]! : b);
    const result = this.mk(v, low, high);
    this.remember(slot, op, a, b, result);
    return result;
  }

  private cacheSlot(op: number, a: number, b: number): number {
    return hash3(op, a, b) & (this.cacheOp.length - 1);
  }

  /**
   * The cache may have grown while the operands were computed, so `slot` can be stale; that only
   * files the entry where lookups will not find it. Entries are keyed, so it is never wrong.
   */
  private remember(slot: number, op: number, a: number, b: number, result: number): void {
    this.cacheOp[slot] = op;
    this.cacheA[slot] = a;
    this.cacheB[slot] = b;
    this.cacheResult[slot] = result;
  }

  private growNodes(): void {
    const capacity = this.vars.length * 2;
    this.vars = grown(this.vars, capacity);
    this.lows = grown(this.lows, capacity);
    this.highs = grown(this.highs, capacity);
  }

  private growUnique(): void {
    const table = new Int32Array(this.unique.length * 2);
    const mask = table.length - 1;
    for (let node = 2; node < this.used; node++) {
      let slot = hash3(this.vars[node]!, this.lows[node]!, this.highs[node]!) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = node;
    }
    this.unique = table;
    // A bigger diagram deserves a bigger cache; the old entries are simply dropped (it is lossy).
    const cacheSize = Math.min(MAX_CACHE, Math.max(MIN_CACHE, table.length / 4));
    if (cacheSize > this.cacheOp.length) {
      this.cacheOp = new Int32Array(cacheSize);
      this.cacheA = new Int32Array(cacheSize);
      this.cacheB = new Int32Array(cacheSize);
      this.cacheResult = new Int32Array(cacheSize);
    }
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
