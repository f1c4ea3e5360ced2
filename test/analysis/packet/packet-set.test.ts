import { describe, expect, it } from 'vitest';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import { any4, any6, match, prefix4, prefix6, wildcard4 } from './helpers.js';

const tcp = (srcIp: string, dstIp: string, dstPort: number, extra: Partial<Packet> = {}): Packet => ({
  family: 4,
  srcIp,
  dstIp,
  protocol: 6,
  srcPort: 40000,
  dstPort,
  ...extra,
});

describe('PacketSpace.fromMatch', () => {
  it('a prefix holds exactly its addresses', () => {
    const space = new PacketSpace();
    const set = space.fromMatch(match({ dst: [prefix4('192.168.10.0/24')] }));
    expect(set.contains(tcp('10.0.0.1', '192.168.10.0', 80))).toBe(true);
    expect(set.contains(tcp('10.0.0.1', '192.168.10.255', 80))).toBe(true);
    expect(set.contains(tcp('10.0.0.1', '192.168.11.0', 80))).toBe(false);
    expect(set.contains(tcp('10.0.0.1', '192.168.9.255', 80))).toBe(false);
  });

  it('a discontiguous wildcard matches every address agreeing on the cared bits', () => {
    const space = new PacketSpace();
    // 10.0.x.1 for any even x: 0.0.254.0 leaves the third octet free except its lowest bit.
    const set = space.fromMatch(match({ src: [wildcard4('10.0.0.1', '0.0.254.0')] }));
    expect(set.contains(tcp('10.0.0.1', '1.1.1.1', 80))).toBe(true);
    expect(set.contains(tcp('10.0.2.1', '1.1.1.1', 80))).toBe(true);
    expect(set.contains(tcp('10.0.254.1', '1.1.1.1', 80))).toBe(true);
    expect(set.contains(tcp('10.0.1.1', '1.1.1.1', 80))).toBe(false);
    expect(set.contains(tcp('10.0.2.2', '1.1.1.1', 80))).toBe(false);
    const summary = set.describe();
    expect(summary.classes).toHaveLength(1);
    expect(summary.classes[0]!.src).toEqual(['10.0.0.1 wildcard 0.0.254.0']);
  });

  it('neq becomes two port ranges and only TCP/UDP/SCTP packets have ports', () => {
    const space = new PacketSpace();
    const set = space.fromMatch(match({ protocol: 6, dstPorts: [{ from: 0, to: 79 }, { from: 81, to: 65535 }] }));
    expect(set.contains(tcp('1.1.1.1', '2.2.2.2', 79))).toBe(true);
    expect(set.contains(tcp('1.1.1.1', '2.2.2.2', 80))).toBe(false);
    expect(set.contains(tcp('1.1.1.1', '2.2.2.2', 81))).toBe(true);
    expect(set.describe().classes[0]!.dstPorts).toEqual(['any except 80']);
    // A port condition without a protocol still excludes packets that have no ports.
    const anyProtocol = space.fromMatch(match({ dstPorts: [{ from: 53, to: 53 }] }));
    expect(anyProtocol.contains({ family: 4, srcIp: '1.1.1.1', dstIp: '2.2.2.2', protocol: 17, dstPort: 53 })).toBe(true);
    expect(anyProtocol.contains({ family: 4, srcIp: '1.1.1.1', dstIp: '2.2.2.2', protocol: 1, icmpType: 8 })).toBe(false);
  });

  it('established matches TCP with ACK or RST only', () => {
    const space = new PacketSpace();
    const set = space.fromMatch(match({ protocol: 6, established: true }));
    expect(set.contains(tcp('1.1.1.1', '2.2.2.2', 80, { established: true }))).toBe(true);
    expect(set.contains(tcp('1.1.1.1', '2.2.2.2', 80))).toBe(false);
    // Half of the TCP packets: established splits TCP in two.
    const allTcp = space.fromMatch(match({ protocol: 6 }));
    expect(space.bdd.satCount(allTcp.node)).toBe(2n * space.bdd.satCount(set.node));
  });

  it('ICMP type and code', () => {
    const space = new PacketSpace();
    const echo = space.fromMatch(match({ protocol: 1, icmp: [{ type: 8 }] }));
    const unreachablePort = space.fromMatch(match({ protocol: 1, icmp: [{ type: 3, code: 3 }] }));
    const icmp = (icmpType: number, icmpCode: number): Packet => ({
      family: 4, srcIp: '1.1.1.1', dstIp: '2.2.2.2', protocol: 1, icmpType, icmpCode,
    });
    expect(echo.contains(icmp(8, 0))).toBe(true);
    expect(echo.contains(icmp(8, 5))).toBe(true);
    expect(echo.contains(icmp(0, 0))).toBe(false);
    expect(unreachablePort.contains(icmp(3, 3))).toBe(true);
    expect(unreachablePort.contains(icmp(3, 1))).toBe(false);
    expect(echo.overlaps(unreachablePort)).toBe(false);
    // The same numbers under ICMPv6 are a different protocol.
    const v6 = space.fromMatch(match({ protocol: 58, src: [any6], dst: [any6], icmp: [{ type: 128 }] }));
    expect(v6.contains({ family: 6, srcIp: '2001:db8::1', dstIp: '2001:db8::2', protocol: 58, icmpType: 128 })).toBe(true);
    expect(v6.overlaps(echo)).toBe(false);
  });

  it('IPv6 prefixes, and IPv4 and IPv6 never mix', () => {
    const space = new PacketSpace();
    const v6 = space.fromMatch(match({ src: [any6], dst: [prefix6('2001:db8:10::/48')] }));
    const packet6 = (dstIp: string): Packet => ({ family: 6, srcIp: '2001:db8::1', dstIp, protocol: 17, dstPort: 53 });
    expect(v6.contains(packet6('2001:db8:10:ffff::1'))).toBe(true);
    expect(v6.contains(packet6('2001:db8:11::1'))).toBe(false);
    expect(v6.overlaps(space.family(4))).toBe(false);
    // 32.1.13.184 has the same top 32 bits as 2001:db8:: but is an IPv4 address.
    const v4 = space.fromMatch(match({ dst: [prefix4('32.1.13.184/32')] }));
    expect(v4.overlaps(v6)).toBe(false);
    expect(v6.describe().classes[0]!.dst).toEqual(['2001:db8:10::/48']);
  });

  it('address ranges (first–last) are exact', () => {
    const space = new PacketSpace();
    const set = space.fromMatch(match({ dst: [{ kind: 'range', first: '10.0.0.5', last: '10.0.1.20', family: 4 }] }));
    expect(set.contains(tcp('1.1.1.1', '10.0.0.4', 80))).toBe(false);
    expect(set.contains(tcp('1.1.1.1', '10.0.0.5', 80))).toBe(true);
    expect(set.contains(tcp('1.1.1.1', '10.0.1.20', 80))).toBe(true);
    expect(set.contains(tcp('1.1.1.1', '10.0.1.21', 80))).toBe(false);
    expect(set.describe().classes[0]!.dst).toEqual(['10.0.0.5-10.0.1.20']);
  });

  it('source MAC with and without a mask', () => {
    const space = new PacketSpace();
    const exact = space.fromMatch(match({ src: [{ kind: 'any' }], dst: [{ kind: 'any' }], srcMac: [{ mac: '0011.2233.4455' }] }));
    const vendor = space.fromMatch(
      match({ src: [{ kind: 'any' }], dst: [{ kind: 'any' }], srcMac: [{ mac: '0011.2200.0000', wildcard: '0000.00ff.ffff' }] }),
    );
    const frame = (srcMac: string): Packet => ({ ...tcp('1.1.1.1', '2.2.2.2', 80), srcMac });
    expect(exact.contains(frame('00:11:22:33:44:55'))).toBe(true);
    expect(exact.contains(frame('00:11:22:33:44:56'))).toBe(false);
    expect(vendor.contains(frame('00:11:22:ab:cd:ef'))).toBe(true);
    expect(vendor.contains(frame('00:11:23:00:00:00'))).toBe(false);
    expect(exact.isSubsetOf(vendor)).toBe(true);
    expect(exact.example()!.srcMac).toBe('00:11:22:33:44:55');
    expect(vendor.describe().classes[0]!.srcMac).toEqual(['00:11:22:00:00:00/24']);
  });

  it('unresolved objects and empty lists match nothing', () => {
    const space = new PacketSpace();
    expect(space.fromMatch(match({ src: [{ kind: 'unresolved', name: 'MISSING' }] })).isEmpty()).toBe(true);
    expect(space.fromMatch(match({ dst: [] })).isEmpty()).toBe(true);
    expect(space.fromMatch(match({ protocol: 6, dstPorts: [] })).isEmpty()).toBe(true);
    // Contradictions are empty too: ICMP with ports, IPv4 source with IPv6 destination.
    expect(space.fromMatch(match({ protocol: 1, dstPorts: [{ from: 80, to: 80 }] })).isEmpty()).toBe(true);
    expect(space.fromMatch(match({ src: [any4], dst: [any6] })).isEmpty()).toBe(true);
  });
});

