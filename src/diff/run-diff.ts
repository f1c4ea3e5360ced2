import { PacketSpace } from '../analysis/packet/packet-set.js';
import type { OwnedAddresses } from '../analysis/reachability/class-example.js';
import { ownedAddresses } from '../analysis/reachability/zone-reachability.js';
import { runAudit, type AuditOptions, type AuditResult } from '../audit/run-audit.js';
import type { Device } from '../model/index.js';
import type { ChangedFlow } from './changed-flows.js';
import type { ConfigChange } from './config-change.js';
import { diffDeviceConfig } from './config-diff.js';
import { deviceFlowDiff } from './device-flow-diff.js';
import { diffFindings, type FindingsDiff } from './findings-diff.js';
import { zoneFlowDiff, type ZoneFlowChange } from './zone-flow-diff.js';

/** What changed on one device present on both sides. */
export interface DeviceDiff {
  device: string;
  /** Model objects added, removed, changed, moved (config-diff.ts). */
  changes: ConfigChange[];
  /** Packets a filter, an interface or a rulebase zone pair treats differently (device-flow-diff.ts). */
  flows: ChangedFlow[];
  /** Flow classes not listed (beyond the per-pair limit). */
  omittedFlows: number;
}

/**
 * `segaudit diff`: the same audit on the configs before and after a change, in one packet space so
 * that their packet sets compare exactly. Devices are matched by hostname.
 */
export interface DiffResult {
  before: AuditResult;
  after: AuditResult;
  devices: { added: string[]; removed: string[]; common: string[] };
  /** Devices on both sides with any change, in hostname order. */
  changed: DeviceDiff[];
  /** Zone-to-zone traffic newly possible or impossible; undefined when a side has no zones.csv. */
  zoneFlows: ZoneFlowChange[] | undefined;
  findings: FindingsDiff;
}

export function runDiff(beforePaths: string[], afterPaths: string[], options: AuditOptions = {}): DiffResult {
  const space = options.space ?? new PacketSpace();
  const before = runAudit(beforePaths, { ...options, space });
  const after = runAudit(afterPaths, { ...options, space });
  const byName = (r: AuditResult) => new Map(r.network.devices.map((d) => [d.hostname, d]));
  const b = byName(before);
  const a = byName(after);
  const common = [...a.keys()].filter((n) => b.has(n)).sort();
  const owned = ownedAddresses(after.analysis.model);
  const changed = common.map((name) => deviceDiff(b.get(name)!, a.get(name)!, before, after, owned)).filter((d) => d.changes.length + d.flows.length > 0);
  const beforeReach = before.analysis.reachability;
  const afterReach = after.analysis.reachability;
  return {
    before,
    after,
    devices: {
      added: [...a.keys()].filter((n) => !b.has(n)).sort(),
      removed: [...b.keys()].filter((n) => !a.has(n)).sort(),
      common,
    },
    changed,
    zoneFlows: beforeReach && afterReach ? zoneFlowDiff(beforeReach, afterReach, after.analysis.model) : undefined,
    findings: diffFindings(before.findings, after.findings),
  };
}

function deviceDiff(before: Device, after: Device, beforeRun: AuditResult, afterRun: AuditResult, owned: OwnedAddresses): DeviceDiff {
  const flows = deviceFlowDiff(before, after, beforeRun.analysis.model, afterRun.analysis.model, owned);
  return { device: after.hostname, changes: diffDeviceConfig(before, after), flows: flows.flows, omittedFlows: flows.omitted };
}
