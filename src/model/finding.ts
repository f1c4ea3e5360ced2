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

/**
 * 区分, as auditors file findings (research §5.3): 指摘事項 (the policy is not met), 改善勧告 (a
 * low-impact gap worth fixing), 観察事項 (for information / needs a person), 例外承認済み (an approved
 * exception under 対策基準 7(4) covers it).
 */
export type FindingCategory = 'nonconformity' | 'recommendation' | 'observation' | 'excepted';

export const CATEGORY_LABELS: Record<FindingCategory, Localized> = {
  nonconformity: { ja: '指摘事項', en: 'Nonconformity' },
  recommendation: { ja: '改善勧告', en: 'Recommendation' },
  observation: { ja: '観察事項', en: 'Observation' },
  excepted: { ja: '例外承認済み', en: 'Approved exception' },
};

/** The auditor's rating (Nipper's scheme, research §1.1): impact is the severity. */
export interface FindingRating {
  impact: Severity;
  ease: 'trivial' | 'easy' | 'moderate' | 'challenging';
  fix: 'quick' | 'planned' | 'involved';
  overall: Severity;
}

/** The approved exception that covers a finding. */
export interface FindingException {
  id: string;
  approver?: string;
  /** ISO date; absent = no expiry stated. */
  expires?: string;
  source: SourceSpan;
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
  category: FindingCategory;
  rating: FindingRating;
  /** Present when an approved exception (exceptions.csv, 7(4)) covers the finding; status is then `excepted`. */
  exception?: FindingException;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
