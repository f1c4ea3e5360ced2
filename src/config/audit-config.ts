import type { Severity } from '../model/index.js';
import type { RuleSettings, SiteFacts } from '../rules/settings.js';
import type { ProfileId } from '../rules/types.js';

/** What segaudit.json may set (README "segaudit.json"). Everything is optional. */
export interface AuditConfig {
  profile?: ProfileId;
  /** Per rule id: switched off, or its severity changed. */
  rules: Record<string, RuleOverride>;
  /** Numeric thresholds of RuleSettings. */
  thresholds: Partial<Omit<RuleSettings, 'site' | 'today'>>;
  site: SiteFacts;
  /** The file it was read from, for the evidence manifest and messages. */
  file?: string;
}

export interface RuleOverride {
  enabled: boolean;
  severity?: Severity;
}

/** No segaudit.json: nothing overridden. A fresh object per run, so no run can change another's. */
export function emptyConfig(): AuditConfig {
  return { rules: {}, thresholds: {}, site: {} };
}
