import { tablesAt, warn, type ConvertState } from './state.js';
import { setting } from './tree.js';

/**
 * `config system settings` (per VDOM): `opmode transparent` makes the unit a bridge that does not
 * route between its interfaces (FortiOS CLI reference, `config system settings`, default nat);
 * `central-nat enable` moves source NAT from the policies to `config firewall central-snat-map`,
 * which is not modelled yet, so the policies' `nat` facts no longer tell the whole story.
 */
export function convertSettings(state: ConvertState): void {
  const tables = tablesAt(state, 'system settings');
  // The unit routes unless every VDOM it has is transparent.
  state.device.ipRouting = tables.length === 0 || tables.some((t) => setting(t, 'opmode')?.values[0] !== 'transparent');
  for (const table of tables) {
    const central = setting(table, 'central-nat');
    if (central?.values[0] === 'enable') warn(state, central.rec, 'central NAT is on: source NAT is in central-snat-map, which is not modelled yet / セントラル NAT が有効（central-snat-map は未対応）');
  }
}
