import type { FilterRule } from '../../model/index.js';
import { resolveAddress, resolveService, type ObjectTables } from './objects.js';
import { tablesAt, type ConvertState } from './state.js';
import { modelled, setting, value, values } from './tree.js';

/**
 * `config firewall local-in-policy`: rules for traffic addressed to the FortiGate itself (management
 * plane). Traffic no local-in policy matches is handled by the interface's `allowaccess` (FortiOS
 * Administration Guide, "Local-in policy"), so unmatched traffic is permitted as far as this list goes.
 * One filter named `local-in-policy`, bound for the management plane; `intf` is kept in the remark.
 */
export function convertLocalIn(state: ConvertState, objects: ObjectTables): void {
  const rules: FilterRule[] = [];
  const tables = tablesAt(state, 'firewall local-in-policy');
  for (const table of tables) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const action = value(entry, 'action') === 'accept' ? 'permit' : 'deny';
      const src = values(entry, 'srcaddr').flatMap((n) => resolveAddress(objects, n)?.ips ?? [{ kind: 'unresolved' as const, name: n }]);
      const dst = values(entry, 'dstaddr').flatMap((n) => resolveAddress(objects, n)?.ips ?? [{ kind: 'unresolved' as const, name: n }]);
      const services = values(entry, 'service').flatMap((n) => resolveService(objects, n) ?? []);
      const intf = setting(entry, 'intf')?.values.join(' ');
      for (const service of services.length > 0 ? services : [{ protocol: undefined }]) {
        rules.push({
          ...(Number.isInteger(Number(entry.name)) ? { seq: Number(entry.name) } : {}),
          action,
          match: {
            protocol: service.protocol,
            src,
            dst,
            ...(service.dstPorts ? { dstPorts: service.dstPorts } : {}),
            ...(service.srcPorts ? { srcPorts: service.srcPorts } : {}),
            ...(service.icmp ? { icmp: service.icmp } : {}),
          },
          ...(value(entry, 'status') === 'disable' ? { disabled: true } : {}),
          ...(intf !== undefined ? { remark: `intf ${intf}` } : {}),
          source: entry.rec.span,
        });
      }
    }
  }
  // An empty `config firewall local-in-policy` (full configurations print one) restricts nothing.
  if (rules.length === 0) return;
  const source = tables[0]!.rec.span;
  state.device.filters.push({ name: 'local-in-policy', family: 'ipv4', kind: 'local-in', rules, semantics: { firstMatch: true, defaultAction: 'permit', stateful: true }, source });
  state.device.otherFilterBindings.push({ filter: 'local-in-policy', family: 'ipv4', direction: 'in', source, purpose: 'management' });
}
