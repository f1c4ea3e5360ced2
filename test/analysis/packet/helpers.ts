import type { AddressMatch, Filter, FilterAction, FilterFamily, FilterRule, Match } from '../../../src/model/index.js';

/** Small builders for model filters in tests (our own fixtures, no parser involved). */

export const any4: AddressMatch = { kind: 'any', family: 4 };
export const any6: AddressMatch = { kind: 'any', family: 6 };

export function prefix4(text: string): AddressMatch {
  const [address, length] = text.split('/');
  return { kind: 'prefix', address: address!, length: Number(length ?? 32), family: 4 };
}

export function prefix6(text: string): AddressMatch {
  const [address, length] = text.split('/');
  return { kind: 'prefix', address: address!, length: Number(length ?? 128), family: 6 };
}

export function wildcard4(address: string, wildcard: string): AddressMatch {
  return { kind: 'wildcard', address, wildcard, family: 4 };
}

export function match(partial: Partial<Match> = {}): Match {
  return { protocol: undefined, src: [any4], dst: [any4], ...partial };
}

let nextLine = 1;

export function rule(action: FilterAction, m: Partial<Match> = {}, extra: Partial<FilterRule> = {}): FilterRule {
  const line = nextLine++;
  return { action, match: match(m), source: { file: 'test.cfg', line, text: `rule ${line}` }, ...extra };
}

export function filter(
  rules: FilterRule[],
  options: { family?: FilterFamily; defaultAction?: FilterAction; stateful?: boolean; name?: string } = {},
): Filter {
  return {
    name: options.name ?? 'TEST',
    family: options.family ?? 'ipv4',
    kind: 'extended',
    rules,
    semantics: { firstMatch: true, defaultAction: options.defaultAction ?? 'deny', stateful: options.stateful ?? false },
    source: { file: 'test.cfg', line: 0, text: 'ip access-list extended TEST' },
  };
}
