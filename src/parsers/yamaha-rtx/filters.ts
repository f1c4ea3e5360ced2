import { diagnostic } from '../../model/index.js';
import type { AddressMatch, Filter, FilterRule, Match } from '../../model/index.js';
import { portsOf, protocolOf, type ProtocolChoice } from './filter-values.js';
import { resolveIfRef, interfaceNamed, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import { filterKey, type LineContext, type ParseState } from './state.js';

type AddrItem =
  | { kind: 'any' }
  | { kind: 'host'; address: string; family: 4 | 6 }
  | { kind: 'prefix'; address: string; length: number; family: 4 | 6 }
  | { kind: 'range'; first: string; last: string; family: 4 };

interface IpFilterAst {
  family: 4 | 6;
  num: number;
  action: string;
  src: AddrItem[];
  dst: AddrItem[] | null;
  proto: string[] | null;
  sport: string[] | null;
  dport: string[] | null;
}

const TCP = 6;
const UDP = 17;
const ICMP = new Set([1, 58]);

/**
 * `ip filter N ACTION SRC [DST [PROTO [SPORT [DPORT]]]]` (Y-CMD 8.1.10). The number alone does
 * nothing: the entry becomes part of a Filter only through a `secure filter` list (finalizeFilters).
 * Omitted fields are `*`. A line with several protocols (`udp,tcp`) becomes one rule per protocol.
 */
export function ipFilter(ast: IpFilterAst, ctx: LineContext): void {
  const action = ast.action.startsWith('reject') ? 'deny' : 'permit';
  // `restrict` passes only while the line is up and discards otherwise (it keeps a dial-up line from
  // being brought up). Whether a line is up is not a configuration fact, so it is taken as permit.
  // `reject` logs unless `-nolog`; `pass`/`restrict` log only with `-log` (Y-CMD 8.1.10).
  const log = ast.action.endsWith('-log') || ast.action === 'reject';
  const src = ast.src.map((a) => addressOf(a, ast.family));
  const dst = (ast.dst ?? [{ kind: 'any' }]).map((a) => addressOf(a, ast.family));
  const rules = matchesOf(ast).map(
    (match): FilterRule => ({ seq: ast.num, action, log, match: { ...match, src, dst }, source: ctx.span }),
  );
  ctx.state.staticFilters.set(filterKey(ast.family, ast.num), { rules, source: ctx.span });
}

function addressOf(item: AddrItem, family: 4 | 6): AddressMatch {
  if (item.kind === 'any') return { kind: 'any', family };
  if (item.family !== family) throw new LineNotUnderstood(`IPv${item.family} address in an IPv${family} filter / アドレスの種類が一致しません`);
  if (item.kind === 'host') return { kind: 'prefix', address: item.address, length: family === 4 ? 32 : 128, family };
  if (item.kind === 'prefix' && item.length > (family === 4 ? 32 : 128)) throw new LineNotUnderstood(`prefix length /${item.length} / 不正なプレフィックス長`);
  return item;
}

/** The protocol/port part of each rule the line stands for. */
function matchesOf(ast: IpFilterAst): Omit<Match, 'src' | 'dst'>[] {
  const words = ast.proto ?? ['*'];
  const portsGiven = [ast.sport, ast.dport].some((p) => p && p.some((w) => w !== '*'));
  const choices: ProtocolChoice[] = [];
  for (const word of words) {
    const choice = protocolOf(word);
    // Ports with protocol `*` can only be meant for TCP and UDP.
    if (choice.protocol === undefined && portsGiven) choices.push({ protocol: TCP }, { protocol: UDP });
    else choices.push(choice);
  }
  return choices.map((choice) => matchOf(choice, ast));
}

function matchOf(choice: ProtocolChoice, ast: IpFilterAst): Omit<Match, 'src' | 'dst'> {
  const match: Omit<Match, 'src' | 'dst'> = { protocol: choice.protocol };
  if (choice.established) match.established = true;
  if (choice.icmp) match.icmp = choice.icmp;
  if (choice.protocol === TCP || choice.protocol === UDP) {
    const srcPorts = portsOf(ast.sport);
    const dstPorts = portsOf(ast.dport);
    if (srcPorts) match.srcPorts = srcPorts;
    if (dstPorts) match.dstPorts = dstPorts;
    return match;
  }
  const type = ast.sport?.[0];
  const code = ast.dport?.[0];
  if (choice.protocol !== undefined && ICMP.has(choice.protocol) && !choice.icmp && type !== undefined && type !== '*') {
    // With protocol icmp alone the port fields are the ICMP type and code (Y-CMD 8.1.10).
    if (!/^[0-9]+$/.test(type) || (code !== undefined && code !== '*' && !/^[0-9]+$/.test(code))) {
      throw new LineNotUnderstood('ICMP type/code must be numbers / ICMP のタイプとコードは数値で指定します');
    }
    match.icmp = [{ type: Number(type), ...(code !== undefined && code !== '*' ? { code: Number(code) } : {}) }];
    return match;
  }
  if ([ast.sport, ast.dport].some((p) => p && p.some((w) => w !== '*'))) {
    throw new LineNotUnderstood('ports given for a protocol without ports / ポートのないプロトコルにポートが指定されています');
  }
  return match;
}

/**
 * `ip filter dynamic N SRC DST PROTO [options]` or `… filter F… [in F…] [out F…]` (Y-CMD 8.1.14):
 * its number is what a `secure filter … dynamic N` list refers to. The `filter`/`in`/`out` form uses
 * static filters as patterns; those numbers then count as used.
 */
export function ipFilterDynamic(ast: { family: 4 | 6; num: number; rest: string }, ctx: LineContext): void {
  ctx.state.dynamicFilters.add(filterKey(ast.family, ast.num));
  const words = ast.rest.trim().split(/\s+/);
  if (words[0] !== 'filter') return;
  for (const word of words) {
    if (/^[0-9]+$/.test(word)) ctx.state.otherFilterUses.add(filterKey(ast.family, Number(word)));
  }
}

interface SecureFilterAst {
  family: 4 | 6;
  iface: IfRef;
  direction: 'in' | 'out';
  filters: number[];
  dynamic: number[] | null;
}

/** `ip IF secure filter in|out N … [dynamic D …]`: applies a list; resolved at the end of the file. */
export function secureFilter(ast: SecureFilterAst, ctx: LineContext): void {
  const iface = resolveIfRef(ctx.state, ast.iface);
  interfaceNamed(ctx, iface);
  const bindings = ctx.state.bindings;
  // A new list for the same interface and direction replaces the old one, as on the CLI.
  const old = bindings.findIndex((b) => b.iface === iface && b.family === ast.family && b.direction === ast.direction);
  if (old >= 0) bindings.splice(old, 1);
  if (ast.filters.length === 0 && !ast.dynamic) return;
  bindings.push({ iface, family: ast.family, direction: ast.direction, filters: ast.filters, dynamic: ast.dynamic ?? [], source: ctx.span });
}

/**
 * Turn every `secure filter` list into a Filter named after its interface and direction (`lan1 in`)
 * and bind it. Semantics (Y-CMD 8.1.25, vendor-syntax.md §1): the filters are tested in list order
 * (not number order), the first match decides, and once a list is applied a packet that matches no
 * filter is discarded; an interface/direction without a list passes everything (no binding here).
 * A list with dynamic filters lets the return traffic of the sessions it passes back in (stateful).
 * A number that no `ip filter` defines is skipped by the router; it stays in the model as a reference
 * to `ip filter N` (otherFilterBindings) so that the rules can report it, and a defined filter that
 * no list or other setting uses becomes a Filter `ip filter N` of its own, bound nowhere.
 */
export function finalizeFilters(state: ParseState): void {
  const listed = new Set<string>();
  for (const binding of state.bindings) {
    const family = binding.family === 4 ? 'ipv4' : 'ipv6';
    const prefix = binding.family === 4 ? 'ip' : 'ipv6';
    const name = `${binding.iface} ${binding.direction}`;
    const purpose = `${prefix} ${binding.iface} secure filter ${binding.direction}`;
    const rules: FilterRule[] = [];
    const missing: string[] = [];
    for (const num of binding.filters) {
      const key = filterKey(binding.family, num);
      listed.add(key);
      const entry = state.staticFilters.get(key);
      if (entry) rules.push(...entry.rules);
      else missing.push(`${prefix} filter ${num}`);
    }
    for (const num of binding.dynamic) {
      if (!state.dynamicFilters.has(filterKey(binding.family, num))) missing.push(`${prefix} filter dynamic ${num}`);
    }
    for (const ref of missing) {
      state.device.otherFilterBindings.push({ filter: ref, family, direction: binding.direction, source: binding.source, purpose });
    }
    if (missing.length > 0) {
      state.diagnostics.push(
        diagnostic(state.file, binding.source.line, binding.source.text, `${missing.join(', ')} not defined: skipped / 未定義のフィルタ ${missing.join(', ')} は無視されます`, 'unresolved-reference', 'info'),
      );
    }
    const filter: Filter = {
      name,
      family,
      kind: 'secure-filter',
      rules,
      semantics: { firstMatch: true, defaultAction: 'deny', stateful: binding.dynamic.length > 0 },
      // `pass-log` / `reject` (logs unless `-nolog`) per filter line, Y-CMD 8.1.10.
      lineLogging: true,
      source: binding.source,
    };
    state.device.filters.push(filter);
    const iface = state.device.interfaces.find((i) => i.name === binding.iface);
    iface?.filters.push({ filter: name, family, direction: binding.direction, source: binding.source });
  }
  for (const [key, entry] of state.staticFilters) {
    if (listed.has(key) || state.otherFilterUses.has(key)) continue;
    const [family, num] = key.split(':');
    const prefix = family === '4' ? 'ip' : 'ipv6';
    state.device.filters.push({
      name: `${prefix} filter ${num}`,
      family: family === '4' ? 'ipv4' : 'ipv6',
      kind: 'unlisted',
      rules: entry.rules,
      semantics: { firstMatch: true, defaultAction: 'deny', stateful: false },
      source: entry.source,
    });
  }
}
