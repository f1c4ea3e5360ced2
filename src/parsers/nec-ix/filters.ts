import { diagnostic } from '../../model/index.js';
import type { AddressMatch, Filter, FilterFamily, FilterRule, Match } from '../../model/index.js';
import { portRanges, protocolOf, type PortSpec } from './acl-values.js';
import { currentInterface } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import { aclKey, type FilterLine, type LineContext, type ParseState } from './state.js';

type AclAddress = { kind: 'any' } | { kind: 'prefix'; address: string; length: number; family: 4 | 6 };

interface AccessListAst {
  family: 4 | 6;
  name: string;
  action: 'permit' | 'deny';
  proto: string;
  src: AclAddress;
  dst: AclAddress;
  sport: PortSpec | null;
  dport: PortSpec | null;
}

const TCP = 6;
const UDP = 17;

/**
 * `ip access-list NAME permit|deny PROTO src S [sport P] dest D [dport P]` (vendor-syntax.md §2):
 * one entry of the list NAME; entries keep the order of the config. A list does nothing until an
 * interface applies it with `ip filter` (finalizeFilters).
 */
export function accessList(ast: AccessListAst, ctx: LineContext): 'ignored' | void {
  const protocol = protocolOf(ast.proto, ast.family);
  const match: Match = { protocol, src: [addressOf(ast.src, ast.family)], dst: [addressOf(ast.dst, ast.family)] };
  const ported = protocol === TCP || protocol === UDP;
  if (!ported && [ast.sport, ast.dport].some((p) => p && p.op !== 'any')) {
    // Seen in a real sample: `permit tcp … dport eq 50` meant for ESP; a port on a portless protocol is refused.
    throw new LineNotUnderstood('ports given for a protocol without ports / ポートのないプロトコルにポートが指定されています');
  }
  const srcPorts = portRanges(ast.sport);
  const dstPorts = portRanges(ast.dport);
  if (srcPorts) match.srcPorts = srcPorts;
  if (dstPorts) match.dstPorts = dstPorts;
  const rule: FilterRule = { action: ast.action, match, source: ctx.span };
  const key = aclKey(ast.family, ast.name);
  const list = ctx.state.accessLists.get(key) ?? { family: ast.family, entries: [], source: ctx.span };
  // Re-entering an entry the list already holds adds nothing ([M]: the CLI keeps one copy); configs
  // assembled from command logs often repeat lines.
  const text = ctx.span.text.trim().replace(/\s+/g, ' ');
  if (list.entries.some((e) => e.source.text.trim().replace(/\s+/g, ' ') === text)) return 'ignored';
  list.entries.push({ rules: [rule], source: ctx.span });
  ctx.state.accessLists.set(key, list);
}

function addressOf(a: AclAddress, family: 4 | 6): AddressMatch {
  if (a.kind === 'any') return { kind: 'any', family };
  if (a.family !== family) throw new LineNotUnderstood(`IPv${a.family} address in an IPv${family} list / アドレスの種類が一致しません`);
  if (a.length > (family === 4 ? 32 : 128)) throw new LineNotUnderstood(`prefix length /${a.length} / 不正なプレフィックス長`);
  return { kind: 'prefix', address: a.address, length: a.length, family };
}

export function accessListDynamic(ast: { family: 4 | 6; name: string; trigger: string }, ctx: LineContext): void {
  ctx.state.dynamicLists.set(aclKey(ast.family, ast.name), { family: ast.family, trigger: ast.trigger, source: ctx.span });
}

/** `ip filter NAME SEQ in|out` inside an interface; a second line with the same SEQ and direction replaces the first. */
export function ifFilter(ast: { family: 4 | 6; name: string; seq: number; direction: 'in' | 'out' }, ctx: LineContext): void {
  const iface = currentInterface(ctx).name;
  const lines = ctx.state.filterLines;
  const same = lines.findIndex((l) => l.iface === iface && l.family === ast.family && l.direction === ast.direction && l.seq === ast.seq);
  if (same >= 0) lines.splice(same, 1);
  lines.push({ iface, family: ast.family, name: ast.name, seq: ast.seq, direction: ast.direction, source: ctx.span });
}

