import { runFinalizeSteps, type FinalizeStep } from '../finalize-steps.js';
import { finalizeEthernetFilters } from './ethernet-filters.js';
import { finalizeFilters } from './filters.js';
import { finalizeInterconnect } from './lan-switching.js';
import { finalizeRemoteAccess } from './remote-access.js';
import { finalizeUrlFilters } from './url-filters.js';
import { finalizeManagement } from './finalize-management.js';
import { finalizeIpsec } from './ipsec.js';
import { finalizeNat } from './nat.js';
import type { ParseState } from './state.js';

/**
 * Steps that need the whole file. Each runs on its own: a failure in one is reported as a
 * whole-file diagnostic and the others still run. Filters come first: management host lists read
 * the interface addresses, and nothing reads the filters back.
 */
const STEPS: FinalizeStep<ParseState>[] = [
  ['filters', finalizeFilters],
  ['ethernet filters', finalizeEthernetFilters],
  ['URL filters', finalizeUrlFilters],
  ['vlan interconnect', finalizeInterconnect],
  ['management', finalizeManagement],
  ['NAT', finalizeNat],
  ['IPsec', finalizeIpsec],
  ['remote access', finalizeRemoteAccess],
  ['hostname', (state) => {
    // RTX/NVR configs hold no host name (`console prompt` is only the CLI prompt): the device is
    // named after its file so that findings and reports can tell devices apart.
    if (state.device.hostname === '') state.device.hostname = state.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  }],
  ['ip routing', (state) => {
    // A Yamaha RTX/NVR is a router: it always forwards between its interfaces.
    state.device.ipRouting = true;
  }],
];

export function finalize(state: ParseState): void {
  runFinalizeSteps(state, STEPS);
}
