import type { Filter, FilterFamily, FilterRule, FilterSemantics, Match, SourceSpan } from '../../model/index.js';
import {
  ICMP4,
  ICMP6,
  icmpMatch,
  ipv4AddressMatch,
  ipv6AddressMatch,
  macMatch,
  portRanges,
  protocolNumber,
  type AddressAst,
  type IcmpAst,
  type MacAddressAst,
  type PortMatchAst,
  type ProtocolAst,
} from './acl-match.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * IOS access lists: numbered (`access-list 110 …`), named (`ip access-list extended NAME`), IPv6 and
 * MAC lists. Semantics (Cisco IOS Security Configuration Guide, "IP Access List Overview"): entries
 * are evaluated in sequence-number order, the first match decides, an implicit deny ends every list,
 * and nothing is stateful (`established` only tests the TCP ACK/RST bits).
 */
export const IOS_ACL_SEMANTICS: FilterSemantics = { firstMatch: true, defaultAction: 'deny', stateful: false };

export type AclFlavour = 'standard' | 'extended' | 'ipv6' | 'mac';

/** A rule whose match names object groups; object-groups.ts expands it at the end of the file. */
export interface GroupReference {
  filter: Filter;
  rule: FilterRule;
  src?: string;
  dst?: string;
  service?: string;
}

export interface AclState {
  /** By `family:name`. */
  filters: Map<string, Filter>;
  /** Remarks waiting for the next entry of their list. */
  pendingRemarks: Map<Filter, string[]>;
  /** Highest sequence number used per list, for entries written without one (IOS adds 10). */
  lastSeq: Map<Filter, number>;
  groupReferences: GroupReference[];
}

export function newAclState(): AclState {
  return { filters: new Map(), pendingRemarks: new Map(), lastSeq: new Map(), groupReferences: [] };
}

const FAMILY: Record<AclFlavour, FilterFamily> = { standard: 'ipv4', extended: 'ipv4', ipv6: 'ipv6', mac: 'mac' };
const KIND: Record<AclFlavour, string> = { standard: 'standard', extended: 'extended', ipv6: 'extended', mac: 'extended' };

function filterFor(state: ParseState, flavour: AclFlavour, name: string, span: SourceSpan): Filter {
  const family = FAMILY[flavour];
  const key = `${family}:${name}`;
  const existing = state.acl.filters.get(key);
  if (existing) {
    if (existing.kind !== KIND[flavour]) {
      throw new LineNotUnderstood(
        `access list ${name} already exists as ${existing.kind} / アクセスリスト ${name} は ${existing.kind} として定義済みです`,
      );
    }
    return existing;
  }
  // Every IOS ACE takes a trailing `log` / `log-input` (IOS Security Configuration Guide, "IP Access List Logging").
  const filter: Filter = { name, family, kind: KIND[flavour], rules: [], semantics: IOS_ACL_SEMANTICS, lineLogging: true, source: span };
  state.acl.filters.set(key, filter);
  state.device.filters.push(filter);
  return filter;
}

/** `ip access-list standard|extended NAME`, `ipv6 access-list NAME`, `mac access-list extended NAME`. */
export function openNamedAcl(ast: { flavour: AclFlavour; name: string }, ctx: LineContext): Block {
  return { kind: 'acl', filter: filterFor(ctx.state, ast.flavour, ast.name, ctx.span), flavour: ast.flavour };
}

/** Numbered list ranges (IOS "access-list (IP standard)" / "(IP extended)"). */
function numberedFlavour(n: number): AclFlavour | undefined {
  if ((n >= 1 && n <= 99) || (n >= 1300 && n <= 1999)) return 'standard';
  if ((n >= 100 && n <= 199) || (n >= 2000 && n <= 2699)) return 'extended';
  return undefined;
}

export function numberedAclEntry(ast: { number: number; entry: AclEntryAst }, ctx: LineContext): void {
  const flavour = numberedFlavour(ast.number);
  if (flavour === undefined) {
    throw new LineNotUnderstood(`access list number ${ast.number} is not an IP list / ${ast.number} は IP アクセスリスト番号ではありません`);
  }
  const expected = flavour === 'standard' ? 'standard-entry' : 'extended-entry';
  if (ast.entry.type !== 'remark' && ast.entry.type !== expected) {
    throw new LineNotUnderstood(`entry does not fit a ${flavour} list / ${flavour} リストの形式ではありません`);
  }
  const filter = filterFor(ctx.state, flavour, String(ast.number), ctx.span);
  addEntry(ctx.state, filter, ast.entry, ctx.span);
}

type AclBlock = Extract<Block, { kind: 'acl' }>;

export function aclEntry(ast: AclEntryAst, ctx: LineContext<AclBlock>): void {
  addEntry(ctx.state, ctx.block.filter, ast, ctx.span);
}

