import { runFinalizeSteps, type FinalizeStep } from '../finalize-steps.js';
import { finalizeFilters } from './filters.js';
import { finalizeIpsec } from './ipsec.js';
import { finalizeManagement } from './finalize-management.js';
import type { ParseState } from './state.js';

/**
 * Steps that need the whole file. Each runs on its own: a failure in one is reported as a
 * whole-file diagnostic and the others still run. IPsec runs before filters so that the access
 * lists an IPsec map names are known to be referenced.
 */
const STEPS: FinalizeStep<ParseState>[] = [
  ['IPsec', finalizeIpsec],
  ['filters', finalizeFilters],
  ['management', finalizeManagement],
  ['ip routing', (state) => {
    // An IX is a router: it always forwards between its interfaces.
    state.device.ipRouting = true;
  }],
];

export function finalize(state: ParseState): void {
  runFinalizeSteps(state, STEPS);
}
