import { buildZoneIndex, NO_ZONES } from '../analysis/zone-binding.js';
import type { ZoneIndex } from '../analysis/zone-index.js';
import { loadNetwork, type LoadOptions } from '../input/load-network.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { Inventory } from '../inventory/types.js';
import type { Finding, Network } from '../model/index.js';
import { RULES } from '../rules/index.js';
import { runRules, type CheckResult } from '../rules/run-rules.js';
import type { ProfileId } from '../rules/types.js';

export interface AuditOptions extends LoadOptions {
  zonesPath?: string;
  profile?: ProfileId;
}

export interface AuditResult {
  network: Network;
  inventory: Inventory;
  zones: ZoneIndex;
  findings: Finding[];
  checks: CheckResult[];
  profile: ProfileId;
}

/** The whole pipeline, one direction: configs → model, inventory → zones, rules → findings. */
export function runAudit(paths: string[], options: AuditOptions = {}): AuditResult {
  const network = loadNetwork(paths, options);
  const inventory = loadInventory({ configPaths: paths, ...(options.zonesPath ? { zonesPath: options.zonesPath } : {}) });
  const zones = inventory.zones.length > 0 ? buildZoneIndex(inventory.zones, network.devices) : NO_ZONES;
  const profile = options.profile ?? 'kagoshima';
  const { findings, checks } = runRules(RULES, network, zones, { profile });
  return { network, inventory, zones, findings, checks, profile };
}

/** Inventory errors make every zone-based verdict untrustworthy: the run is an input error. */
export function inventoryErrors(result: AuditResult) {
  return result.inventory.diagnostics.filter((d) => d.level === 'error');
}
