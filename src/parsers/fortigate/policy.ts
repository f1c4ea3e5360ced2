import type { AddressMatch, MacMatch, Match, PolicyZones, SecurityPolicyRule, SecurityProfiles, SecurityZone, ServiceEntry } from '../../model/index.js';
import { complementIpv4 } from './address-complement.js';
import { resolveAddress, resolveService, type ObjectTables } from './objects.js';
import { tablesAt, warn, type ConvertState } from './state.js';
import { modelled, setting, value, values, type Entry, type Holder } from './tree.js';

/** Predefined SSL/SSH inspection profiles that decrypt (FortiOS factory profiles `deep-inspection`, `custom-deep-inspection`). */
const DEEP_PREDEFINED = new Set(['deep-inspection', 'custom-deep-inspection']);

/** VIP external addresses by VIP name: a policy naming a VIP as dstaddr matches its external address. */
export type VipAddresses = Map<string, AddressMatch[]>;

/**
 * `config firewall policy` → `device.securityPolicy`. Semantics (FortiOS CLI reference "config firewall
 * policy", FGT-CLI in vendor-syntax.md §4): policies are tried top down in the order they appear in
 * the config (position, not policy id); the first match decides; disabled policies are skipped;
 * unmatched traffic meets the implicit deny (policy 0); the firewall is stateful.
 *
 * A policy listing several services, or both IP and MAC addresses, becomes several consecutive rules
 * with the same id and action (a union of matches, same first-match result). `*-negate enable`:
 * negated addresses become the exact complement ranges; a negated service cannot be written as a
 * union here, so an accept policy is widened to every service and a deny policy is left out (both
 * err towards more traffic passing), with a diagnostic.
 */
export function convertPolicies(state: ConvertState, zones: SecurityZone[], objects: ObjectTables, vips: VipAddresses): void {
  const tables = tablesAt(state, 'firewall policy');
  const deep = deepInspectionProfiles(state);
  const rules: SecurityPolicyRule[] = [];
  for (const table of tables) {
    for (const entry of table.entries) rules.push(...policyRules(state, entry, objects, vips, deep));
  }
  // A FortiGate without any policy still forwards nothing between interfaces: the implicit deny
  // applies, so the rulebase exists (empty) whatever the config shows.
  state.device.securityPolicy = {
    zones,
    rules,
    defaultAction: 'deny',
    stateful: true,
    // FortiOS attaches security profiles per policy (av-profile, ips-sensor …), read in `profiles`.
    profilesPerRule: true,
    source: tables[0]?.rec.span ?? zones[0]?.source ?? state.device.source,
  };
}

