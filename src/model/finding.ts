import type { SourceSpan } from './source.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** fail = breaks the policy; manual = needs a person (要確認); excepted = approved exception. */
export type FindingStatus = 'fail' | 'pass' | 'manual' | 'not-applicable' | 'excepted' | 'unparsed';

export interface Localized {
  ja: string;
  en: string;
}

export interface ClauseRef {
  /** Policy profile / document id, e.g. `kagoshima`. */
  doc: string;
  /** Clause as the document numbers it, e.g. `第2章6(5)ア(イ)`. */
  clause: string;
}

export interface Finding {
  /** Stable across runs: derived from rule, device, object and key, never from line numbers. */
  id: string;
  ruleId: string;
  status: FindingStatus;
  severity: Severity;
  device: string;
  /** The filter, interface, line, user … the finding concerns. */
  object?: string;
  title: Localized;
  message: Localized;
  remediation: Localized;
  evidence: SourceSpan[];
  clauses: ClauseRef[];
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
