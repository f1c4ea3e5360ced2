/** Thresholds and site facts rules read. Defaults follow policy-and-audit-research.md §4. */
export interface RuleSettings {
  /** MGT-06: longest acceptable idle timeout, seconds (research default: 10 minutes). */
  maxIdleTimeoutSeconds: number;
  /** MGT-05: most failed attempts allowed before lockout. */
  maxLoginAttempts: number;
  /** LOG-03: how many NTP servers are expected at least. */
  minNtpServers: number;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  maxIdleTimeoutSeconds: 600,
  maxLoginAttempts: 5,
  minNtpServers: 1,
};
