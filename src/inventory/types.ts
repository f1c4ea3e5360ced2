import type { ApprovedFlow, Asset, Diagnostic, ManualLink, Zone } from '../model/index.js';

/** Site facts from the inventory CSVs: zones.csv, flows.csv, assets.csv and links.csv. */
export interface Inventory {
  zones: Zone[];
  /** The approved-flow and 例外措置 register (flows.csv); expired approvals are kept (see flowStatus). */
  flows: ApprovedFlow[];
  /** Approved endpoints (assets.csv). */
  assets: Asset[];
  /** Links the configs cannot show (links.csv). */
  links: ManualLink[];
  /** Files the inventory was read from, for the evidence manifest. */
  files: { path: string; sha256: string; encoding: string }[];
  /** Problems found in the inventory. Errors mean the inventory cannot be trusted (exit 2). */
  diagnostics: Diagnostic[];
}
