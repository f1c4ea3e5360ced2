import type { Filter, PolicyZones, SecurityPolicy, SecurityPolicyRule, SecurityZone } from '../../model/index.js';

/** Whether a rule's `from`/`to` selector holds the zone. */
export function selects(selector: PolicyZones, zone: SecurityZone): boolean {
  return selector === 'any' || selector.includes(zone.name);
}

/** A zone-pair rulebase narrowed to one pair: an ordinary first-match filter. */
export interface PairFilter {
  from: SecurityZone;
  to: SecurityZone;
  filter: Filter;
  /** Index in `policy.rules` of each line of `filter.rules`. */
  ruleIndex: number[];
}

/**
 * The filter a packet entering from `from` and leaving by `to` meets: the rules selecting that pair,
 * in rulebase order, then the zone's intrazone action for same-zone traffic or the policy's default
 * (semantics in model/security-policy.ts). Rules keep their identity (`source`) so evidence and
 * decide() point at the configured policy.
 */
export function pairFilter(policy: SecurityPolicy, from: SecurityZone, to: SecurityZone): PairFilter {
  const rules: SecurityPolicyRule[] = [];
  const ruleIndex: number[] = [];
  policy.rules.forEach((rule, index) => {
    if (selects(rule.from, from) && selects(rule.to, to)) {
      rules.push(rule);
      ruleIndex.push(index);
    }
  });
  const defaultAction = from === to ? from.intrazone : policy.defaultAction;
  return {
    from,
    to,
    ruleIndex,
    filter: {
      name: `${from.name} → ${to.name}`,
      family: 'ip',
      kind: 'security-policy',
      rules,
      semantics: { firstMatch: true, defaultAction, stateful: policy.stateful },
      source: policy.source,
    },
  };
}
