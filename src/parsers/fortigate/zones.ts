import type { SecurityZone } from '../../model/index.js';
import { tablesAt, type ConvertState } from './state.js';
import { modelled, value, values } from './tree.js';

/**
 * `config system zone`: interfaces grouped for policies. Unmatched traffic between two interfaces
 * of a zone gets `intrazone` (default deny: FortiOS CLI reference, `config system zone`,
 * "intrazone {allow | deny} … default deny").
 */
export function convertZones(state: ConvertState): SecurityZone[] {
  const zones: SecurityZone[] = [];
  for (const table of tablesAt(state, 'system zone')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const zone: SecurityZone = {
        name: entry.name,
        interfaces: values(entry, 'interface'),
        intrazone: value(entry, 'intrazone') === 'allow' ? 'permit' : 'deny',
        source: entry.rec.span,
      };
      zones.push(zone);
      for (const name of zone.interfaces) {
        const iface = state.device.interfaces.find((i) => i.name === name);
        if (iface) iface.securityZone = zone.name;
      }
    }
  }
  return zones;
}
