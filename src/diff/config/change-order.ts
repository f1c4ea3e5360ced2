import type { ChangeKind, ChangeOp, ConfigChange } from '../config-change.js';

/** Kinds in the order ChangeKind lists them: filters first, management last. */
const KIND_ORDER: readonly ChangeKind[] = [
  'filter', 'filter-line', 'binding', 'policy-rule', 'security-zone', 'policy-default', 'address-object',
  'service-object', 'interface', 'route', 'nat', 'vpn', 'wlan', 'management',
];
const OP_ORDER: readonly ChangeOp[] = ['added', 'removed', 'changed', 'moved'];

/**
 * The order changes are listed in, the same on every run: kind, then parent and object (numbers in
 * names compared as numbers, so `ACL #2` comes before `ACL #10`), then operation.
 */
export function compareChanges(a: ConfigChange, b: ConfigChange): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareNatural(a.parent ?? '', b.parent ?? '') ||
    compareNatural(a.object, b.object) ||
    OP_ORDER.indexOf(a.op) - OP_ORDER.indexOf(b.op)
  );
}

/** Compare text with runs of digits taken as numbers; no locale, so the result never varies by machine. */
export function compareNatural(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
