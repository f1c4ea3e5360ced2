import type { Filter } from './filter.js';

/**
 * How the FWH rules name a filter line in messages and finding keys: a firewall rule by its id
 * (`policy 40`), else its sequence number where the vendor has one (`seq 30`), else its position in
 * the filter (`#3`). Indexes are 0-based positions in
 * `filter.rules`, as the filter compiler uses them.
 */

/** The id of a firewall rule (SecurityPolicyRule); ordinary filter lines have none. */
function policyId(filter: Filter, index: number): string | undefined {
  const rule = filter.rules[index] as { id?: unknown } | undefined;
  return typeof rule?.id === 'string' ? rule.id : undefined;
}

export function lineKey(filter: Filter, index: number): string {
  const id = policyId(filter, index);
  if (id !== undefined) return `policy ${id}`;
  const seq = filter.rules[index]?.seq;
  return seq !== undefined ? String(seq) : `#${index + 1}`;
}

export function lineLabel(filter: Filter, index: number): string {
  const id = policyId(filter, index);
  if (id !== undefined) return `policy ${id}`;
  const seq = filter.rules[index]?.seq;
  return seq !== undefined ? `seq ${seq}` : `#${index + 1}`;
}

/** `seq 10, seq 20 and 2 more`-style list, in filter order; at most `limit` named. */
export function lineList(filter: Filter, indexes: number[], limit = 8): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const named = sorted.slice(0, limit).map((i) => lineLabel(filter, i));
  const rest = sorted.length - named.length;
  return rest > 0 ? `${named.join(', ')}, … (+${rest})` : named.join(', ');
}
