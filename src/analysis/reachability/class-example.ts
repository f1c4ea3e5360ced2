import type { AddressMatch, PortRange } from '../../model/index.js';
import type { FlowClass } from '../packet/describe.js';
import type { Packet } from '../packet/packet.js';
import type { PacketSet, PacketSpace } from '../packet/packet-set.js';

/**
 * An example packet of one flow class of describe(). The class is rebuilt as a set from the fields
 * describe() printed (FlowClass documents their forms) and intersected with the set it came from,
 * so the example always lies in that set. An item that cannot be read back (a list cut short with
 * `… +N`, a bit pattern that is not a wildcard) leaves its field unconstrained: the example is then
 * still a packet of the set, only perhaps of a neighbouring class.
 */
export function classExample(set: PacketSet, flowClass: FlowClass, owned: OwnedAddresses): Packet | undefined {
  const space = set.space;
  let chosen = set.intersect(space.family(flowClass.family));
  const constraints = [
    protocolsSet(space, flowClass.protocols),
    addressesSet(space, 'src', flowClass.family, flowClass.src),
    addressesSet(space, 'dst', flowClass.family, flowClass.dst),
    flowClass.dstPorts && portsSet(space, 'dst', flowClass.dstPorts),
    flowClass.srcPorts && portsSet(space, 'src', flowClass.srcPorts),
    flowClass.icmpTypes && icmpTypesSet(space, flowClass.family, flowClass.icmpTypes),
    flowClass.established === undefined ? undefined : establishedSet(space, flowClass.established),
  ];
  for (const constraint of constraints) {
    if (constraint === undefined) continue;
    const narrowed = chosen.intersect(constraint);
    if (!narrowed.isEmpty()) chosen = narrowed;
  }
  return examplePacket(chosen, owned);
}

/**
 * A readable packet of the set. Preferences, each kept only where the set allows it: neither address
 * is a device's own (`owned`, a set of host addresses on either side), the destination is an
 * ordinary unicast address (not 0.0.0.0/8, 127.0.0.0/8, multicast or reserved), and IPv4 addresses
 * are odd (host-looking) rather than network addresses. Undefined when the set is empty.
 */
export function examplePacket(set: PacketSet, owned: OwnedAddresses): Packet | undefined {
  const space = set.space;
  let chosen = set;
  const odd: AddressMatch = { kind: 'wildcard', address: '0.0.0.1', wildcard: '255.255.255.254', family: 4 };
  const special = ['0.0.0.0/8', '127.0.0.0/8', '224.0.0.0/3'].map((cidr) => {
    const [address, length] = cidr.split('/');
    return space.address('dst', { kind: 'prefix', address: address!, length: Number(length), family: 4 });
  });
  const preferences = [
    owned.src.complement(),
    owned.dst.complement(),
    special.reduce((a, b) => a.union(b)).complement(),
    space.address('src', odd),
    space.address('dst', odd),
  ];
  for (const preference of preferences) {
    const narrowed = chosen.intersect(preference);
    if (!narrowed.isEmpty()) chosen = narrowed;
  }
  return chosen.example();
}

/** Devices' own addresses, as sources and as destinations. */
export interface OwnedAddresses {
  src: PacketSet;
  dst: PacketSet;
}

const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, esp: 50, ah: 51, icmpv6: 58, eigrp: 88, ospf: 89, pim: 103, vrrp: 112, sctp: 132,
};

function protocolsSet(space: PacketSpace, text: string): PacketSet | undefined {
  if (text === 'any') return undefined;
  const except = /^any except (.*)$/.exec(text);
  const listed = protocolList(space, except ? except[1]! : text);
  if (listed === undefined) return undefined;
  return except ? listed.complement() : listed;
}

function protocolList(space: PacketSpace, text: string): PacketSet | undefined {
  let set = space.none();
  for (const item of text.split(/,\s*/)) {
    const range = /^(\d+)-(\d+)$/.exec(item);
    const single = PROTOCOL_NUMBERS[item] ?? (/^\d+$/.test(item) ? Number(item) : undefined);
    if (range) {
      for (let p = Number(range[1]); p <= Number(range[2]); p++) set = set.union(space.protocol(p));
    } else if (single !== undefined) {
      set = set.union(space.protocol(single));
    } else {
      return undefined;
    }
  }
  return set;
}

function addressesSet(space: PacketSpace, side: 'src' | 'dst', family: 4 | 6, items: string[]): PacketSet | undefined {
  let set = space.none();
  for (const item of items) {
    const part = addressItem(space, side, family, item);
    if (part === undefined) return undefined;
    set = set.union(part);
  }
  return set;
}

/** One printed address item, including describe()'s `10.1.10.0/24 except 10.1.10.1, 10.1.10.9` form. */
function addressItem(space: PacketSpace, side: 'src' | 'dst', family: 4 | 6, item: string): PacketSet | undefined {
  const except = /^(\S+) except (.+)$/.exec(item);
  if (except === null) {
    const condition = addressCondition(item, family);
    return condition === undefined ? undefined : space.address(side, condition);
  }
  const base = addressCondition(except[1]!, family);
  const holes = except[2]!.split(', ').map((hole) => addressCondition(hole, family));
  if (base === undefined || holes.some((h) => h === undefined)) return undefined;
  return holes.reduce((set, hole) => set.subtract(space.address(side, hole!)), space.address(side, base));
}

function addressCondition(item: string, family: 4 | 6): AddressMatch | undefined {
  if (item === 'any') return { kind: 'any', family };
  const wildcard = /^(\S+) wildcard (\S+)$/.exec(item);
  if (wildcard) return family === 4 ? { kind: 'wildcard', address: wildcard[1]!, wildcard: wildcard[2]!, family: 4 } : undefined;
  const prefix = /^([^/\s]+)\/(\d+)$/.exec(item);
  if (prefix) return { kind: 'prefix', address: prefix[1]!, length: Number(prefix[2]), family };
  const range = /^([0-9a-fA-F.:]+)-([0-9a-fA-F.:]+)$/.exec(item);
  if (range) return { kind: 'range', first: range[1]!, last: range[2]!, family };
  if (/^[0-9a-fA-F.:]+$/.test(item)) return { kind: 'prefix', address: item, length: family === 4 ? 32 : 128, family };
  return undefined;
}

function numberRanges(items: string[]): PortRange[] | undefined {
  const ranges: PortRange[] = [];
  for (const item of items) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!m) return undefined;
    ranges.push({ from: Number(m[1]), to: Number(m[2] ?? m[1]) });
  }
  return ranges;
}

function portsSet(space: PacketSpace, side: 'src' | 'dst', items: string[]): PacketSet | undefined {
  const ranges = numberRanges(items);
  return ranges === undefined ? undefined : space.ports(side, ranges);
}

function icmpTypesSet(space: PacketSpace, family: 4 | 6, items: string[]): PacketSet | undefined {
  const ranges = numberRanges(items);
  if (ranges === undefined) return undefined;
  const icmp = [];
  for (const range of ranges) for (let type = range.from; type <= range.to; type++) icmp.push({ type });
  return space.fromMatch({ protocol: family === 4 ? 1 : 58, src: [{ kind: 'any', family }], dst: [{ kind: 'any', family }], icmp });
}

function establishedSet(space: PacketSpace, established: boolean): PacketSet {
  const set = space.fromMatch({ protocol: 6, src: [{ kind: 'any' }], dst: [{ kind: 'any' }], established: true });
  return established ? set : space.protocol(6).subtract(set);
}
