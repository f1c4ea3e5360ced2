import type { NetworkAnalysis } from '../analysis/reachability/network-analysis.js';
import type { ZoneIndex } from '../analysis/zone-index.js';
import type { Asset, Device, Localized, Network, Severity, SourceSpan } from '../model/index.js';
import type { RuleSettings } from './settings.js';

/** Rule areas, as in the catalog (policy-and-audit-research.md §4). */
export type RuleArea = 'SEG' | 'BND' | 'GW' | 'FWH' | 'WLS' | 'VPN' | 'RA' | 'MGT' | 'SVC' | 'NAC' | 'LOG' | 'CHG';

/** Clause numbers per policy profile, e.g. `{ kagoshima: ['6(5)ア(イ)'], sorachi: ['6(6)'] }`. */
export type ClauseMap = Partial<Record<ProfileId, string[]>>;

export type ProfileId = 'kagoshima' | 'sorachi';

export interface RuleMeta {
  /** Stable id, e.g. `MGT-03`. */
  id: string;
  area: RuleArea;
  title: Localized;
  /** What the rule checks and how it decides, for the rule reference. */
  description: Localized;
  severity: Severity;
  clauses: ClauseMap;
  remediation: Localized;
  /** What evidence a finding of this rule carries. */
  evidence: Localized;
  /** Needs zones.csv; without it the rule reports 要確認 (manual) instead of guessing. */
  needsZones?: boolean;
}

/** What a rule passes to ctx.report. */
export interface ReportDescriptor {
  device: Device;
  /** The filter, interface, line, user … concerned. */
  object?: string;
  /** Extra discriminator for the stable finding id when one object has several findings. */
  key?: string;
  status?: 'fail' | 'manual';
  severity?: Severity;
  message: Localized;
  /** Config lines proving it; the device's own span is used when empty. */
  evidence: SourceSpan[];
}

export interface RuleContext {
  network: Network;
  devices: Device[];
  zones: ZoneIndex;
  /** Topology, zone-to-zone reachability and the approved-flow register, computed on first use. */
  analysis: NetworkAnalysis;
  /** Approved endpoints (assets.csv); empty when there is none. */
  assets: readonly Asset[];
  settings: RuleSettings;
  report(finding: ReportDescriptor): void;
  /** The rule does not apply to this device (e.g. no switch ports); recorded for the results matrix. */
  notApplicable(device: Device, reason: Localized): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
