import type { AddressMatch, FilterAction, FilterRule, MacMatch, Match, PortRange } from '../../model/index.js';
import { formatIpv4, ipv4Mask, ipv4WildcardToLength, parseIpv4 } from '../../net/ipv4.js';
import { normalizeMac } from '../../net/mac.js';
import { LineNotUnderstood } from './line-error.js';
import type { AclDraft, AclFlavour, LineContext } from './state.js';

type AddressAst = { kind: 'any' } | { kind: 'prefix'; address: string; length: number } | { kind: 'wildcard'; address: string; wildcard: string };
type MacAst = { kind: 'any' } | { kind: 'mac'; mac: string; wildcard: string | null };
type PortsAst = { op: 'eq' | 'lt' | 'gt' | 'ne' | 'range'; ports: number[] };
type Extra = { icmpType?: number; vlan?: number; log?: boolean };
type HardwareAction = 'permit' | 'deny' | 'copy-to-cpu' | 'send-to-cpu' | 'copy-to-mirror' | 'send-to-mirror';

export type EntryAst =
  | { kind: 'remark'; text: string }
  | { kind: 'standard'; action: HardwareAction; src: AddressAst }
  | { kind: 'ip'; action: HardwareAction; proto: string | number; src: AddressAst; dst: AddressAst; sport: PortsAst | null; dport: PortsAst | null; extra: Extra[] }
  | { kind: 'mac'; action: HardwareAction; src: MacAst; dst: MacAst; extra: Extra[] };

/**
 * What each hardware-ACL action does to the packet's forwarding (AW+ Software Reference for x310,
 * C613-50046-01, 33.7 "Actions for Hardware ACLs"): `copy-to-cpu` and `copy-to-mirror` forward the
 * packet (and copy it); `send-to-cpu` hands it to the CPU without forwarding it and `send-to-mirror`
 * sends it to the mirror port "so packets are not switched" — for transit traffic both are a drop.
 */
const TRANSIT_VERDICT: Record<HardwareAction, FilterAction> = {
  permit: 'permit',
  deny: 'deny',
  'copy-to-cpu': 'permit',
  'copy-to-mirror': 'permit',
  'send-to-cpu': 'deny',
  'send-to-mirror': 'deny',
};

/**
 * Numbered ACL ranges (AW+ Feature Overview "Access Control Lists", vendor-syntax.md §3 [V AT-OV33]):
 * 1-99 and 1300-1999 standard, 100-199 and 2000-2699 extended (software ACLs, for routing, SNMP and
 * management access), 3000-3699 IP and 4000-4699 MAC hardware ACLs (packet filters applied to ports).
 */
export function flavourOfNumber(num: number): { flavour: AclFlavour; mac: boolean } | undefined {
  if ((num >= 1 && num <= 99) || (num >= 1300 && num <= 1999)) return { flavour: 'standard', mac: false };
  if ((num >= 100 && num <= 199) || (num >= 2000 && num <= 2699)) return { flavour: 'extended', mac: false };
  if (num >= 3000 && num <= 3699) return { flavour: 'hardware', mac: false };
  if (num >= 4000 && num <= 4699) return { flavour: 'hardware', mac: true };
  return undefined;
}

function draftNamed(ctx: LineContext, name: string, flavour: AclFlavour): AclDraft {
  const acls = ctx.state.acls;
  const found = acls.get(name);
  if (found) {
    if (found.flavour !== flavour) throw new LineNotUnderstood(`ACL ${name} is already a ${found.flavour} ACL / ACL ${name} は既に ${found.flavour} として定義されています`);
    return found;
  }
  const draft: AclDraft = { name, flavour, hasMac: false, rules: [], source: ctx.span };
  acls.set(name, draft);
  return draft;
}

/** `access-list hardware NAME` / `ip access-list standard|extended NAME`: entries follow in the block. */
export function aclHead(ast: { flavour: AclFlavour; name: string }, ctx: LineContext): void {
  ctx.state.mode = { kind: 'acl', acl: draftNamed(ctx, ast.name, ast.flavour) };
}

