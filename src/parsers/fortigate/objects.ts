import type { AddressMatch, AddressObject, MacMatch, PortRange, ServiceEntry, ServiceObject } from '../../model/index.js';
import { normalizeMac } from '../../net/mac.js';
import { ipAndMask, isIpv4, networkOf } from './addresses.js';
import { PREDEFINED_SERVICES } from './predefined-services.js';
import { tablesAt, warn, type ConvertState } from './state.js';
import { modelled, reject, setting, value, values, type Entry } from './tree.js';

/** What an address name stands for: IP conditions and MAC conditions (FortiOS `type mac`). */
export interface ResolvedAddress {
  ips: AddressMatch[];
  macs: MacMatch[];
}

/** Address and service objects by name, as the policies need them. */
export interface ObjectTables {
  addresses: Map<string, ResolvedAddress>;
  addressGroups: Map<string, string[]>;
  services: Map<string, ServiceEntry[]>;
  serviceGroups: Map<string, string[]>;
}

const ANY4: AddressMatch = { kind: 'any', family: 4 };

export function convertObjects(state: ConvertState): ObjectTables {
  const objects: ObjectTables = { addresses: new Map(), addressGroups: new Map(), services: new Map(), serviceGroups: new Map() };
  for (const table of tablesAt(state, 'firewall address')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const resolved = address(state, entry);
      objects.addresses.set(entry.name, resolved);
      state.device.addressObjects.push({ name: entry.name, members: resolved.ips, groups: [], source: entry.rec.span });
    }
  }
  for (const table of tablesAt(state, 'firewall addrgrp')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const members = values(entry, 'member');
      objects.addressGroups.set(entry.name, members);
      const exclude = setting(entry, 'exclude');
      if (exclude?.values[0] === 'enable') reject(exclude.rec, 'address group exclusion not supported yet / アドレスグループの除外は未対応');
      const direct = members.filter((m) => objects.addresses.has(m)).flatMap((m) => objects.addresses.get(m)!.ips);
      const object: AddressObject = { name: entry.name, members: direct, groups: members.filter((m) => !objects.addresses.has(m)), source: entry.rec.span };
      state.device.addressObjects.push(object);
    }
  }
  for (const table of tablesAt(state, 'firewall service custom')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const entries = serviceEntries(entry);
      objects.services.set(entry.name, entries);
      state.device.serviceObjects.push({ name: entry.name, members: entries, groups: [], source: entry.rec.span });
    }
  }
  for (const table of tablesAt(state, 'firewall service group')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const members = values(entry, 'member');
      objects.serviceGroups.set(entry.name, members);
      const object: ServiceObject = {
        name: entry.name,
        members: members.filter((m) => objects.services.has(m)).flatMap((m) => objects.services.get(m)!),
        groups: members.filter((m) => !objects.services.has(m)),
        source: entry.rec.span,
      };
      state.device.serviceObjects.push(object);
    }
  }
  return objects;
}

/**
 * One `config firewall address` entry (FortiOS CLI reference, `config firewall address`): `type`
 * ipmask (default; `subnet`), iprange (`start-ip`/`end-ip`), interface-subnet (`subnet`), mac
 * (`macaddr`), fqdn / geography / dynamic / wildcard-fqdn (resolved at run time: kept unresolved under
 * the object's name, so they match nothing the engine can prove), wildcard (not modelled: unresolved
 * with a diagnostic).
 */
function address(state: ConvertState, entry: Entry): ResolvedAddress {
  const type = value(entry, 'type') ?? 'ipmask';
  const unresolved: ResolvedAddress = { ips: [{ kind: 'unresolved', name: entry.name }], macs: [] };
  switch (type) {
    case 'ipmask':
    case 'interface-subnet': {
      const subnet = setting(entry, 'subnet');
      if (!subnet) return { ips: [ANY4], macs: [] };
      const parsed = ipAndMask(subnet.values);
      if (!parsed) {
        reject(subnet.rec, 'subnet not understood / サブネットを解析できません');
        return unresolved;
      }
      if (parsed.length === 0) return { ips: [ANY4], macs: [] };
      return { ips: [{ kind: 'prefix', address: networkOf(parsed.address, parsed.length), length: parsed.length, family: 4 }], macs: [] };
    }
    case 'iprange': {
      const first = value(entry, 'start-ip') ?? '0.0.0.0';
      const last = value(entry, 'end-ip') ?? '0.0.0.0';
      if (!isIpv4(first) || !isIpv4(last)) {
        reject(entry.rec, 'address range not understood / アドレス範囲を解析できません');
        return unresolved;
      }
      return { ips: [{ kind: 'range', first, last, family: 4 }], macs: [] };
    }
    case 'mac': {
      const macs: MacMatch[] = [];
      const list = setting(entry, 'macaddr');
      for (const word of list?.values ?? []) {
        const mac = normalizeMac(word);
        if (mac) macs.push({ mac });
        else if (list) reject(list.rec, `MAC address "${word}" not understood / MAC アドレスを解析できません`);
      }
      return { ips: [], macs };
    }
    case 'fqdn':
      value(entry, 'fqdn');
      return unresolved;
    case 'geography':
      value(entry, 'country');
      return unresolved;
    case 'dynamic':
    case 'wildcard-fqdn':
      return unresolved;
    default:
      warn(state, entry.rec, `address type "${type}" not modelled: matches nothing in the analysis / アドレス種別 ${type} は未対応のため解析上どの通信にも一致しません`);
      return unresolved;
  }
}

