import type { SourceSpan } from '../../model/index.js';
import type { ChangeKind, ConfigChange } from '../config-change.js';
import { fieldChanges, type FieldSpec } from './field-changes.js';
import { keyedDiff } from './keyed-diff.js';

/**
 * Changes of a collection whose items are known by a name (interfaces, address objects, routes, VPN
 * tunnels, WLANs by SSID…): added, removed, and changed in the listed fields, the detail naming them.
 */
export function namedChanges<T extends { source: SourceSpan }>(
  kind: ChangeKind,
  before: readonly T[],
  after: readonly T[],
  nameOf: (item: T) => string,
  fields: readonly FieldSpec<T>[],
): ConfigChange[] {
  const { added, removed, both } = keyedDiff(before, after, nameOf);
  const changes: ConfigChange[] = [
    ...removed.map((item): ConfigChange => ({ kind, op: 'removed', object: nameOf(item), before: item.source })),
    ...added.map((item): ConfigChange => ({ kind, op: 'added', object: nameOf(item), after: item.source })),
  ];
  for (const [old, now] of both) {
    const detail = fieldChanges(old, now, fields);
    if (detail) changes.push({ kind, op: 'changed', object: nameOf(now), before: old.source, after: now.source, detail });
  }
  return changes;
}
