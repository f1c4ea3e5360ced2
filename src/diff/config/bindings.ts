import type { Device, FilterBinding } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { filterLabel } from './filters.js';
import { keyedDiff } from './keyed-diff.js';

/**
 * Where filters are applied: (interface, direction, family, filter) on interfaces and (purpose,
 * direction, family, filter) elsewhere (vty lines, SNMP, HTTP server). A binding has no other
 * properties, so it is only ever added or removed: a filter moved from `in` to `out` is one binding
 * removed and one added.
 */
export function bindingChanges(before: Device, after: Device): ConfigChange[] {
  const { added, removed } = keyedDiff(placed(before), placed(after), nameOf);
  return [
    ...removed.map((p): ConfigChange => ({ kind: 'binding', op: 'removed', object: nameOf(p), parent: p.where, before: p.binding.source })),
    ...added.map((p): ConfigChange => ({ kind: 'binding', op: 'added', object: nameOf(p), parent: p.where, after: p.binding.source })),
  ];
}

interface PlacedBinding {
  where: string;
  binding: FilterBinding;
}

function placed(device: Device): PlacedBinding[] {
  const out: PlacedBinding[] = [];
  for (const iface of device.interfaces) for (const binding of iface.filters) out.push({ where: iface.name, binding });
  for (const binding of device.otherFilterBindings) out.push({ where: binding.purpose, binding });
  return out;
}

function nameOf(p: PlacedBinding): string {
  return `${p.where} ${p.binding.direction} ${filterLabel(p.binding.filter, p.binding.family)}`;
}
