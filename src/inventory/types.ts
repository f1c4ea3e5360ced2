import type { Diagnostic, Zone } from '../model/index.js';

/** Site facts from the inventory CSVs (zones.csv now; assets.csv and flows.csv later). */
export interface Inventory {
  zones: Zone[];
  /** Files the inventory was read from, for the evidence manifest. */
  files: { path: string; sha256: string; encoding: string }[];
  /** Problems found in the inventory. Errors mean the inventory cannot be trusted (exit 2). */
  diagnostics: Diagnostic[];
}