export type AclEntryAst =
  | { type: 'remark'; text: string }
  | { type: 'standard-entry'; seq: number | null; action: 'permit' | 'deny'; src: AddressAst; options: AclOptionAst[] }
  | ({ type: 'extended-entry' | 'ipv6-entry'; seq: number | null; action: 'permit' | 'deny' } & IpBody)
  | { type: 'mac-entry'; seq: number | null; action: 'permit' | 'deny'; src: MacAddressAst; dst: MacAddressAst };

interface IpBody {
  protocol: ProtocolAst;
  src: AddressAst;
  srcPorts: PortMatchAst | null;
  dst: AddressAst;
  dstPorts: PortMatchAst | null;
  icmp: IcmpAst | null;
  options: AclOptionAst[];
}

interface AclOptionAst {
  established?: boolean;
  log?: boolean;
}

function addEntry(state: ParseState, filter: Filter, ast: AclEntryAst, span: SourceSpan): void {
  if (ast.type === 'remark') {
    const remarks = state.acl.pendingRemarks.get(filter) ?? [];
    remarks.push(ast.text);
    state.acl.pendingRemarks.set(filter, remarks);
    return;
  }
  const reference: Omit<GroupReference, 'filter' | 'rule'> = {};
  const match = matchOf(ast, reference);
  const log = 'options' in ast && ast.options.some((o) => o.log === true);
  const seq = ast.seq ?? (state.acl.lastSeq.get(filter) ?? 0) + 10;
  state.acl.lastSeq.set(filter, Math.max(seq, state.acl.lastSeq.get(filter) ?? 0));
  const rule: FilterRule = { seq, action: ast.action, match, source: span };
  if (log) rule.log = true;
  const remarks = state.acl.pendingRemarks.get(filter);
  if (remarks) {
    rule.remark = remarks.join('\n');
    state.acl.pendingRemarks.delete(filter);
  }
  filter.rules.push(rule);
  if (reference.src !== undefined || reference.dst !== undefined || reference.service !== undefined) {
    state.acl.groupReferences.push({ filter, rule, ...reference });
  }
}

function matchOf(ast: Exclude<AclEntryAst, { type: 'remark' }>, reference: Omit<GroupReference, 'filter' | 'rule'>): Match {
  switch (ast.type) {
    case 'standard-entry':
      return { protocol: undefined, src: [ipv4AddressMatch(ast.src)], dst: [{ kind: 'any', family: 4 }] };
    case 'mac-entry': {
      const match: Match = { protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'any' }] };
      const srcMac = macMatch(ast.src);
      const dstMac = macMatch(ast.dst);
      if (srcMac) match.srcMac = srcMac;
      if (dstMac) match.dstMac = dstMac;
      return match;
    }
    case 'extended-entry':
      return ipMatch(ast, 4, reference);
    case 'ipv6-entry':
      return ipMatch(ast, 6, reference);
  }
}

function ipMatch(ast: IpBody, family: 4 | 6, reference: Omit<GroupReference, 'filter' | 'rule'>): Match {
  const protocol = protocolNumber(ast.protocol);
  if (ast.protocol.kind === 'group') {
    if (ast.srcPorts || ast.dstPorts || ast.icmp) {
      throw new LineNotUnderstood('ports with a service object group / サービスオブジェクトグループにポート条件は指定できません');
    }
    reference.service = ast.protocol.name;
  }
  const match: Match = { protocol, src: [address(ast.src, family, 'src', reference)], dst: [address(ast.dst, family, 'dst', reference)] };
  // With a service group the ports come from the group; until expansion the protocol is checked there.
  const checked = ast.protocol.kind === 'group' ? undefined : protocol;
  if (ast.srcPorts) match.srcPorts = portRanges(ast.srcPorts, checked);
  if (ast.dstPorts) match.dstPorts = portRanges(ast.dstPorts, checked);
  if (ast.icmp) match.icmp = [icmpMatch(ast.icmp, checked, family === 4 ? ICMP4 : ICMP6)];
  if (ast.options.some((o) => o.established === true)) {
    if (protocol !== 6) throw new LineNotUnderstood('"established" is only for TCP / "established" は TCP のみ指定できます');
    match.established = true;
  }
  return match;
}

function address(ast: AddressAst, family: 4 | 6, side: 'src' | 'dst', reference: Omit<GroupReference, 'filter' | 'rule'>) {
  if (ast.kind === 'group') {
    reference[side] = ast.name;
    return { kind: 'unresolved' as const, name: ast.name };
  }
  return family === 4 ? ipv4AddressMatch(ast) : ipv6AddressMatch(ast);
}

/** IOS keeps entries sorted by sequence number whatever order they were typed in. */
export function sortAclRules(state: ParseState): void {
  for (const filter of state.device.filters) {
    filter.rules.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  }
}
