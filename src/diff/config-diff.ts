import type { Device } from '../model/index.js';
import type { ConfigChange } from './config-change.js';
import { bindingChanges } from './config/bindings.js';
import { compareChanges } from './config/change-order.js';
import { filterChanges } from './config/filters.js';
import { interfaceChanges } from './config/interfaces.js';
import { managementChanges } from './config/management.js';
import { addressObjectChanges, serviceObjectChanges } from './config/named-objects.js';
import { natChanges } from './config/nat.js';
import { routeChanges } from './config/routes.js';
import { securityPolicyChanges } from './config/security-policy.js';
import { vpnChanges } from './config/vpn.js';
import { wlanChanges } from './config/wlans.js';

/**
 * What changed in one device's configuration, by model object rather than by text line (issue #6
 * item 2): a renumbered or moved line is not "removed and added", a reordered firewall policy is
 * "moved". The list is sorted by kind, then object, so the same pair of configs always gives the same
 * list; two configs that mean the same give none.
 */
export function diffDeviceConfig(before: Device, after: Device): ConfigChange[] {
  const changes = [
    ...filterChanges(before.filters, after.filters),
    ...bindingChanges(before, after),
    ...securityPolicyChanges(before.securityPolicy, after.securityPolicy),
    ...addressObjectChanges(before.addressObjects, after.addressObjects),
    ...serviceObjectChanges(before.serviceObjects, after.serviceObjects),
    ...interfaceChanges(before.interfaces, after.interfaces),
    ...routeChanges(before.routes, after.routes),
    ...natChanges(before.nat, after.nat),
    ...vpnChanges(before.vpn, after.vpn),
    ...wlanChanges(before.wlans, after.wlans),
    ...managementChanges(before.management, after.management, { before: before.source, after: after.source }),
  ];
  return changes.sort(compareChanges);
}