describe('PacketSet operations', () => {
  it('union, intersection, difference and complement', () => {
    const space = new PacketSpace();
    const a = space.fromMatch(match({ dst: [prefix4('10.0.0.0/8')] }));
    const b = space.fromMatch(match({ dst: [prefix4('10.1.0.0/16')] }));
    expect(a.union(b).equals(a)).toBe(true);
    expect(a.intersect(b).equals(b)).toBe(true);
    expect(b.subtract(a).isEmpty()).toBe(true);
    expect(a.subtract(b).union(b).equals(a)).toBe(true);
    expect(a.complement().complement().equals(a)).toBe(true);
    expect(a.union(a.complement()).isAll()).toBe(true);
    expect(space.none().isEmpty() && space.all().isAll()).toBe(true);
    expect(b.isSubsetOf(a) && !a.isSubsetOf(b)).toBe(true);
  });

  it('refuses to mix sets of two spaces', () => {
    const one = new PacketSpace();
    const two = new PacketSpace();
    expect(() => one.all().union(two.all())).toThrow(/different spaces/);
  });
});

describe('example()', () => {
  it('gives a packet of the set, preferring a new TCP connection', () => {
    const space = new PacketSpace();
    const set = space.fromMatch(match({ dst: [prefix4('192.168.1.0/24')] }));
    const packet = set.example()!;
    expect(set.contains(packet)).toBe(true);
    expect(packet).toMatchObject({ family: 4, protocol: 6, srcPort: 49152, dstPort: 80, established: false });
    expect(packet.dstIp).toBe('192.168.1.0');
    expect(space.none().example()).toBeUndefined();
  });

  it('follows the set where it is narrow', () => {
    const space = new PacketSpace();
    const udp = space.fromMatch(match({ protocol: 17, dst: [prefix4('10.9.8.7')], dstPorts: [{ from: 161, to: 162 }] }));
    const packet = udp.example()!;
    expect(packet).toMatchObject({ protocol: 17, dstIp: '10.9.8.7', srcPort: 49152 });
    expect([161, 162]).toContain(packet.dstPort);
    const ping6 = space.fromMatch(match({ protocol: 58, src: [any6], dst: [prefix6('2001:db8::1')] }));
    expect(ping6.example()).toMatchObject({ family: 6, protocol: 58, icmpType: 128, icmpCode: 0, dstIp: '2001:db8::1' });
  });
});

