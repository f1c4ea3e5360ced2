import type { NetworkAnalysis } from '../analysis/reachability/network-analysis.js';
import type { ZoneIndex } from '../analysis/zone-index.js';
import type { Asset, Device, FindingException, Localized, Network, Severity, SourceSpan } from '../model/index.js';
import type { RuleSettings, SiteFacts } from './settings.js';

/** Rule areas, as in the catalog (policy-and-audit-research.md §4). */
export type RuleArea = 'SEG' | 'BND' | 'GW' | 'FWH' | 'WLS' | 'VPN' | 'RA' | 'MGT' | 'SVC' | 'NAC' | 'LOG' | 'CHG';

/** Clause numbers per policy profile, e.g. `{ kagoshima: ['6(5)ア(イ)'], sorachi: ['6(6)'] }`. */
export type ClauseMap = Partial<Record<ProfileId, string[]>>;

export type ProfileId = 'kagoshima' | 'sorachi';

/** How easily the weakness is exploited (Nipper rating system, research §1.1). */
export type Ease = 'trivial' | 'easy' | 'moderate' | 'challenging';
/** How much work the fix is: a config line, a planned change, or an involved project. */
export type FixEffort = 'quick' | 'planned' | 'involved';

/** The parts of the auditor's rating a rule fixes in advance; impact is the finding's severity. */
export interface RuleRating {
  ease: Ease;
  fix: FixEffort;
}

export interface RuleMeta {
  /** Stable id, e.g. `MGT-03`. */
  id: string;
  area: RuleArea;
  title: Localized;
  /** What the rule checks and how it decides, for the rule reference. */
  description: Localized;
  severity: Severity;
  rating: RuleRating;
  clauses: ClauseMap;
  remediation: Localized;
  /** What evidence a finding of this rule carries. */
  evidence: Localized;
  /** Needs zones.csv; without it the rule reports 要確認 (manual) instead of guessing. */
  needsZones?: boolean;
  /** Site facts (segaudit.json `site`) the rule reads; without them it reports 要確認, never a pass. */
  needsSiteFacts?: (keyof SiteFacts)[];
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
  /** An approval in a register (flows.csv) covers what the finding describes: it is filed 例外承認済み. */
  exception?: FindingException;
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
