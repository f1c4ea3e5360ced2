import type { AuditConfig } from '../config/audit-config.js';
import type { ApprovedFlow, Asset, Diagnostic, ManualLink, RuleException, Zone } from '../model/index.js';

/** Site facts: the inventory CSVs (zones.csv, flows.csv, assets.csv, links.csv) and segaudit.json. */
export interface Inventory {
  zones: Zone[];
  /** The approved-flow and 例外措置 register (flows.csv); expired approvals are kept (see flowStatus). */
  flows: ApprovedFlow[];
  /** Approved endpoints (assets.csv). */
  assets: Asset[];
  /** Links the configs cannot show (links.csv). */
  links: ManualLink[];
  /** Rule-level approved exceptions (exceptions.csv). */
  exceptions: RuleException[];
  /** segaudit.json: profile, rule switches and severities, thresholds, site facts (emptyConfig() without one). */
  config: AuditConfig;
  /** Files the inventory was read from, for the evidence manifest. */
  files: { path: string; sha256: string; encoding: string }[];
  /** Problems found in the inventory. Errors mean the inventory cannot be trusted (exit 2). */
  diagnostics: Diagnostic[];
}