function policyRules(state: ConvertState, entry: Entry, objects: ObjectTables, vips: VipAddresses, deep: Map<string, boolean>): SecurityPolicyRule[] {
  modelled(entry.rec);
  // FortiOS default action is deny (CLI reference: `action {accept | deny | ipsec}`, default deny).
  const actionWord = value(entry, 'action') ?? 'deny';
  const action = actionWord === 'deny' ? 'deny' : 'permit';
  const disabled = value(entry, 'status') === 'disable';
  const src = internetService(entry, 'internet-service-src') ?? addresses(state, entry, 'srcaddr', objects, vips);
  const dst = internetService(entry, 'internet-service') ?? addresses(state, entry, 'dstaddr', objects, vips);
  const v6 = setting(entry, 'srcaddr6') ?? setting(entry, 'dstaddr6');
  if (v6) warn(state, v6.rec, 'IPv6 addresses of a policy are not modelled: the policy is analysed for IPv4 only / ポリシーの IPv6 アドレスは未対応（IPv4 のみ解析）');
  let services = serviceList(state, entry, objects);
  const serviceNegate = setting(entry, 'service-negate');
  let skip = false;
  if (serviceNegate?.values[0] === 'enable') {
    if (action === 'permit') {
      services = [{ protocol: undefined }];
      warn(state, serviceNegate.rec, 'negated service: analysed as every service (over-approximation) / サービスの否定は全サービスとして解析します（広めに評価）');
    } else {
      skip = true;
      warn(state, serviceNegate.rec, 'negated service on a deny policy: left out of the analysis (over-approximation) / 拒否ポリシーのサービス否定は解析から除外します（広めに評価）');
    }
  }
  const base = {
    id: entry.name,
    action,
    from: zonesOf(values(entry, 'srcintf')),
    to: zonesOf(values(entry, 'dstintf')),
    profiles: profiles(state, entry, deep),
    logTraffic: logTraffic(value(entry, 'logtraffic')),
    source: entry.rec.span,
  } as const;
  const name = value(entry, 'name');
  const users = [...values(entry, 'users'), ...values(entry, 'groups')];
  const schedule = value(entry, 'schedule');
  const nat = value(entry, 'nat') === 'enable';
  const comment = value(entry, 'comments');
  const matches = expand(src, dst, services);
  return matches.map((match) => ({
    ...base,
    match,
    ...(disabled || skip ? { disabled: true } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(users.length > 0 ? { users } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(nat ? { nat } : {}),
    ...(comment !== undefined ? { remark: comment } : {}),
    // Only `logtraffic all` logs every session the rule decides (`utm` logs security events only).
    ...(base.logTraffic === 'all' ? { log: true } : {}),
  }));
}

/** `"any"` selects every interface and zone; other names are zones or interfaces (an interface in no zone is its own zone). */
function zonesOf(names: string[]): PolicyZones {
  return names.length === 0 || names.includes('any') ? 'any' : names;
}

interface SideAddresses {
  ips: AddressMatch[];
  macs: MacMatch[];
}

function addresses(state: ConvertState, entry: Entry, key: 'srcaddr' | 'dstaddr', objects: ObjectTables, vips: VipAddresses): SideAddresses {
  const names = setting(entry, key);
  const out: SideAddresses = { ips: [], macs: [] };
  for (const name of names?.values ?? []) {
    const vip = vips.get(name);
    const resolved = vip ? { ips: vip, macs: [] } : resolveAddress(objects, name);
    if (!resolved) {
      out.ips.push({ kind: 'unresolved', name });
      if (names) warn(state, names.rec, `address "${name}" is not defined: matches nothing / アドレス ${name} が未定義のため何にも一致しません`, 'unresolved-reference');
      continue;
    }
    out.ips.push(...resolved.ips);
    out.macs.push(...resolved.macs);
  }
  const negate = setting(entry, `${key}-negate`);
  if (negate?.values[0] === 'enable') {
    const { ranges, approximate } = complementIpv4(out.ips);
    if (approximate || out.macs.length > 0) {
      warn(state, negate.rec, 'negated address with FQDN, geography or MAC members: complement of the resolvable addresses only (over-approximation) / FQDN・国・MAC を含むアドレスの否定は、解決できるアドレスの補集合として解析します');
    }
    return { ips: ranges, macs: [] };
  }
  return out;
}

/**
 * `set internet-service enable` (destination) / `set internet-service-src enable` (source) with
 * `…-name`, `…-id`, `…-group` lists: FortiGuard ISDB entries, kept unresolved under their names.
 */
function internetService(entry: Entry, key: 'internet-service' | 'internet-service-src'): SideAddresses | undefined {
  if (value(entry, key) !== 'enable') return undefined;
  const names = [...values(entry, `${key}-name`), ...values(entry, `${key}-id`), ...values(entry, `${key}-group`), ...values(entry, `${key}-custom`)];
  return { ips: names.map((name) => ({ kind: 'unresolved', name: `${key} ${name}` })), macs: [] };
}

function serviceList(state: ConvertState, entry: Entry, objects: ObjectTables): ServiceEntry[] {
  if (value(entry, 'internet-service') === 'enable' && !setting(entry, 'service')) return [{ protocol: undefined }];
  const names = setting(entry, 'service');
  const out: ServiceEntry[] = [];
  for (const name of names?.values ?? []) {
    const entries = resolveService(objects, name);
    if (entries === undefined) {
      if (names) warn(state, names.rec, `service "${name}" is not defined: matches nothing / サービス ${name} が未定義のため何にも一致しません`, 'unresolved-reference');
      continue;
    }
    out.push(...entries);
  }
  return out;
}

/** Every (address kind × service) combination as one match; MAC addresses go into their own matches. */
function expand(src: SideAddresses, dst: SideAddresses, services: ServiceEntry[]): Match[] {
  const srcSides: { ips: AddressMatch[]; macs?: MacMatch[] }[] = [];
  if (src.ips.length > 0 || src.macs.length === 0) srcSides.push({ ips: src.ips });
  if (src.macs.length > 0) srcSides.push({ ips: [{ kind: 'any', family: 4 }], macs: src.macs });
  const out: Match[] = [];
  // A policy with no resolvable service matches nothing: one rule with an empty destination keeps its place.
  const list = services.length > 0 ? services : [{ protocol: undefined } as ServiceEntry];
  for (const side of srcSides) {
    for (const service of list) {
      out.push({
        protocol: service.protocol,
        src: side.ips,
        dst: services.length > 0 ? dst.ips : [],
        ...(service.dstPorts ? { dstPorts: service.dstPorts } : {}),
        ...(service.srcPorts ? { srcPorts: service.srcPorts } : {}),
        ...(service.icmp ? { icmp: service.icmp } : {}),
        ...(side.macs ? { srcMac: side.macs } : {}),
        ...(dst.macs.length > 0 ? { dstMac: dst.macs } : {}),
      });
    }
  }
  return out;
}

/** FortiOS default `logtraffic utm`: only sessions with a security event are logged. */
function logTraffic(word: string | undefined): SecurityPolicyRule['logTraffic'] {
  if (word === 'all') return 'all';
  if (word === 'disable') return 'none';
  return 'security-events';
}

/**
 * Profiles attached by the policy. On FortiOS 5.x/6.x they act only with `set utm-status enable`
 * (FortiOS 6.4 CLI reference, `config firewall policy`); 7.x dropped the switch.
 */
function profiles(state: ConvertState, entry: Entry, deep: Map<string, boolean>): SecurityProfiles {
  const utm = value(entry, 'utm-status');
  const old = state.majorVersion !== undefined && state.majorVersion < 7;
  if (utm === 'disable' || (old && utm !== 'enable')) return {};
  const out: SecurityProfiles = {};
  const set = (key: keyof SecurityProfiles, word: string) => {
    const v = value(entry, word);
    if (v !== undefined && v !== '') (out as Record<string, unknown>)[key] = v;
  };
  if (value(entry, 'profile-type') === 'group') {
    set('group', 'profile-group');
    return out;
  }
  set('antivirus', 'av-profile');
  set('ips', 'ips-sensor');
  set('webFilter', 'webfilter-profile');
  set('dnsFilter', 'dnsfilter-profile');
  set('applicationControl', 'application-list');
  set('sslInspection', 'ssl-ssh-profile');
  if (out.sslInspection !== undefined) out.sslInspectionDeep = deep.get(out.sslInspection) ?? DEEP_PREDEFINED.has(out.sslInspection);
  return out;
}

/**
 * `config firewall ssl-ssh-profile`: a profile decrypts when its `config ssl` (7.x) or `config https`
 * sets `inspect-all deep-inspection` or `status deep-inspection`.
 */
function deepInspectionProfiles(state: ConvertState): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const table of tablesAt(state, 'firewall ssl-ssh-profile')) {
    for (const entry of table.entries) {
      const inner: Holder[] = entry.tables.filter((t) => t.path === 'ssl' || t.path === 'https');
      const deep = inner.some((t) => value(t, 'inspect-all') === 'deep-inspection' || value(t, 'status') === 'deep-inspection');
      out.set(entry.name, deep);
    }
  }
  return out;
}