/** `access-list N …`: one entry of a numbered ACL. */
export function aclNumbered(ast: { num: number; entry: EntryAst }, ctx: LineContext): 'ignored' | void {
  const kind = flavourOfNumber(ast.num);
  if (!kind) throw new LineNotUnderstood(`access-list ${ast.num} is outside every ACL number range / ACL 番号が範囲外です`);
  if (kind.mac && ast.entry.kind !== 'mac' && ast.entry.kind !== 'remark') throw new LineNotUnderstood('a MAC ACL (4000-4699) takes MAC addresses / MAC ACL には MAC アドレスを指定します');
  if (!kind.mac && ast.entry.kind === 'mac' && kind.flavour !== 'hardware') throw new LineNotUnderstood('a software ACL cannot match MAC addresses / ソフトウェア ACL は MAC を扱えません');
  return addEntry(draftNamed(ctx, String(ast.num), kind.flavour), ast.entry, undefined, ctx);
}

/** `access-list standard|extended NAME ACTION …`: one entry of a named software ACL on one line. */
export function aclNamedInline(ast: { flavour: AclFlavour; name: string; entry: EntryAst }, ctx: LineContext): 'ignored' | void {
  return addEntry(draftNamed(ctx, ast.name, ast.flavour), ast.entry, undefined, ctx);
}

/** `[SEQ] ACTION …` inside `access-list hardware NAME` or `ip access-list … NAME`. */
export function aclEntry(ast: { seq: number | null; entry: EntryAst }, ctx: LineContext): 'ignored' | void {
  const mode = ctx.state.mode;
  if (mode.kind !== 'acl') throw new LineNotUnderstood('ACL entry outside an ACL / ACL の外のエントリです');
  return addEntry(mode.acl, ast.entry, ast.seq ?? undefined, ctx);
}

function addEntry(acl: AclDraft, entry: EntryAst, seq: number | undefined, ctx: LineContext): 'ignored' | void {
  if (entry.kind === 'remark') {
    acl.pendingRemark = entry.text.trim();
    return 'ignored';
  }
  if (entry.kind === 'standard' && acl.flavour !== 'standard') throw new LineNotUnderstood('this ACL needs a protocol and two addresses / プロトコルと送信元・宛先が必要です');
  if (entry.kind !== 'standard' && acl.flavour === 'standard') throw new LineNotUnderstood('a standard ACL takes one source address / 標準 ACL は送信元のみです');
  if (entry.kind === 'mac' && acl.flavour !== 'hardware') throw new LineNotUnderstood('only hardware ACLs match MAC addresses / MAC は ハードウェア ACL のみ');
  if (acl.flavour !== 'hardware' && entry.action !== 'permit' && entry.action !== 'deny') {
    throw new LineNotUnderstood(`${entry.action} is a hardware ACL action / ${entry.action} はハードウェア ACL のアクションです`);
  }
  const extra = entry.kind === 'standard' ? [] : entry.extra;
  if (extra.some((e) => e.vlan !== undefined)) throw new LineNotUnderstood('VLAN conditions of ACL entries are not modelled / VLAN 条件付きエントリは未対応です');
  const rule: FilterRule = {
    ...(seq !== undefined ? { seq } : {}),
    action: TRANSIT_VERDICT[entry.action],
    match: matchOf(entry),
    ...(extra.some((e) => e.log) ? { log: true } : {}),
    ...(acl.pendingRemark !== undefined ? { remark: acl.pendingRemark } : {}),
    source: ctx.span,
  };
  delete acl.pendingRemark;
  if (entry.kind === 'mac') acl.hasMac = true;
  insertBySeq(acl, rule);
}

/** Entries run in sequence-number order (AW+ "ACL Filter Sequence Number Behavior"); a repeated number replaces the entry. */
function insertBySeq(acl: AclDraft, rule: FilterRule): void {
  if (rule.seq === undefined) {
    acl.rules.push(rule);
    return;
  }
  const rest = acl.rules.filter((r) => r.seq !== rule.seq);
  const at = rest.findIndex((r) => r.seq !== undefined && r.seq > rule.seq!);
  if (at < 0) rest.push(rule);
  else rest.splice(at, 0, rule);
  acl.rules = rest;
}

const PROTOCOLS: Record<string, number | undefined> = { ip: undefined, tcp: 6, udp: 17, icmp: 1 };

