import { type BddManager, type BddNode, FALSE, TRUE } from './bdd.js';
import type { Field } from './fields.js';

/**
 * Conditions on one header field as BDDs: a value, a prefix, a ternary pattern (Cisco wildcard,
 * discontiguous or not) as cubes, and ranges as ≤ / ≥ chains built bottom-up (one node per bit each).
 */

/** The bits of a `width`-bit unsigned value, most significant first. */
export function toBits(value: bigint | number, width: number): Uint8Array {
  const bits = new Uint8Array(width);
  if (typeof value === 'number' && width <= 32) {
    for (let i = 0; i < width; i++) bits[i] = (value >>> (width - 1 - i)) & 1;
    return bits;
  }
  // Wide values: take 32-bit chunks from the bottom so only a few bigint operations are needed.
  let rest = BigInt(value);
  for (let end = width; end > 0; end -= 32) {
    const chunk = Number(rest & 0xffffffffn);
    rest >>= 32n;
    for (let i = end - 1, shift = 0; i >= 0 && shift < 32; i--, shift++) bits[i] = (chunk >>> shift) & 1;
  }
  return bits;
}

/** field = value (empty when the value does not fit the field). */
export function fieldEquals(bdd: BddManager, field: Field, value: bigint | number): BddNode {
  if (BigInt(value) < 0n || BigInt(value) >> BigInt(field.width) !== 0n) return FALSE;
  return bdd.cube(field.first, toBits(value, field.width));
}

/** The top `length` bits of the field equal those of `value` (an address prefix). */
export function fieldPrefix(bdd: BddManager, field: Field, value: bigint | number, length: number): BddNode {
  return bdd.cube(field.first, toBits(value, field.width).subarray(0, length));
}

/** field agrees with `value` on every bit set in `care` (a wildcard mask is the complement of care). */
export function fieldPattern(bdd: BddManager, field: Field, value: bigint | number, care: bigint | number): BddNode {
  const values = toBits(value, field.width);
  const cares = toBits(care, field.width);
  let result = TRUE;
  for (let i = field.width - 1; i >= 0; i--) {
    if (!cares[i]) continue;
    result = values[i] ? bdd.mk(field.first + i, FALSE, result) : bdd.mk(field.first + i, result, FALSE);
  }
  return result;
}

/** field ≥ low. */
export function fieldAtLeast(bdd: BddManager, field: Field, low: bigint | number): BddNode {
  const bits = toBits(low, field.width);
  let result = TRUE; // equal on every bit so far: ≥ holds
  for (let i = field.width - 1; i >= 0; i--) {
    const v = field.first + i;
    // bit of low is 1: a 0 here makes the value smaller; bit is 0: a 1 here makes it larger.
    result = bits[i] ? bdd.mk(v, FALSE, result) : bdd.mk(v, result, TRUE);
  }
  return result;
}

/** field ≤ high. */
export function fieldAtMost(bdd: BddManager, field: Field, high: bigint | number): BddNode {
  const bits = toBits(high, field.width);
  let result = TRUE;
  for (let i = field.width - 1; i >= 0; i--) {
    const v = field.first + i;
    result = bits[i] ? bdd.mk(v, TRUE, result) : bdd.mk(v, result, FALSE);
  }
  return result;
}

/** low ≤ field ≤ high (empty when low > high). */
export function fieldRange(bdd: BddManager, field: Field, low: bigint | number, high: bigint | number): BddNode {
  if (BigInt(low) > BigInt(high)) return FALSE;
  return bdd.and(fieldAtLeast(bdd, field, low), fieldAtMost(bdd, field, high));
}
