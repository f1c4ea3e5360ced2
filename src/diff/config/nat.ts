import type { NatRule } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { canonicalKey } from './canonical.js';
import { keyedDiff } from './keyed-diff.js';

/** `source static 10.0.0.5 → 203.0.113.5`: a NAT rule as a person reads it. */
function natName(n: NatRule): string {
  const inside = n.inside.list ?? (n.inside.address !== undefined ? `${n.inside.address}${n.inside.prefixLength !== undefined ? `/${n.inside.prefixLength}` : ''}` : 'any');
  const outside = n.outside.pool ?? n.outside.address ?? n.outside.interface ?? '?';
  const port = (p?: number): string => (p !== undefined ? `:${p}` : '');
  return `${n.direction} ${n.kind} ${inside}${port(n.inside.port)} → ${outside}${port(n.outside.port)}${n.overload ? ' overload' : ''}`;
}

/** NAT rules have no name: a rule is what it does, so any difference is one removed and one added. */
export function natChanges(before: readonly NatRule[], after: readonly NatRule[]): ConfigChange[] {
  const { added, removed } = keyedDiff(before, after, (n) => canonicalKey(n));
  return [
    ...removed.map((n): ConfigChange => ({ kind: 'nat', op: 'removed', object: natName(n), before: n.source })),
    ...added.map((n): ConfigChange => ({ kind: 'nat', op: 'added', object: natName(n), after: n.source })),
  ];
}
