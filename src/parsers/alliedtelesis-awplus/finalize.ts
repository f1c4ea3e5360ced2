import { runFinalizeSteps, type FinalizeStep } from '../finalize-steps.js';
import { finalizeFilters } from './acl-finalize.js';
import { finalizeFirewall, finalizeNat } from './firewall-finalize.js';
import { finalizeManagement, finalizeTrunks } from './finalize-management.js';
import type { ParseState } from './state.js';

/**
 * Steps that need the whole file. Each runs on its own: a failure in one is reported as a
 * whole-file diagnostic and the others still run.
 */
const STEPS: FinalizeStep<ParseState>[] = [
  ['filters', finalizeFilters],
  ['trunks', finalizeTrunks],
  ['management', finalizeManagement],
  ['NAT', finalizeNat],
  ['firewall', finalizeFirewall],
  ['ip routing', (state) => {
    // AW+ has no `ip routing` switch: a switch or router forwards IPv4 between its IP interfaces
    // whenever they have addresses ([M] AW+ IP feature overview; verify per product line).
    state.device.ipRouting = true;
  }],
];

export function finalize(state: ParseState): void {
  runFinalizeSteps(state, STEPS);
}