function familyName(family: 4 | 6): FilterFamily {
  return family === 4 ? 'ipv4' : 'ipv6';
}

/**
 * One Filter per interface, direction and family, named `GigaEthernet1.1 in`, holding the rules of
 * every list applied there in ascending sequence number (not config order) and, within a list, in
 * config order. Semantics (vendor-syntax.md §2, [V-2nd]: NEC 機能説明書 2-421..2-430 and FAQ
 * https://jpn.nec.com/univerge/ix/faq/filter.html as quoted by a third-party runbook):
 * - first match wins;
 * - once at least one filter exists for a direction, a packet no filter matches is discarded
 *   (defaultAction deny); a direction without any `ip filter` passes everything (no binding here);
 * - if a static and a dynamic access list share a name, the dynamic one is the one evaluated
 *   (コマンドリファレンス 13-3 note);
 * - a dynamic list passes what its trigger list permits and lets the replies of those sessions back
 *   (stateful). The combined filter is marked stateful when any of its lists is dynamic.
 * Access lists not applied to any interface, or also named by a server, an SNMP community or an
 * IPsec map, stay Filters of their own (kind `access-list`), so that those references resolve and
 * unused lists can be reported.
 */
export function finalizeFilters(state: ParseState): void {
  const groups = new Map<string, FilterLine[]>();
  for (const line of state.filterLines) {
    const key = `${line.iface}\u0000${line.direction}\u0000${line.family}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const applied = new Set<string>();
  for (const lines of groups.values()) {
    const first = lines[0]!;
    const family = familyName(first.family);
    const name = `${first.iface} ${first.direction}`;
    const rules: FilterRule[] = [];
    let stateful = false;
    for (const line of [...lines].sort((a, b) => a.seq - b.seq)) {
      const key = aclKey(line.family, line.name);
      applied.add(key);
      const dynamic = state.dynamicLists.get(key);
      const listKey = dynamic ? aclKey(line.family, dynamic.trigger) : key;
      if (dynamic) {
        stateful = true;
        applied.add(listKey);
      }
      const list = state.accessLists.get(listKey);
      if (!list) {
        state.diagnostics.push(
          diagnostic(state.file, line.source.line, line.source.text, `access list ${dynamic ? dynamic.trigger : line.name} not defined: no rules taken from it / アクセスリスト ${dynamic ? dynamic.trigger : line.name} が未定義のため、規則はありません`, 'unresolved-reference'),
        );
        continue;
      }
      for (const entry of list.entries) rules.push(...entry.rules.map((r) => ({ ...r, seq: line.seq })));
    }
    const filter: Filter = {
      name,
      family,
      kind: 'ip-filter',
      rules,
      semantics: { firstMatch: true, defaultAction: 'deny', stateful },
      source: first.source,
    };
    state.device.filters.push(filter);
    const iface = state.device.interfaces.find((i) => i.name === first.iface);
    iface?.filters.push({ filter: name, family, direction: first.direction, source: first.source });
  }
  const referenced = namedElsewhere(state);
  for (const [key, list] of state.accessLists) {
    const name = key.slice(key.indexOf(':') + 1);
    if (applied.has(key) && !referenced.has(name)) continue;
    state.device.filters.push({
      name,
      family: familyName(list.family),
      kind: 'access-list',
      rules: list.entries.flatMap((e) => e.rules),
      semantics: { firstMatch: true, defaultAction: 'deny', stateful: false },
      source: list.source,
    });
  }
}

/** Access-list names used outside interfaces: server access lists, SNMP communities, IPsec maps. */
function namedElsewhere(state: ParseState): Set<string> {
  const names = new Set<string>();
  for (const entry of Object.values(state.serverAcls)) if (entry) names.add(entry.acl);
  for (const c of state.device.management.snmp.communities) if (c.accessList) names.add(c.accessList);
  for (const map of state.ipsec.maps.values()) names.add(map.acl);
  return names;
}
