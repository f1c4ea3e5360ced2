import { runFinalizeSteps, type FinalizeStep } from '../finalize-steps.js';
import { finalizeAaa } from './aaa.js';
import { sortAclRules } from './acl.js';
import { notesOf } from './interfaces.js';
import { finalizeManagementFacts } from './management.js';
import { expandGroupReferences } from './object-groups.js';
import { finalizeServices } from './services.js';
import type { ParseState } from './state.js';
import { finalizeNtpKeys } from './time-logging.js';
import { finalizeVpn } from './vpn.js';
import { finalizeL2Guards } from './l2-guards.js';
import { finalizeWireless } from './wireless.js';

/**
 * Steps that need the whole file. Each runs on its own: a failure in one is reported as a
 * whole-file diagnostic and the others still run.
 */
const STEPS: FinalizeStep<ParseState>[] = [
  ['object groups', expandGroupReferences],
  ['ACL order', sortAclRules],
  ['interfaces', finalizeInterfaces],
  ['layer-2 guards', finalizeL2Guards],
  ['ip routing', finalizeIpRouting],
  ['services', finalizeServices],
  ['NTP keys', finalizeNtpKeys],
  ['AAA', finalizeAaa],
  ['VPN', finalizeVpn],
  ['wireless', finalizeWireless],
  ['management facts', finalizeManagementFacts],
];

export function finalize(state: ParseState): void {
  runFinalizeSteps(state, STEPS);
}

/** Management ports of IOS-XE platforms live in a dedicated VRF (Catalyst 9000 `Mgmt-vrf`, ISR/ASR `Mgmt-intf`). */
const MANAGEMENT_VRFS = new Set(['Mgmt-vrf', 'Mgmt-intf']);

/**
 * Switch port heuristic: on a device with any switchport configuration (a switch), a physical or
 * port-channel interface with no `switchport` line, no `no switchport`, no IPv4 address and no
 * explicit `no ip address` is a layer-2 port in the platform's default mode (Catalyst ports are
 * switch ports unless made routed). An explicit `no ip address` marks a routed port without address
 * (Catalyst 6500 native IOS prints that for its routed default), so it stays layer 3.
 */
function finalizeInterfaces(state: ParseState): void {
  const isSwitch = state.interfaces.switchSyntaxSeen;
  for (const iface of state.device.interfaces) {
    if (iface.vrf !== undefined && MANAGEMENT_VRFS.has(iface.vrf) && iface.kind === 'physical') iface.kind = 'management';
    if (!isSwitch || iface.switchport !== undefined) continue;
    if (iface.kind !== 'physical' && iface.kind !== 'aggregate') continue;
    const notes = notesOf(state, iface);
    const layer3 =
      notes.routedPort ||
      notes.noIpAddressLine ||
      iface.addresses.some((a) => a.family === 4) ||
      iface.dynamicAddress !== undefined ||
      iface.unnumbered !== undefined;
    if (!layer3) iface.switchport = { source: iface.source };
  }
}

/**
 * `ip routing` as written; otherwise the platform default: routers route (the default is on and
 * `show running-config` omits it), Catalyst switches do not (the default is off and an L3 switch
 * prints `ip routing`). A device with switchport configuration is taken to be a switch. An
 * autonomous Aironet AP (radios bridged with bridge groups) bridges and is managed through
 * `ip default-gateway`, so it does not route either.
 */
function finalizeIpRouting(state: ParseState): void {
  const { interfaces } = state.device;
  const bridgingAp = interfaces.some((i) => i.kind === 'wireless') && interfaces.some((i) => i.bridgeGroup !== undefined);
  state.device.ipRouting = state.ipRouting ?? !(state.interfaces.switchSyntaxSeen || bridgingAp);
}
