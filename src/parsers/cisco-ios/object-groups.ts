import { diagnostic } from '../../model/index.js';
import type { AddressMatch, AddressObject, FilterRule, ServiceEntry, ServiceObject } from '../../model/index.js';
import { formatIpv4, ipv4MaskToLength, ipv4NetworkAddress, parseIpv4 } from '../../net/ipv4.js';
import { ICMP4, icmpMatch, portRanges, protocolNumber, type IcmpAst, type PortMatchAst, type ProtocolAst } from './acl-match.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * `object-group network|service NAME` (IOS 12.4(20)T+). Groups become addressObjects /
 * serviceObjects; ACL entries that name them are expanded into their Match lists at the end of the
 * file (IOS requires a group to exist before an ACL uses it, but the order in a file is not ours to
 * trust).
 */
export interface ObjectGroupState {
  network: Map<string, AddressObject>;
  service: Map<string, ServiceObject>;
}

export function newObjectGroupState(): ObjectGroupState {
  return { network: new Map(), service: new Map() };
}

export function openObjectGroup(ast: { kind: 'network' | 'service'; name: string }, ctx: LineContext): Block {
  const { state, span } = ctx;
  if (ast.kind === 'network') {
    let group = state.objectGroups.network.get(ast.name);
    if (!group) {
      group = { name: ast.name, members: [], groups: [], source: span };
      state.objectGroups.network.set(ast.name, group);
      state.device.addressObjects.push(group);
    }
    return { kind: 'object-group-network', group };
  }
  let group = state.objectGroups.service.get(ast.name);
  if (!group) {
    group = { name: ast.name, members: [], groups: [], source: span };
    state.objectGroups.service.set(ast.name, group);
    state.device.serviceObjects.push(group);
  }
  return { kind: 'object-group-service', group };
}

type NetworkMemberAst =
  | { kind: 'host'; address: string }
  | { kind: 'prefix'; address: string; length: number }
  | { kind: 'mask'; address: string; mask: string }
  | { kind: 'range'; first: string; last: string }
  | { kind: 'any' };

export function networkMember(ast: { address: NetworkMemberAst }, ctx: LineContext<Extract<Block, { kind: 'object-group-network' }>>): void {
  ctx.block.group.members.push(networkMatch(ast.address));
}

function networkMatch(ast: NetworkMemberAst): AddressMatch {
  switch (ast.kind) {
    case 'any':
      return { kind: 'any', family: 4 };
    case 'host':
      return { kind: 'prefix', address: ast.address, length: 32, family: 4 };
    case 'range':
      if ((parseIpv4(ast.first) ?? 0) > (parseIpv4(ast.last) ?? 0)) {
        throw new LineNotUnderstood('address range runs backwards / アドレス範囲の順序が逆です');
      }
      return { kind: 'range', first: ast.first, last: ast.last, family: 4 };
    case 'prefix':
    case 'mask': {
      const length = ast.kind === 'prefix' ? ast.length : ipv4MaskToLength(parseIpv4(ast.mask) ?? 1);
      if (length === undefined || length > 32) {
        throw new LineNotUnderstood('not a contiguous netmask / ネットマスクが不正です');
      }
      const network = formatIpv4(ipv4NetworkAddress(parseIpv4(ast.address) ?? 0, length));
      return { kind: 'prefix', address: network, length, family: 4 };
    }
  }
}

export function groupObject(ast: { name: string }, ctx: LineContext<Extract<Block, { kind: 'object-group-network' | 'object-group-service' }>>): void {
  ctx.block.group.groups.push(ast.name);
}

interface ServiceMemberAst {
  protocol: 'tcp' | 'udp' | 'tcp-udp' | 'icmp' | ProtocolAst;
  srcPorts?: PortMatchAst | null;
  dstPorts?: PortMatchAst | null;
  icmp?: IcmpAst | null;
}

const PROTOCOL_WORDS: Record<string, number[]> = { tcp: [6], udp: [17], 'tcp-udp': [6, 17], icmp: [ICMP4] };

