import type { Filter, FilterRule, MacMatch } from '../../model/index.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

interface EthernetFilterAst {
  num: number;
  action: string;
  dhcp: string | null;
  src: string | null;
  dst: string | null;
  offset: [number, string] | null;
}

/**
 * `ethernet filter N pass-log|pass-nolog|reject-log|reject-nolog SRC [DST]` (Y-CMD 9.1): MAC
 * addresses with `*` for any address or any byte; DST omitted = `*`. The `dhcp-bind` forms (match
 * by DHCP reservation) and byte-offset matches cannot be expressed as address conditions: such a
 * line is reported, never guessed.
 */
export function ethernetFilter(ast: EthernetFilterAst, ctx: LineContext): void {
  if (ast.num < 1 || ast.num > 512) throw new LineNotUnderstood(`ethernet filter number ${ast.num} out of range 1-512 / フィルター番号が範囲外です`);
  if (ast.dhcp) throw new LineNotUnderstood(`${ast.dhcp} (DHCP reservation match) is not modelled / DHCP 予約による判定は未対応です`);
  if (ast.offset) throw new LineNotUnderstood('byte-offset match is not modelled / バイト列による判定は未対応です');
  const srcMac = macCondition(ast.src ?? '*');
  const dstMac = macCondition(ast.dst ?? '*');
  const rule: FilterRule = {
    seq: ast.num,
    action: ast.action.startsWith('pass') ? 'permit' : 'deny',
    log: ast.action.endsWith('-log'),
    match: { protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'any' }], ...(srcMac ? { srcMac } : {}), ...(dstMac ? { dstMac } : {}) },
    source: ctx.span,
  };
  ctx.state.ethernetFilters.set(ast.num, rule);
}

/** `*` → no condition; `00:11:*:33:44:55` → the address with the `*` bytes as don't-care bits. */
function macCondition(pattern: string): MacMatch[] | undefined {
  if (pattern === '*') return undefined;
  const bytes = pattern.split(':');
  if (bytes.every((b) => b === '*')) return undefined;
  const mac = bytes.map((b) => (b === '*' ? '00' : b)).join(':');
  if (!bytes.includes('*')) return [{ mac }];
  return [{ mac, wildcard: bytes.map((b) => (b === '*' ? 'ff' : '00')).join(':') }];
}

export function ethernetFilterApply(ast: { iface: IfRef; direction: 'in' | 'out'; filters: number[] }, ctx: LineContext): void {
  const iface = resolveIfRef(ctx.state, ast.iface);
  interfaceNamed(ctx, iface);
  const bindings = ctx.state.ethernetBindings;
  // A new list for the same interface and direction replaces the old one, as on the CLI.
  const old = bindings.findIndex((b) => b.iface === iface && b.direction === ast.direction);
  if (old >= 0) bindings.splice(old, 1);
  if (ast.filters.length > 0) bindings.push({ iface, direction: ast.direction, numbers: ast.filters, source: ctx.span });
}

/**
 * Each `ethernet IF filter in|out …` list becomes a MAC Filter named `ethernet lan1 in`, its rules in
 * list order, first match. Unmatched frames are discarded once a list is applied, as for `secure
 * filter` lists: Y-CMD 9.2 itself only says the list "restricts the kinds of packets that pass"
 * (通過するパケットの種類を制限する); the discard of unmatched frames is second-hand
 * (vendor-syntax.md §1 lists it with the IP lists; published Yamaha MAC whitelists are a list of
 * `pass-nolog` entries with no final reject, and deny-lists end with `ethernet filter N pass-nolog * *`
 * as the catch-all, which is only needed if unmatched frames are dropped). A number no `ethernet
 * filter` defines is skipped; it is kept as a reference (`ethernet filter N`) so that the rules see it.
 */
export function finalizeEthernetFilters(state: ParseState): Set<number> {
  const listed = new Set<number>();
  for (const binding of state.ethernetBindings) {
    const name = `ethernet ${binding.iface} ${binding.direction}`;
    const rules: FilterRule[] = [];
    for (const num of binding.numbers) {
      listed.add(num);
      const rule = state.ethernetFilters.get(num);
      if (rule) rules.push(rule);
      else state.device.otherFilterBindings.push({ filter: `ethernet filter ${num}`, family: 'mac', direction: binding.direction, source: binding.source, purpose: `${name} (list)` });
    }
    const filter: Filter = { name, family: 'mac', kind: 'ethernet-filter', rules, semantics: { firstMatch: true, defaultAction: 'deny', stateful: false }, source: binding.source };
    state.device.filters.push(filter);
    state.device.interfaces.find((i) => i.name === binding.iface)?.filters.push({ filter: name, family: 'mac', direction: binding.direction, source: binding.source });
  }
  // A defined filter in no list is a fact of its own (it filters nothing).
  for (const [num, rule] of state.ethernetFilters) {
    if (listed.has(num)) continue;
    state.device.filters.push({ name: `ethernet filter ${num}`, family: 'mac', kind: 'unlisted', rules: [rule], semantics: { firstMatch: true, defaultAction: 'deny', stateful: false }, source: rule.source });
  }
  return listed;
}
