import { analyzeNetwork, japanDate, type NetworkAnalysis } from '../analysis/reachability/network-analysis.js';
import type { PacketSpace } from '../analysis/packet/packet-set.js';
import { buildZoneIndex, NO_ZONES } from '../analysis/zone-binding.js';
import type { ZoneIndex } from '../analysis/zone-index.js';
import { loadNetwork, type LoadOptions } from '../input/load-network.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { Inventory } from '../inventory/types.js';
import type { Finding, Network } from '../model/index.js';
import { RULES } from '../rules/index.js';
import { applyExceptions, type ExceptionOutcome } from '../rules/apply-exceptions.js';
import { runRules, type CheckResult } from '../rules/run-rules.js';
import type { ProfileId } from '../rules/types.js';

export interface AuditOptions extends LoadOptions {
  zonesPath?: string;
  /** segaudit.json (`--config`); default: segaudit.json beside the configs. */
  configFile?: string;
  profile?: ProfileId;
  /** ISO timestamp of the run (`--now`, SOURCE_DATE_EPOCH); approvals are judged on its date in Japan. Default: the clock. */
  now?: string;
  /** Packet space for the analysis (default: a new one); `diff` gives both sides the same one. */
  space?: PacketSpace;
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
  /** Each exceptions.csv row and what became of it. */
  exceptions: ExceptionOutcome[];
  checks: CheckResult[];
  profile: ProfileId;
}

/** Configs → model, inventory → zones, and the (lazily computed) analysis. */
export function loadAuditInputs(paths: string[], options: AuditOptions = {}): AuditInputs {
  const network = loadNetwork(paths, options);
  const inventory = loadInventory({
    configPaths: paths,
    ruleIds: RULES.map((r) => r.meta.id),
    ...(options.zonesPath ? { zonesPath: options.zonesPath } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const zones = inventory.zones.length > 0 ? buildZoneIndex(inventory.zones, network.devices) : NO_ZONES;
  const analysis = analyzeNetwork({
    devices: network.devices,
    zones,
    links: inventory.links,
    flows: inventory.flows,
    today: japanDate(options.now ? new Date(options.now) : new Date()),
    ...(options.space ? { space: options.space } : {}),
  });
  return { network, inventory, zones, analysis };
}

/** The whole pipeline, one direction: configs → model, inventory → zones, analysis, rules → findings. */
export function runAudit(paths: string[], options: AuditOptions = {}): AuditResult {
  const inputs = loadAuditInputs(paths, options);
  const config = inputs.inventory.config;
  // The command line wins over segaudit.json, segaudit.json over the defaults.
  const profile = options.profile ?? config.profile ?? 'kagoshima';
  const rules = RULES.filter((rule) => config.rules[rule.meta.id]?.enabled !== false);
  const severities = Object.fromEntries(Object.entries(config.rules).flatMap(([id, o]) => (o.severity ? [[id, o.severity]] : [])));
  const { findings, checks } = runRules(rules, inputs.network, inputs.zones, {
    profile,
    analysis: inputs.analysis,
    assets: inputs.inventory.assets,
    settings: { ...config.thresholds, site: config.site, today: inputs.analysis.today },
    severities,
  });
  const exceptions = applyExceptions(findings, inputs.inventory.exceptions, inputs.analysis.today);
  return { ...inputs, findings, checks, exceptions, profile };
}

/** Inventory errors make every zone-based verdict untrustworthy: the run is an input error. */
export function inventoryErrors(result: Pick<AuditInputs, 'inventory'>) {
  return result.inventory.diagnostics.filter((d) => d.level === 'error');
}