describe('describe()', () => {
  it('merges addresses into prefixes and lists protocols and port ranges', () => {
    const space = new PacketSpace();
    const web = space.fromMatch(match({ protocol: 6, src: [prefix4('10.1.0.0/24'), prefix4('10.1.1.0/24')], dst: [prefix4('172.16.0.10')], dstPorts: [{ from: 80, to: 80 }, { from: 443, to: 443 }] }));
    const dns = space.fromMatch(match({ protocol: 17, src: [prefix4('10.1.0.0/23')], dst: [prefix4('172.16.0.53')], dstPorts: [{ from: 53, to: 53 }] }));
    const summary = web.union(dns).describe();
    expect(summary.omitted).toBe(0);
    expect(summary.classes.map((c) => c.text).sort()).toEqual([
      'IPv4 tcp src 10.1.0.0/23 → dst 172.16.0.10 dport 80,443',
      'IPv4 udp src 10.1.0.0/23 → dst 172.16.0.53 dport 53',
    ]);
  });

  it('says any for unconstrained fields and names every class exactly once', () => {
    const space = new PacketSpace();
    const all = space.all().describe();
    expect(all.classes.map((c) => c.text)).toEqual(['IPv4 any src any → dst any', 'IPv6 any src any → dst any']);
    expect(space.none().describe().lines).toEqual(['(no packets / 該当パケットなし)']);
  });

  it('shows "everything but a few" as what is left out', () => {
    const space = new PacketSpace();
    const blackholed = ['81.7.148.87', '66.52.63.90', '69.110.157.96'].map((h) => space.fromMatch(match({ src: [prefix4(h)] })));
    const rest = blackholed.reduce((set, h) => set.subtract(h), space.family(4));
    expect(rest.describe().lines).toEqual(['IPv4 any src any except 66.52.63.90, 69.110.157.96, 81.7.148.87 → dst any']);
    const notTcp = space.family(4).subtract(space.protocol(6));
    expect(notTcp.describe().classes[0]!.protocols).toBe('any except tcp');
  });

  it('bounds its output and counts what it leaves out', () => {
    const space = new PacketSpace();
    let set = space.none();
    for (let i = 0; i < 30; i++) {
      set = set.union(space.fromMatch(match({ protocol: 6, src: [prefix4(`10.0.${i}.1`)], dst: [prefix4(`10.1.${i}.1`)], dstPorts: [{ from: 1000 + i, to: 1000 + i }] })));
    }
    const summary = set.describe(5);
    expect(summary.classes).toHaveLength(5);
    expect(summary.omitted).toBe(25);
    expect(summary.lines.at(-1)).toBe('… and 25 more classes / 他 25 クラス');
  });
});

describe('describe(): a subnet with holes', () => {
  const space = new PacketSpace();
  it('reads as the subnet except the holes', () => {
    const subnet = space.fromMatch({ protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'prefix', address: '10.10.30.0', length: 23, family: 4 }] });
    const router = space.fromMatch({ protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'prefix', address: '10.10.30.1', length: 32, family: 4 }] });
    expect(subnet.subtract(router).describe().classes[0]!.dst).toEqual(['10.10.30.0/23 except 10.10.30.1']);
  });
  it('keeps two unrelated ranges as they are', () => {
    const a = space.fromMatch({ protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'prefix', address: '10.0.0.0', length: 24, family: 4 }] });
    const b = space.fromMatch({ protocol: undefined, src: [{ kind: 'any' }], dst: [{ kind: 'prefix', address: '10.0.9.0', length: 24, family: 4 }] });
    expect(a.union(b).describe().classes[0]!.dst).toEqual(['10.0.0.0/24', '10.0.9.0/24']);
  });
});
