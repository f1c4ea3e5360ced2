import type { FindingCategory, FindingRating, FindingStatus, Severity } from '../model/index.js';
import type { RuleRating } from './types.js';

/**
 * The overall rating from impact and ease of exploitation, as Nipper scores it (research §1.1): a
 * 1–10 score banded into 1–2 info, 3–4 low, 5–6 medium, 7–8 high, 9–10 critical. Impact gives the base
 * (critical 9, high 7, medium 5, low 3, info 1); ease moves it (trivial +1, easy 0, moderate −1,
 * challenging −2). So a critical that is trivial to exploit stays critical, a medium that is hard to
 * exploit drops to low. Fix effort does not change the risk; it is reported beside it.
 */
const BASE: Record<Severity, number> = { critical: 9, high: 7, medium: 5, low: 3, info: 1 };
const EASE: Record<RuleRating['ease'], number> = { trivial: 1, easy: 0, moderate: -1, challenging: -2 };

export function findingRating(impact: Severity, rating: RuleRating): FindingRating {
  const score = Math.min(10, Math.max(1, BASE[impact] + EASE[rating.ease]));
  const overall: Severity = score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 5 ? 'medium' : score >= 3 ? 'low' : 'info';
  return { impact, ease: rating.ease, fix: rating.fix, overall };
}

/**
 * 区分 (research §5.3): a failed check of impact critical/high/medium is a 指摘事項, of low a 改善勧告,
 * of info an 観察事項; a manual check (要確認) is an 観察事項; an approved exception is 例外承認済み.
 */
export function findingCategory(status: FindingStatus, impact: Severity): FindingCategory {
  if (status === 'excepted') return 'excepted';
  if (status !== 'fail') return 'observation';
  if (impact === 'low') return 'recommendation';
  if (impact === 'info') return 'observation';
  return 'nonconformity';
}
