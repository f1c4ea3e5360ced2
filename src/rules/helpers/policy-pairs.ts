import type { CompiledFilter } from '../../analysis/packet/filter-compiler.js';
import type { CompiledPair } from '../../analysis/security-policy/policy-filters.js';
import type { Device, SecurityZone } from '../../model/index.js';
import type { RuleContext } from '../types.js';

/**
 * A firewall rulebase seen through its zone pairs. A rule is judged per pair (the pair filter holds
 * exactly the rules that select the pair, in order), so a rule is unreachable or redundant only when
 * it is so in every pair it selects; the FWH rules then report it once, explained by its first pair.
 */
export interface PolicyPairs {
  device: Device;
  /** Every pair some enabled rule selects, compiled. */
  pairs: CompiledPair[];
  /** Per rule index of `securityPolicy.rules`, the pairs it takes part in with its line index there. */
  linesOf(ruleIndex: number): { pair: CompiledPair; line: number }[];
}

export function* policyPairs(ctx: RuleContext): Generator<PolicyPairs> {
  const policies = ctx.analysis.model.filters.policies;
  for (const device of ctx.devices) {
    const policy = device.securityPolicy;
    const zones = policies.zones(device);
    if (policy === undefined || zones === undefined || policy.rules.length === 0) continue;
    const named = (selector: 'any' | string[]): SecurityZone[] =>
      selector === 'any' ? zones.zones : selector.flatMap((name) => zones.zones.filter((z) => z.name === name));
    const keys = new Set<string>();
    const pairs: CompiledPair[] = [];
    for (const rule of policy.rules) {
      if (rule.disabled) continue;
      for (const from of named(rule.from)) {
        for (const to of named(rule.to)) {
          const key = `${from.name}\u0000${to.name}`;
          if (keys.has(key)) continue;
          keys.add(key);
          pairs.push(policies.pair(device, from, to));
        }
      }
    }
    const byRule = new Map<number, { pair: CompiledPair; line: number }[]>();
    for (const pair of pairs) {
      pair.ruleIndex.forEach((ruleIndex, line) => {
        const list = byRule.get(ruleIndex) ?? [];
        list.push({ pair, line });
        byRule.set(ruleIndex, list);
      });
    }
    yield { device, pairs, linesOf: (ruleIndex) => byRule.get(ruleIndex) ?? [] };
  }
}

/** The compiled filters the FWH rules look at for one device: each pair filter once. */
export function pairFilters(view: PolicyPairs): CompiledFilter[] {
  return view.pairs.map((pair) => pair.compiled);
}