export function serviceMember(ast: ServiceMemberAst, ctx: LineContext<Extract<Block, { kind: 'object-group-service' }>>): void {
  const protocols = typeof ast.protocol === 'string' ? PROTOCOL_WORDS[ast.protocol]! : [protocolOf(ast.protocol)];
  const entries: ServiceEntry[] = protocols.map((protocol) => {
    const entry: ServiceEntry = { protocol };
    if (ast.srcPorts) entry.srcPorts = portRanges(ast.srcPorts, protocol);
    if (ast.dstPorts) entry.dstPorts = portRanges(ast.dstPorts, protocol);
    if (ast.icmp) entry.icmp = [icmpMatch(ast.icmp, protocol, ICMP4)];
    return entry;
  });
  ctx.block.group.members.push(...entries);
}

function protocolOf(ast: ProtocolAst): number | undefined {
  if (ast.kind === 'group') throw new LineNotUnderstood('use group-object to nest groups / グループの入れ子は group-object で指定します');
  return protocolNumber(ast);
}

/** Expand every ACL entry that names object groups (see GroupReference). */
export function expandGroupReferences(state: ParseState): void {
  for (const ref of state.acl.groupReferences) {
    const via: string[] = [];
    if (ref.src !== undefined) ref.rule.match.src = resolveNetwork(state, ref.src, ref.rule, via);
    if (ref.dst !== undefined) ref.rule.match.dst = resolveNetwork(state, ref.dst, ref.rule, via);
    if (ref.service === undefined) {
      if (via.length > 0) ref.rule.match.via = via;
      continue;
    }
    const services = resolveService(state, ref.service, ref.rule);
    if (services === undefined) {
      // An undefined service group matches nothing, like an undefined address group.
      ref.rule.match.dst = [{ kind: 'unresolved', name: ref.service }];
      ref.rule.match.via = via;
      continue;
    }
    via.push(...services.via);
    const expanded = services.entries.map((entry, i): FilterRule => {
      const rule: FilterRule = { ...ref.rule, match: { ...ref.rule.match, protocol: entry.protocol, via } };
      if (entry.srcPorts) rule.match.srcPorts = entry.srcPorts;
      if (entry.dstPorts) rule.match.dstPorts = entry.dstPorts;
      if (entry.icmp) rule.match.icmp = entry.icmp;
      if (i > 0) delete rule.remark;
      return rule;
    });
    const at = ref.filter.rules.indexOf(ref.rule);
    ref.filter.rules.splice(at, 1, ...expanded);
  }
}

function resolveNetwork(state: ParseState, name: string, rule: FilterRule, via: string[]): AddressMatch[] {
  const members: AddressMatch[] = [];
  const seen = new Set<string>();
  const visit = (groupName: string): boolean => {
    if (seen.has(groupName)) return true;
    seen.add(groupName);
    const group = state.objectGroups.network.get(groupName);
    if (!group && groupName === name) return false;
    if (!group) {
      unresolved(state, rule, 'network', groupName);
      members.push({ kind: 'unresolved', name: groupName });
      return true;
    }
    via.push(groupName);
    members.push(...group.members);
    return group.groups.every(visit);
  };
  if (!visit(name)) {
    unresolved(state, rule, 'network', name);
    return [{ kind: 'unresolved', name }];
  }
  return members;
}

function resolveService(state: ParseState, name: string, rule: FilterRule): { entries: ServiceEntry[]; via: string[] } | undefined {
  const entries: ServiceEntry[] = [];
  const via: string[] = [];
  const seen = new Set<string>();
  const visit = (groupName: string): boolean => {
    if (seen.has(groupName)) return true;
    seen.add(groupName);
    const group = state.objectGroups.service.get(groupName);
    if (!group && groupName === name) return false;
    if (!group) {
      // A missing nested group adds nothing: it matches no service.
      unresolved(state, rule, 'service', groupName);
      return true;
    }
    via.push(groupName);
    entries.push(...group.members);
    return group.groups.every(visit);
  };
  if (!visit(name)) {
    unresolved(state, rule, 'service', name);
    return undefined;
  }
  return { entries, via };
}

function unresolved(state: ParseState, rule: FilterRule, kind: string, name: string): void {
  state.diagnostics.push(
    diagnostic(
      state.file,
      rule.source.line,
      rule.source.text,
      `object-group ${kind} "${name}" is not defined: the entry matches nothing / object-group ${kind} "${name}" が未定義のため、この行は何にも一致しません`,
      'unresolved-reference',
    ),
  );
}