function matchOf(entry: Exclude<EntryAst, { kind: 'remark' }>): Match {
  if (entry.kind === 'standard') return { protocol: undefined, src: [address(entry.src)], dst: [{ kind: 'any', family: 4 }] };
  if (entry.kind === 'mac') {
    const srcMac = macMatch(entry.src);
    const dstMac = macMatch(entry.dst);
    return { protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'any' }], ...(srcMac ? { srcMac } : {}), ...(dstMac ? { dstMac } : {}) };
  }
  const protocol = typeof entry.proto === 'number' ? entry.proto : PROTOCOLS[entry.proto];
  const match: Match = { protocol, src: [address(entry.src)], dst: [address(entry.dst)] };
  if (entry.sport) match.srcPorts = ports(entry.sport, protocol);
  if (entry.dport) match.dstPorts = ports(entry.dport, protocol);
  const icmpType = entry.extra.find((e) => e.icmpType !== undefined)?.icmpType;
  if (icmpType !== undefined) {
    if (protocol !== 1) throw new LineNotUnderstood('icmp-type needs protocol icmp / icmp-type は icmp でのみ使えます');
    match.icmp = [{ type: icmpType }];
  }
  return match;
}

/** IP conditions of a hardware or software ACL judge IPv4 packets only: `any` carries the family. */
function address(ast: AddressAst): AddressMatch {
  if (ast.kind === 'any') return { kind: 'any', family: 4 };
  const value = parseIpv4(ast.address);
  if (value === undefined) throw new LineNotUnderstood(`${ast.address} is not an IPv4 address / IPv4 アドレスではありません`);
  if (ast.kind === 'prefix') {
    return { kind: 'prefix', address: formatIpv4((value & ipv4Mask(ast.length)) >>> 0), length: ast.length, family: 4 };
  }
  const wildcard = parseIpv4(ast.wildcard);
  if (wildcard === undefined) throw new LineNotUnderstood(`${ast.wildcard} is not a mask / マスクではありません`);
  // AW+ writes the second value as a wildcard: `192.168.1.1 0.0.0.0` is /32 and `… 255.255.255.255` is any.
  const base = formatIpv4((value & ~wildcard) >>> 0);
  const length = ipv4WildcardToLength(wildcard);
  if (length !== undefined) return length === 0 ? { kind: 'any', family: 4 } : { kind: 'prefix', address: base, length, family: 4 };
  return { kind: 'wildcard', address: base, wildcard: ast.wildcard, family: 4 };
}

function ports(ast: PortsAst, protocol: number | undefined): PortRange[] {
  if (protocol !== 6 && protocol !== 17) throw new LineNotUnderstood('ports need protocol tcp or udp / ポート指定は tcp/udp のみ');
  const [a, b] = ast.ports as [number, number | undefined];
  switch (ast.op) {
    case 'eq':
      return [{ from: a, to: a }];
    case 'lt':
      if (a === 0) throw new LineNotUnderstood('lt 0 matches no port / lt 0 は一致するポートがありません');
      return [{ from: 0, to: a - 1 }];
    case 'gt':
      if (a === 65535) throw new LineNotUnderstood('gt 65535 matches no port / gt 65535 は一致するポートがありません');
      return [{ from: a + 1, to: 65535 }];
    case 'ne':
      return [...(a > 0 ? [{ from: 0, to: a - 1 }] : []), ...(a < 65535 ? [{ from: a + 1, to: 65535 }] : [])];
    case 'range':
      if (b === undefined || b < a) throw new LineNotUnderstood('port range runs backwards / ポート範囲が逆順です');
      return [{ from: a, to: b }];
  }
}

/**
 * MAC condition; undefined = any. The mask is a wildcard: "for a mask, each value is either 0 or F,
 * where FF = Ignore, and 00 = Match" (AW+ Command Reference for x510, C613-50170-01, `access-list
 * (numbered hardware ACL for MAC addresses)`), so `0000.00ab.1234 0000.0000.0000` is that one MAC.
 */
function macMatch(ast: MacAst): MacMatch[] | undefined {
  if (ast.kind === 'any') return undefined;
  const mac = normalizeMac(ast.mac);
  const wildcard = ast.wildcard === null ? undefined : normalizeMac(ast.wildcard);
  if (mac === undefined || (ast.wildcard !== null && wildcard === undefined)) throw new LineNotUnderstood(`${ast.mac} is not a MAC address / MAC アドレスではありません`);
  if (wildcard === 'ff:ff:ff:ff:ff:ff') return undefined;
  return [wildcard === undefined || wildcard === '00:00:00:00:00:00' ? { mac } : { mac, wildcard }];
}
