import type { VendorId } from '../model/index.js';

/**
 * Facts about the site that no config shows (research §4.0 "サイトプロファイル"). They come from
 * segaudit.json `site`; a rule that needs one that is absent reports 要確認 (manual), never a pass.
 */
export interface SiteFacts {
  /** CIDRs from which devices may be managed (MGT-01). Zones of class 管理 in zones.csv count too. */
  managementSubnets?: string[];
  /** The external-connection register (外部接続台帳, 4(3)イ / 6(1)コ): approved exits to outside networks (BND-01). */
  externalConnections?: ExternalConnection[];
  /** End-of-support table (SVC-04): the user keeps it; segaudit ships none. */
  endOfSupport?: EndOfSupportEntry[];
}

export interface ExternalConnection {
  device: string;
  interface: string;
  /** What is on the other side (ISP, SINET, 委託先 …). */
  description?: string;
  approval?: string;
}

export interface EndOfSupportEntry {
  vendor?: VendorId;
  /** Model as the config names it (e.g. `RTX1210`, `FGT60F`); absent = any model of the vendor. */
  model?: string;
  /** Version prefix: `15.2` matches `15.2(4)M7`. */
  version: string;
  /** ISO date support ends (or ended). */
  endOfSupport: string;
  note?: string;
}

/** Thresholds and site facts rules read. Defaults follow policy-and-audit-research.md §4. */
export interface RuleSettings {
  /** MGT-06: longest acceptable idle timeout, seconds (research default: 10 minutes). */
  maxIdleTimeoutSeconds: number;
  /** MGT-05: most failed attempts allowed before lockout. */
  maxLoginAttempts: number;
  /** LOG-03: how many NTP servers are expected at least. */
  minNtpServers: number;
  /** MGT-10: shortest acceptable local password. */
  minPasswordLength: number;
  /** WLS-04, VPN-03: shortest acceptable pre-shared key (readable keys only). */
  minPskLength: number;
  /** MGT-11: most accounts with full administrative rights on one device. */
  maxAdminAccounts: number;
  /** The date findings are judged on (approvals, end of support), ISO; the run's date by default. */
  today?: string;
  site: SiteFacts;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  maxIdleTimeoutSeconds: 600,
  maxLoginAttempts: 5,
  minNtpServers: 1,
  minPasswordLength: 8,
  minPskLength: 20,
  maxAdminAccounts: 3,
  site: {},
};
