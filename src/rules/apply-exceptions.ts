import type { Finding, RuleException } from '../model/index.js';

/** What became of one exceptions.csv row in this run (reported in the exceptions register). */
export interface ExceptionOutcome {
  exception: RuleException;
  /**
   * `applied`: in date and covering findings, now 例外承認済み; `expired`: its findings stay failures
   * (例外失効); `not-yet`: approved for a later date; `unmatched`: no finding matches any more (the
   * config changed or the exception is stale) — the register needs a look either way.
   */
  state: 'applied' | 'expired' | 'not-yet' | 'unmatched';
  /** Ids of the findings it matches. */
  findings: string[];
}

/**
 * Marks the findings an in-date exception covers as `excepted` (category 例外承認済み) with the
 * exception's id, approver and expiry. Matching: same rule, same device (or `*`), and the same
 * object when the row names one. Only failures and manual checks are covered. `today` is ISO.
 */
export function applyExceptions(findings: Finding[], exceptions: readonly RuleException[], today: string): ExceptionOutcome[] {
  return exceptions.map((exception) => {
    const matched = findings.filter(
      (f) =>
        (f.status === 'fail' || f.status === 'manual' || f.status === 'excepted') &&
        f.ruleId === exception.ruleId &&
        (exception.device === '*' || f.device === exception.device) &&
        (exception.object === undefined || f.object === exception.object),
    );
    const state =
      matched.length === 0
        ? 'unmatched'
        : exception.expiry !== undefined && exception.expiry < today
          ? 'expired'
          : exception.approvedDate !== undefined && exception.approvedDate > today
            ? 'not-yet'
            : 'applied';
    if (state === 'applied') {
      for (const finding of matched) {
        if (finding.exception !== undefined) continue; // the first row that covers it names it
        finding.status = 'excepted';
        finding.category = 'excepted';
        finding.exception = {
          id: exception.id,
          ...(exception.approver ? { approver: exception.approver } : {}),
          ...(exception.expiry ? { expires: exception.expiry } : {}),
          source: exception.source,
        };
      }
    }
    return { exception, state, findings: matched.map((f) => f.id) };
  });
}
