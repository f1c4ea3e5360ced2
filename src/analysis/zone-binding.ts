import type { Device, Interface, Zone, ZoneAssignment } from '../model/index.js';
import { interfaceNamesEqual, interfaceNamesMatch } from '../net/interface-name.js';
import { ipv4LastAddress, ipv4NetworkAddress, parseIpv4 } from '../net/ipv4.js';
import { ipv6LastAddress, ipv6NetworkAddress, parseIpv6 } from '../net/ipv6.js';
import type { Prefix } from '../net/prefix.js';
import { VLAN_MAX, VLAN_MIN } from '../net/vlan.js';
import type { ZoneIndex } from './zone-index.js';

/** The index of a run without zones.csv: every lookup is empty and rules report 要確認. */
export const NO_ZONES: ZoneIndex = {
  available: false,
  zones: [],
  ofInterface: () => [],
  ofVlan: () => [],
  ofSsid: () => [],
  ofAddress: () => undefined,
};

type Address = number | bigint;

/** Zone CIDRs of one family, indexed both ways an overlap can happen. */
interface CidrTable {
  /** prefix length → network address → zones: finds the zone prefixes that contain a subnet. */
  byLength: Map<number, Map<Address, ZoneAssignment[]>>;
  lengthsLongestFirst: number[];
  /** Sorted by network address: finds the zone prefixes that lie inside a subnet. */
  sorted: { network: Address; length: number; assignment: ZoneAssignment }[];
}

function networkOf(family: 4 | 6, address: Address, length: number): Address {
  return family === 4 ? ipv4NetworkAddress(address as number, length) : ipv6NetworkAddress(address as bigint, length);
}

function lastOf(family: 4 | 6, address: Address, length: number): Address {
  return family === 4 ? ipv4LastAddress(address as number, length) : ipv6LastAddress(address as bigint, length);
}

function parseAddress(text: string): Prefix | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { family: 4, address: v4, length: 32 };
  const v6 = parseIpv6(text);
  return v6 === undefined ? undefined : { family: 6, address: v6, length: 128 };
}

function hostKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Keep the first (strongest) assignment of each zone. */
function uniqueZones(assignments: ZoneAssignment[]): ZoneAssignment[] {
  const seen = new Set<string>();
  const unique: ZoneAssignment[] = [];
  for (const assignment of assignments) {
    if (seen.has(assignment.zone)) continue;
    seen.add(assignment.zone);
    unique.push(assignment);
  }
  return unique;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * VLANs an interface carries untagged or as its own: an SVI's number, a sub-interface's 802.1Q tag,
 * an access port's data and voice VLANs. A trunk carries many VLANs and belongs to none of them.
 */
function vlansOf(iface: Interface): number[] {
  const vlans: number[] = [];
  if (iface.kind === 'vlan') {
    const m = /([0-9]+)$/.exec(iface.name);
    if (m) vlans.push(Number(m[1]));
  }
  if (iface.encapsulationVlan !== undefined) vlans.push(iface.encapsulationVlan);
  const port = iface.switchport;
  if (port !== undefined && port.mode !== 'trunk') {
    if (port.accessVlan !== undefined) vlans.push(port.accessVlan);
    if (port.voiceVlan !== undefined) vlans.push(port.voiceVlan);
  }
  return vlans.filter((v) => v >= VLAN_MIN && v <= VLAN_MAX);
}

export function buildZoneIndex(zones: Zone[], devices: Device[]): ZoneIndex {
  const interfaceRows = new Map<string, { name: string; assignment: ZoneAssignment }[]>();
  const vlansByDevice = new Map<string, Map<number, ZoneAssignment[]>>();
  const globalVlans = new Map<number, ZoneAssignment[]>();
  const ssids = new Map<string, ZoneAssignment[]>();
  const cidrs: Record<4 | 6, CidrTable> = {
    4: { byLength: new Map(), lengthsLongestFirst: [], sorted: [] },
    6: { byLength: new Map(), lengthsLongestFirst: [], sorted: [] },
  };

  for (const zone of zones) {
    for (const binding of zone.bindings) {
      const assignment: ZoneAssignment = { zone: zone.name, class: zone.class, binding };
      const selector = binding.selector;
      switch (selector.kind) {
        case 'interface':
          pushTo(interfaceRows, hostKey(selector.device), { name: selector.interface, assignment });
          break;
        case 'vlan':
          if (selector.device === undefined) {
            pushTo(globalVlans, selector.vlan, assignment);
          } else {
            const key = hostKey(selector.device);
            const perDevice = vlansByDevice.get(key) ?? new Map<number, ZoneAssignment[]>();
            vlansByDevice.set(key, perDevice);
            pushTo(perDevice, selector.vlan, assignment);
          }
          break;
        case 'ssid':
          pushTo(ssids, selector.ssid, assignment);
          break;
        case 'cidr': {
          const address = parseAddress(selector.address);
          if (address === undefined || address.family !== selector.family) break; // the loader validated it
          const table = cidrs[selector.family];
          const network = networkOf(selector.family, address.address, selector.prefixLength);
          const byNetwork = table.byLength.get(selector.prefixLength) ?? new Map<Address, ZoneAssignment[]>();
          table.byLength.set(selector.prefixLength, byNetwork);
          pushTo(byNetwork, network, assignment);
          table.sorted.push({ network, length: selector.prefixLength, assignment });
          break;
        }
      }
    }
  }
  for (const table of Object.values(cidrs)) {
    table.lengthsLongestFirst = [...table.byLength.keys()].sort((a, b) => b - a);
    table.sorted.sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : b.length - a.length));
  }

  /** Zone prefixes containing the prefix, most specific first. */
  const containing = (prefix: Prefix): ZoneAssignment[] => {
    const table = cidrs[prefix.family];
    const found: ZoneAssignment[] = [];
    for (const length of table.lengthsLongestFirst) {
      if (length > prefix.length) continue;
      const hits = table.byLength.get(length)!.get(networkOf(prefix.family, prefix.address, length));
      if (hits) found.push(...hits);
    }
    return found;
  };

  /** Zone prefixes strictly more specific than the prefix and inside it. */
  const inside = (prefix: Prefix): ZoneAssignment[] => {
    const { sorted } = cidrs[prefix.family];
    const first = networkOf(prefix.family, prefix.address, prefix.length);
    const last = lastOf(prefix.family, prefix.address, prefix.length);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]!.network < first) low = mid + 1;
      else high = mid;
    }
    const found: ZoneAssignment[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.network <= last; i++) {
      if (sorted[i]!.length > prefix.length) found.push(sorted[i]!.assignment);
    }
    return found;
  };

  const ofVlan = (device: Device, vlan: number): ZoneAssignment[] => {
    // A device-specific row says what the VLAN number means on that device; VLAN numbers are
    // local to a switching domain, so it replaces the global meaning rather than adding to it.
    const specific = vlansByDevice.get(hostKey(device.hostname))?.get(vlan);
    return uniqueZones(specific ?? globalVlans.get(vlan) ?? []);
  };

  /**
   * device+interface rows resolved against the device's own interface list, once per device: an exact
   * name wins; otherwise every interface the row's name abbreviates (or expands) matches.
   */
  const interfaceRowsByDevice = new WeakMap<Device, Map<Interface, ZoneAssignment[]>>();
  const resolveInterfaceRows = (device: Device): Map<Interface, ZoneAssignment[]> => {
    let resolved = interfaceRowsByDevice.get(device);
    if (resolved !== undefined) return resolved;
    resolved = new Map();
    for (const row of interfaceRows.get(hostKey(device.hostname)) ?? []) {
      const exact = device.interfaces.filter((i) => interfaceNamesEqual(i.name, row.name));
      const matches = exact.length > 0 ? exact : device.interfaces.filter((i) => interfaceNamesMatch(i.name, row.name));
      for (const iface of matches) pushTo(resolved, iface, row.assignment);
    }
    interfaceRowsByDevice.set(device, resolved);
    return resolved;
  };

  const byInterfaceRow = (device: Device, iface: Interface): ZoneAssignment[] => {
    if (device.interfaces.includes(iface)) return resolveInterfaceRows(device).get(iface) ?? [];
    // An interface not listed on its device (built by hand): compare names directly.
    const rows = interfaceRows.get(hostKey(device.hostname)) ?? [];
    return rows.filter((row) => interfaceNamesMatch(row.name, iface.name)).map((row) => row.assignment);
  };

  const byAddress = (iface: Interface): ZoneAssignment[] => {
    const found: ZoneAssignment[] = [];
    for (const a of iface.addresses) {
      const address = a.family === 4 ? parseIpv4(a.address) : parseIpv6(a.address);
      if (address === undefined) continue;
      const subnet = { family: a.family, address, length: a.prefixLength } as Prefix;
      found.push(...containing(subnet), ...inside(subnet));
    }
    return found;
  };

  const interfaceCache = new WeakMap<Interface, ZoneAssignment[]>();
  const ofInterface = (device: Device, iface: Interface): ZoneAssignment[] => {
    let assignments = interfaceCache.get(iface);
    if (assignments === undefined) {
      assignments = uniqueZones([
        ...byInterfaceRow(device, iface),
        ...vlansOf(iface).flatMap((vlan) => ofVlan(device, vlan)),
        ...byAddress(iface),
      ]);
      interfaceCache.set(iface, assignments);
    }
    return [...assignments];
  };

  // Resolve every interface of the run once, so that rules asking again and again only hit the cache.
  for (const device of devices) for (const iface of device.interfaces) ofInterface(device, iface);

  return {
    available: true,
    zones,
    ofInterface,
    ofVlan,
    ofSsid: (ssid) => uniqueZones(ssids.get(ssid) ?? []),
    ofAddress: (text) => {
      const address = parseAddress(text.trim());
      return address === undefined ? undefined : containing(address)[0];
    },
  };
}
