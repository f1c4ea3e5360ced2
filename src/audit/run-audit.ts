import { analyzeNetwork, japanDate, type NetworkAnalysis } from '../analysis/reachability/network-analysis.js';
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
  /** ISO timestamp of the run (`--now`, SOURCE_DATE_EPOCH); approvals are judged on its date in Japan. Default: the clock. */
  now?: string;
}

/** What every command that looks at the network reads: configs, inventory, zones, and the analysis built on them. */
export interface AuditInputs {
  network: Network;
  inventory: Inventory;
  zones: ZoneIndex;
  analysis: NetworkAnalysis;
}

export interface AuditResult extends AuditInputs {
  findings: Finding[];
  checks: CheckResult[];
  profile: ProfileId;
}

/** Configs → model, inventory → zones, and the (lazily computed) analysis. */
export function loadAuditInputs(paths: string[], options: AuditOptions = {}): AuditInputs {
  const network = loadNetwork(paths, options);
  const inventory = loadInventory({ configPaths: paths, ...(options.zonesPath ? { zonesPath: options.zonesPath } : {}) });
  const zones = inventory.zones.length > 0 ? buildZoneIndex(inventory.zones, network.devices) : NO_ZONES;
  const analysis = analyzeNetwork({
    devices: network.devices,
    zones,
    links: inventory.links,
    flows: inventory.flows,
    today: japanDate(options.now ? new Date(options.now) : new Date()),
  });
  return { network, inventory, zones, analysis };
}

/** The whole pipeline, one direction: configs → model, inventory → zones, analysis, rules → findings. */
export function runAudit(paths: string[], options: AuditOptions = {}): AuditResult {
  const inputs = loadAuditInputs(paths, options);
  const profile = options.profile ?? 'kagoshima';
  const { findings, checks } = runRules(RULES, inputs.network, inputs.zones, { profile, analysis: inputs.analysis, assets: inputs.inventory.assets });
  return { ...inputs, findings, checks, profile };
}

/** Inventory errors make every zone-based verdict untrustworthy: the run is an input error. */
export function inventoryErrors(result: Pick<AuditInputs, 'inventory'>) {
  return result.inventory.diagnostics.filter((d) => d.level === 'error');
}