/**
 * One `config firewall service custom` entry (FortiOS CLI reference, `config firewall service
 * custom`): `protocol` TCP/UDP/SCTP (default) with `tcp-portrange`/`udp-portrange`/`sctp-portrange`
 * lists of `dstLow[-dstHigh][:srcLow[-srcHigh]]`, ICMP/ICMP6 with optional `icmptype`/`icmpcode`
 * (absent = every type), IP with `protocol-number` (0 = every protocol).
 */
function serviceEntries(entry: Entry): ServiceEntry[] {
  const protocol = value(entry, 'protocol') ?? 'TCP/UDP/SCTP';
  if (protocol === 'IP') {
    const number = Number(value(entry, 'protocol-number') ?? '0');
    return [{ protocol: number === 0 ? undefined : number }];
  }
  if (protocol === 'ICMP' || protocol === 'ICMP6') {
    const type = value(entry, 'icmptype');
    const code = value(entry, 'icmpcode');
    const proto = protocol === 'ICMP' ? 1 : 58;
    if (type === undefined) return [{ protocol: proto }];
    return [{ protocol: proto, icmp: [{ type: Number(type), ...(code !== undefined ? { code: Number(code) } : {}) }] }];
  }
  const out: ServiceEntry[] = [];
  for (const [key, proto] of [['tcp-portrange', 6], ['udp-portrange', 17], ['sctp-portrange', 132]] as const) {
    const ranges = setting(entry, key);
    if (!ranges) continue;
    for (const word of ranges.values) {
      const parsed = portRange(word);
      if (!parsed) {
        reject(ranges.rec, `port range "${word}" not understood / ポート範囲を解析できません`);
        continue;
      }
      out.push({ protocol: proto, dstPorts: [parsed.dst], ...(parsed.src ? { srcPorts: [parsed.src] } : {}) });
    }
  }
  return out;
}

/** `80`, `80-90`, `80-90:1024-65535` (destination:source). */
export function portRange(word: string): { dst: PortRange; src?: PortRange } | undefined {
  const [dst, src] = word.split(':');
  const range = (text: string | undefined): PortRange | undefined => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text ?? '');
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    return from <= to && to <= 65535 ? { from, to } : undefined;
  };
  const dstRange = range(dst);
  if (!dstRange) return undefined;
  if (src === undefined) return { dst: dstRange };
  const srcRange = range(src);
  return srcRange ? { dst: dstRange, src: srcRange } : undefined;
}

/** Services of a name: a custom service, a group (recursively), else a FortiOS predefined one. */
export function resolveService(objects: ObjectTables, name: string, seen = new Set<string>()): ServiceEntry[] | undefined {
  const custom = objects.services.get(name);
  if (custom) return custom;
  const group = objects.serviceGroups.get(name);
  if (group) {
    if (seen.has(name)) return [];
    seen.add(name);
    const out: ServiceEntry[] = [];
    for (const member of group) {
      const entries = resolveService(objects, member, seen);
      if (entries) out.push(...entries);
    }
    return out;
  }
  return PREDEFINED_SERVICES[name];
}

/** Addresses of a name: an address, a group (recursively), `all`, else undefined. */
export function resolveAddress(objects: ObjectTables, name: string, seen = new Set<string>()): ResolvedAddress | undefined {
  const direct = objects.addresses.get(name);
  if (direct) return direct;
  const group = objects.addressGroups.get(name);
  if (group) {
    if (seen.has(name)) return { ips: [], macs: [] };
    seen.add(name);
    const out: ResolvedAddress = { ips: [], macs: [] };
    for (const member of group) {
      const resolved = resolveAddress(objects, member, seen) ?? { ips: [{ kind: 'unresolved', name: member }], macs: [] };
      out.ips.push(...resolved.ips);
      out.macs.push(...resolved.macs);
    }
    return out;
  }
  // `all` is a factory address (0.0.0.0/0); short configs use it without defining it.
  if (name === 'all') return { ips: [ANY4], macs: [] };
  return undefined;
}
