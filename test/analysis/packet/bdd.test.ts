import { describe, expect, it } from 'vitest';
import { BddManager, FALSE, TRUE } from '../../../src/analysis/packet/bdd.js';
import {
  fieldAtLeast,
  fieldAtMost,
  fieldPattern,
  fieldPrefix,
  fieldRange,
  toBits,
} from '../../../src/analysis/packet/field-constraints.js';
import type { Field } from '../../../src/analysis/packet/fields.js';

const field8: Field = { name: 'protocol', first: 2, width: 8 };

/** All values of the 8-bit test field that the set contains (other variables 0). */
function valuesIn(bdd: BddManager, f: number): number[] {
  const out: number[] = [];
  for (let value = 0; value < 256; value++) {
    const assignment = new Uint8Array(bdd.varCount);
    assignment.set(toBits(value, 8), field8.first);
    if (bdd.evaluate(f, assignment)) out.push(value);
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('BddManager', () => {
  it('keeps terminals and the basic identities', () => {
    const bdd = new BddManager(4);
    const x = bdd.variable(0);
    const y = bdd.variable(1);
    expect(bdd.and(x, bdd.not(x))).toBe(FALSE);
    expect(bdd.or(x, bdd.not(x))).toBe(TRUE);
    expect(bdd.not(bdd.not(y))).toBe(y);
    expect(bdd.diff(x, y)).toBe(bdd.and(x, bdd.not(y)));
    expect(bdd.xor(x, y)).toBe(bdd.or(bdd.diff(x, y), bdd.diff(y, x)));
    expect(bdd.ite(x, y, bdd.not(y))).toBe(bdd.not(bdd.xor(x, y)));
    expect(bdd.isTrue(TRUE) && bdd.isFalse(FALSE)).toBe(true);
  });

  it('shares nodes: the same function is the same handle', () => {
    const bdd = new BddManager(3);
    const a = bdd.or(bdd.and(bdd.variable(0), bdd.variable(1)), bdd.and(bdd.variable(0), bdd.variable(2)));
    const b = bdd.and(bdd.variable(0), bdd.or(bdd.variable(2), bdd.variable(1)));
    expect(a).toBe(b);
    expect(bdd.size(a)).toBe(5); // x0, x1, x2 and the two terminals
  });

  it('counts assignments exactly, over all variables', () => {
    const bdd = new BddManager(10);
    expect(bdd.satCount(TRUE)).toBe(1024n);
    expect(bdd.satCount(FALSE)).toBe(0n);
    expect(bdd.satCount(bdd.variable(9))).toBe(512n);
    expect(bdd.satCount(bdd.or(bdd.variable(0), bdd.variable(9)))).toBe(768n);
    expect(new BddManager(400).satCount(TRUE)).toBe(1n << 400n);
  });

  it('satOne finds a member, preferring 0 or the given bits for free variables', () => {
    const bdd = new BddManager(4);
    const f = bdd.and(bdd.variable(1), bdd.not(bdd.variable(3)));
    expect([...bdd.satOne(f)!]).toEqual([0, 1, 0, 0]);
    expect([...bdd.satOne(f, () => 1)!]).toEqual([1, 1, 1, 0]);
    expect(bdd.satOne(FALSE)).toBeUndefined();
  });

  it('exists frees a range of variables; restrict fixes them', () => {
    const bdd = new BddManager(4);
    const f = bdd.and(bdd.variable(0), bdd.and(bdd.variable(1), bdd.variable(3)));
    expect(bdd.exists(f, 1, 2)).toBe(bdd.and(bdd.variable(0), bdd.variable(3)));
    expect(bdd.exists(f, 0, 3)).toBe(TRUE);
    expect(bdd.restrict(f, bdd.cube(0, [1, 1]))).toBe(bdd.variable(3));
    expect(bdd.restrict(f, bdd.cube(1, [0]))).toBe(FALSE);
    expect(bdd.support(f)).toEqual([0, 1, 3]);
  });

  it('intersects and isSubset agree with the built operations', () => {
    const bdd = new BddManager(6);
    const a = fieldRange(bdd, { name: 'protocol', first: 0, width: 6 }, 10, 40);
    const b = fieldRange(bdd, { name: 'protocol', first: 0, width: 6 }, 30, 50);
    const c = fieldRange(bdd, { name: 'protocol', first: 0, width: 6 }, 41, 63);
    expect(bdd.intersects(a, b)).toBe(bdd.and(a, b) !== FALSE);
    expect(bdd.intersects(a, c)).toBe(false);
    expect(bdd.isSubset(bdd.and(a, b), a)).toBe(true);
    expect(bdd.isSubset(a, b)).toBe(false);
    expect(bdd.isSubset(FALSE, a)).toBe(true);
  });

  it('grows its tables past the initial size without losing canonicity', () => {
    const bdd = new BddManager(40);
    const f: Field = { name: 'srcIp', first: 0, width: 40 };
    let set = FALSE;
    for (let i = 0; i < 3_000; i++) set = bdd.or(set, fieldPrefix(bdd, f, BigInt(i) * 7919n * 104729n, 40));
    expect(bdd.nodeCount).toBeGreaterThan(1 << 16);
    let again = FALSE;
    for (let i = 2_999; i >= 0; i--) again = bdd.or(again, fieldPrefix(bdd, f, BigInt(i) * 7919n * 104729n, 40));
    expect(again).toBe(set);
    expect(bdd.satCount(set)).toBe(3_000n);
  });

  it('handles hundreds of variables (recursion follows the variable order only)', () => {
    const bdd = new BddManager(2000);
    const f: Field = { name: 'srcIp', first: 0, width: 2000 };
    const low = fieldAtLeast(bdd, f, 1n << 1000n);
    const high = fieldAtMost(bdd, f, (1n << 1500n) + 5n);
    const both = bdd.and(low, high);
    expect(bdd.satCount(both)).toBe((1n << 1500n) + 5n - (1n << 1000n) + 1n);
    expect(bdd.not(bdd.not(both))).toBe(both);
  });
});

describe('field constraints', () => {
  it('≥, ≤ and ranges are exact on every bound', () => {
    const bdd = new BddManager(12);
    for (const [low, high] of [[0, 255], [0, 0], [255, 255], [1, 254], [80, 80], [37, 200], [128, 129], [200, 100]] as const) {
      const expected = low > high ? [] : range(low, high);
      expect(valuesIn(bdd, fieldRange(bdd, field8, low, high))).toEqual(expected);
    }
    expect(valuesIn(bdd, fieldAtLeast(bdd, field8, 250))).toEqual(range(250, 255));
    expect(valuesIn(bdd, fieldAtMost(bdd, field8, 3))).toEqual(range(0, 3));
  });

  it('patterns match exactly the values that agree on the cared bits (discontiguous too)', () => {
    const bdd = new BddManager(12);
    const set = fieldPattern(bdd, field8, 0b1000_0001, 0b1100_0011);
    expect(valuesIn(bdd, set)).toEqual(range(0, 255).filter((v) => (v & 0b1100_0011) === 0b1000_0001));
    expect(valuesIn(bdd, fieldPrefix(bdd, field8, 0b1010_0000, 3))).toEqual(range(0b1010_0000, 0b1011_1111));
  });

  it('toBits splits wide values most significant bit first', () => {
    expect([...toBits(5, 4)]).toEqual([0, 1, 0, 1]);
    const wide = toBits((1n << 127n) | 3n, 128);
    expect(wide[0]).toBe(1);
    expect(wide[126]).toBe(1);
    expect(wide[127]).toBe(1);
    expect(wide.slice(1, 126).every((b) => b === 0)).toBe(true);
    expect([...toBits(0xabcdef012345n, 48)].join('')).toBe(0xabcdef012345.toString(2).padStart(48, '0'));
  });
});
