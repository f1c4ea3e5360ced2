// Zone-to-zone reachability over hand-written IOS networks, one forwarding case per test. Expected
// sets are built independently from the packet space and compared exactly (equal sets, equal nodes).
import { describe, expect, it } from 'vitest';
import type { NetworkAnalysis } from '../../../src/analysis/reachability/network-analysis.js';
import { tracePacket } from '../../../src/analysis/reachability/trace.js';
import { targetOf } from '../../../src/analysis/reachability/zone-reachability.js';
import type { PairReachability } from '../../../src/analysis/reachability/types.js';
import type { AddressMatch, Match } from '../../../src/model/index.js';
import { analysisOf } from './network-fixture.js';

function pair(analysis: NetworkAnalysis, from: string, to: string): PairReachability {
  const found = analysis.reachability!.pair(from, to);
  if (found === undefined) throw new Error(`no pair ${from} -> ${to}`);
  return found;
}

function prefix(cidr: string): AddressMatch {
  const [address, length] = cidr.split('/');
  return { kind: 'prefix', address: address!, length: Number(length ?? 32), family: 4 };
}

/** The packets of a match, in the analysis' packet space. */
function packets(analysis: NetworkAnalysis, match: Omit<Partial<Match>, 'src' | 'dst'> & { src: string; dst: string }) {
  const { src, dst, ...rest } = match;
  return analysis.model.space.fromMatch({ protocol: undefined, ...rest, src: [prefix(src)], dst: [prefix(dst)] });
}

/** 1-based line of the exact (trimmed) text in a config. */
function lineOf(config: string, text: string): number {
  const index = config.split('\n').findIndex((l) => l.trim() === text);
  if (index < 0) throw new Error(`line not found: ${text}`);
  return index + 1;
}

function hopsOf(p: PairReachability): string[] {
  return p.paths.map((path) => `${path.kind}: ${path.hops.map((h) => `${h.device.hostname} ${h.ingress.interface.name}>${h.egress?.interface.name ?? '*'}`).join(' | ')}`).sort();
}

describe('two SVIs with ACLs on one L3 switch', () => {
  const sw = `hostname sw1
ip routing
!
interface Vlan10
 ip address 10.1.10.1 255.255.255.0
 ip access-group K-IN in
!
interface Vlan30
 ip address 10.1.30.1 255.255.255.0
 ip access-group L-IN in
!
ip access-list extended L-IN
 10 permit tcp 10.1.30.0 0.0.0.255 host 10.1.10.20 eq 445
 20 deny ip any 10.1.10.0 0.0.0.255
 30 permit ip any any
ip access-list extended K-IN
 10 permit tcp host 10.1.10.20 eq 445 10.1.30.0 0.0.0.255 established
 20 deny ip any any
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.1.10.0/24\nL,学習系,10.1.30.0/24\n';
  const analysis = analysisOf({ 'sw1.cfg': sw }, zones);

  it('lets learning reach exactly the file server on tcp/445', () => {
    const p = pair(analysis, 'L', 'K');
    const expected = packets(analysis, { protocol: 6, src: '10.1.30.0/24', dst: '10.1.10.20/32', dstPorts: [{ from: 445, to: 445 }] });
    expect(p.permitted.equals(expected)).toBe(true);
    expect(hopsOf(p)).toEqual(['delivered: sw1 Vlan30>Vlan10']);
  });

  it('lets koumu send only the established replies into the learning subnet', () => {
    const p = pair(analysis, 'K', 'L');
    const replies = packets(analysis, { protocol: 6, src: '10.1.10.20/32', dst: '10.1.30.0/24', srcPorts: [{ from: 445, to: 445 }], established: true });
    // The switch's own Vlan30 address takes those packets into its control plane: not the learning segment.
    const toSwitch = packets(analysis, { src: '10.1.10.0/24', dst: '10.1.30.1/32' });
    expect(p.permitted.equals(replies.subtract(toSwitch))).toBe(true);
    expect(hopsOf(p)).toEqual(['delivered: sw1 Vlan10>Vlan30']);
  });

  it('does not count a reply to the switch’s learning SVI address as reaching learning', () => {
    const start = analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!.attachments[0]!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'L')!);
    const packet = { family: 4 as const, srcIp: '10.1.10.20', dstIp: '10.1.30.1', protocol: 6, srcPort: 445, dstPort: 40000, established: true };
    const trace = tracePacket(analysis.model, start, packet, target);
    expect([trace.result, trace.ending?.kind, trace.ending?.at.interface.name]).toEqual(['elsewhere', 'accepted', 'Vlan30']);
    expect(tracePacket(analysis.model, start, packet, { ...target, includeAccepted: true }).result).toBe('reached');
  });

  it('traces an example of each flow class to the deciding line', () => {
    const flows = pair(analysis, 'L', 'K').flows();
    expect(flows).toHaveLength(1);
    const [flow] = flows;
    expect(flow!.trace.result).toBe('reached');
    expect(flow!.example).toMatchObject({ protocol: 6, dstIp: '10.1.10.20', dstPort: 445 });
    const [hop] = flow!.trace.hops;
    expect(hop!.ingressVerdicts.map((v) => [v.filter.name, v.decision, v.action, v.line.line])).toEqual([
      ['L-IN', 0, 'permit', lineOf(sw, '10 permit tcp 10.1.30.0 0.0.0.255 host 10.1.10.20 eq 445')],
    ]);
    expect(hop!.egress?.interface.name).toBe('Vlan10');
    expect(hop!.egressVerdicts).toEqual([]);
  });

  it('reports nothing between zones that no attachment sends from', () => {
    expect(analysis.reachability!.pairs.map((p) => `${p.from.name}->${p.to.name}`)).toEqual(['K->L', 'L->K']);
  });
});

describe('two routers over a /30 with static routes', () => {
  const r1 = `hostname r1
interface GigabitEthernet0/0
 ip address 10.2.10.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.9.0.1 255.255.255.252
!
ip route 10.2.30.0 255.255.255.0 10.9.0.2
end
`;
  const r2 = `hostname r2
interface GigabitEthernet0/0
 ip address 10.2.30.1 255.255.255.0
 ip access-group TO-L out
!
interface GigabitEthernet0/1
 ip address 10.9.0.2 255.255.255.252
!
ip route 10.2.10.0 255.255.255.0 10.9.0.1
ip access-list extended TO-L
 10 permit udp 10.2.10.0 0.0.0.255 10.2.30.0 0.0.0.255 eq domain
 20 deny ip any any
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.2.10.0/24\nL,学習系,10.2.30.0/24\n';
  const analysis = analysisOf({ 'r1.cfg': r1, 'r2.cfg': r2 }, zones);

  it('crosses both routers; the egress ACL lets only DNS onto the learning segment', () => {
    const p = pair(analysis, 'K', 'L');
    const dns = packets(analysis, { protocol: 17, src: '10.2.10.0/24', dst: '10.2.30.0/24', dstPorts: [{ from: 53, to: 53 }] });
    // r2 accepts packets to its own Gi0/0 address (an outbound ACL does not filter them), but they
    // end in r2's control plane, not on the learning segment.
    const toRouter = packets(analysis, { src: '10.2.10.0/24', dst: '10.2.30.1/32' });
    expect(p.permitted.equals(dns.subtract(toRouter))).toBe(true);
    expect(p.permitted.intersect(toRouter).isEmpty()).toBe(true);
    expect(hopsOf(p)).toEqual(['delivered: r1 GigabitEthernet0/0>GigabitEthernet0/1 | r2 GigabitEthernet0/1>GigabitEthernet0/0']);
  });

  it('lets everything back the other way (no filter on that path); r1’s own address is not K', () => {
    const p = pair(analysis, 'L', 'K');
    const toRouter = packets(analysis, { src: '10.2.30.0/24', dst: '10.2.10.1/32' });
    expect(p.permitted.equals(packets(analysis, { src: '10.2.30.0/24', dst: '10.2.10.0/24' }).subtract(toRouter))).toBe(true);
    // The pair's space leaves the router's address out too, so the pair still counts as wholly open.
    expect(p.space.intersect(toRouter).isEmpty()).toBe(true);
    expect(p.permitted.equals(p.space)).toBe(true);
  });

  it('traces the DNS example across both devices with the routes and the egress line', () => {
    const flow = pair(analysis, 'K', 'L').flows().find((f) => f.example.protocol === 17)!;
    expect(flow.trace.result).toBe('reached');
    expect(flow.trace.hops.map((h) => [h.device.hostname, h.route?.source.line, h.egress?.interface.name])).toEqual([
      ['r1', lineOf(r1, 'ip route 10.2.30.0 255.255.255.0 10.9.0.2'), 'GigabitEthernet0/1'],
      ['r2', lineOf(r2, 'interface GigabitEthernet0/0'), 'GigabitEthernet0/0'],
    ]);
    expect(flow.trace.hops[1]!.egressVerdicts.map((v) => v.line.line)).toEqual([lineOf(r2, '10 permit udp 10.2.10.0 0.0.0.255 10.2.30.0 0.0.0.255 eq domain')]);
  });
});

describe('ECMP: two equal static routes over two links', () => {
  const r1 = `hostname r1
interface GigabitEthernet0/0
 ip address 10.3.10.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.9.1.1 255.255.255.252
!
interface GigabitEthernet0/2
 ip address 10.9.2.1 255.255.255.252
!
ip route 10.3.30.0 255.255.255.0 10.9.1.2
ip route 10.3.30.0 255.255.255.0 10.9.2.2
end
`;
  const r2 = `hostname r2
interface GigabitEthernet0/0
 ip address 10.3.30.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.9.1.2 255.255.255.252
 ip access-group WEB in
!
interface GigabitEthernet0/2
 ip address 10.9.2.2 255.255.255.252
 ip access-group TLS in
!
ip route 10.3.10.0 255.255.255.0 10.9.1.1
ip access-list extended WEB
 permit tcp any any eq www
ip access-list extended TLS
 permit tcp any any eq 443
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.3.10.0/24\nL,学習系,10.3.30.0/24\n';
  const analysis = analysisOf({ 'r1.cfg': r1, 'r2.cfg': r2 }, zones);

  it('gives every path the whole part: the union of what each link lets through', () => {
    const p = pair(analysis, 'K', 'L');
    const web = packets(analysis, { protocol: 6, src: '10.3.10.0/24', dst: '10.3.30.0/24', dstPorts: [{ from: 80, to: 80 }] });
    const tls = packets(analysis, { protocol: 6, src: '10.3.10.0/24', dst: '10.3.30.0/24', dstPorts: [{ from: 443, to: 443 }] });
    // r2's own Gi0/0 address takes its part of both into r2 itself: not onto the segment.
    const toRouter = packets(analysis, { src: '10.3.10.0/24', dst: '10.3.30.1/32' });
    expect(p.permitted.equals(web.union(tls).subtract(toRouter))).toBe(true);
    const delivered = p.paths.filter((path) => path.kind === 'delivered');
    expect(delivered.map((path) => path.hops[1]!.ingress.interface.name).sort()).toEqual(['GigabitEthernet0/1', 'GigabitEthernet0/2']);
  });

  it('traces each example along the equal-cost path that lets it through', () => {
    const flows = pair(analysis, 'K', 'L').flows();
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) {
      expect(flow.trace.result).toBe('reached');
      const via = flow.trace.hops[1]!.ingress.interface.name;
      expect(via).toBe(flow.example.dstPort === 80 ? 'GigabitEthernet0/1' : 'GigabitEthernet0/2');
    }
  });
});

describe('a routing loop', () => {
  const r1 = `hostname r1
interface GigabitEthernet0/0
 ip address 10.4.10.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.9.4.1 255.255.255.252
!
ip route 10.4.30.0 255.255.255.0 10.9.4.2
end
`;
  const r2 = `hostname r2
interface GigabitEthernet0/1
 ip address 10.9.4.2 255.255.255.252
!
ip route 10.4.30.0 255.255.255.0 10.9.4.1
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.4.10.0/24\nL,学習系,10.4.30.0/24\n';
  const analysis = analysisOf({ 'r1.cfg': r1, 'r2.cfg': r2 }, zones);

  it('ends, with nothing reaching the zone', () => {
    expect(pair(analysis, 'K', 'L').permitted.isEmpty()).toBe(true);
  });

  it('says so when a packet is traced', () => {
    const start = analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!.attachments[0]!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'L')!);
    const trace = tracePacket(analysis.model, start, { family: 4, srcIp: '10.4.10.5', dstIp: '10.4.30.5', protocol: 6, srcPort: 40000, dstPort: 80 }, target);
    expect(trace.result).toBe('loop');
    // Noticed when the packet enters an interface it has entered before (r2 GigabitEthernet0/1).
    expect(trace.hops.map((h) => `${h.device.hostname} ${h.ingress.interface.name}`)).toEqual([
      'r1 GigabitEthernet0/0',
      'r2 GigabitEthernet0/1',
      'r1 GigabitEthernet0/1',
      'r2 GigabitEthernet0/1',
    ]);
  });
});

describe('a discard route', () => {
  const r1 = `hostname r1
interface GigabitEthernet0/0
 ip address 10.5.10.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.5.20.1 255.255.255.0
!
ip route 10.5.20.128 255.255.255.128 Null0
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.5.10.0/24\nL,学習系,10.5.20.0/24\n';
  const analysis = analysisOf({ 'r1.cfg': r1 }, zones);

  it('drops the part of the destination the Null route is longer for', () => {
    const p = pair(analysis, 'K', 'L');
    // 10.5.20.1 is r1's own address: accepted by r1, not delivered onto L.
    const toRouter = packets(analysis, { src: '10.5.10.0/24', dst: '10.5.20.1/32' });
    expect(p.permitted.equals(packets(analysis, { src: '10.5.10.0/24', dst: '10.5.20.0/25' }).subtract(toRouter))).toBe(true);
  });

  it('names the Null route in the trace', () => {
    const start = analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!.attachments[0]!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'L')!);
    const trace = tracePacket(analysis.model, start, { family: 4, srcIp: '10.5.10.5', dstIp: '10.5.20.200', protocol: 17, srcPort: 5000, dstPort: 53 }, target);
    expect(trace.result).toBe('discarded');
    expect(trace.discardRoute?.source.line).toBe(lineOf(r1, 'ip route 10.5.20.128 255.255.255.128 Null0'));
  });
});

describe('an ACL bound but not defined', () => {
  const config = (definition: string) => `hostname sw1
ip routing
!
interface Vlan10
 ip address 10.6.10.1 255.255.255.0
!
interface Vlan30
 ip address 10.6.30.1 255.255.255.0
 ip access-group LEARN-IN in
!
${definition}
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.6.10.0/24\nL,学習系,10.6.30.0/24\n';

  it('permits everything, as on Cisco IOS, and the trace says why', () => {
    const analysis = analysisOf({ 'sw1.cfg': config('') }, zones);
    const p = pair(analysis, 'L', 'K');
    // Everything but the switch's own Vlan10 address, which the switch takes for itself.
    expect(p.permitted.equals(packets(analysis, { src: '10.6.30.0/24', dst: '10.6.10.0/24' }).subtract(packets(analysis, { src: '10.6.30.0/24', dst: '10.6.10.1/32' })))).toBe(true);
    expect(p.permitted.equals(p.space)).toBe(true);
    const verdict = p.flows()[0]!.trace.hops[0]!.ingressVerdicts[0]!;
    expect([verdict.decision, verdict.action, verdict.line.text.trim()]).toEqual(['undefined-filter', 'permit', 'ip access-group LEARN-IN in']);
  });

  it('blocks everything once it is defined as deny', () => {
    const analysis = analysisOf({ 'sw1.cfg': config('ip access-list extended LEARN-IN\n deny ip any any') }, zones);
    expect(pair(analysis, 'L', 'K').permitted.isEmpty()).toBe(true);
  });
});

describe('the Internet: a zone without CIDR, bound to the uplink', () => {
  const rt = `hostname rt1
interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.248
 ip access-group WAN-IN in
!
interface GigabitEthernet0/1
 ip address 10.7.30.1 255.255.255.0
!
interface GigabitEthernet0/2
 ip address 10.7.0.1 255.255.255.252
!
ip route 0.0.0.0 0.0.0.0 203.0.113.1
ip route 10.99.0.0 255.255.0.0 10.7.0.2
ip access-list extended WAN-IN
 deny ip any any
end
`;
  const zones = 'zone,class,cidr,device,interface\nL,学習系,10.7.30.0/24,,\nNet,インターネット,,rt1,GigabitEthernet0/0\n';
  const analysis = analysisOf({ 'rt1.cfg': rt }, zones);

  it('is reached through the uplink only, not through other exits or unzoned links', () => {
    const p = pair(analysis, 'L', 'Net');
    const learning = analysis.model.space.address('src', prefix('10.7.30.0/24'));
    // rt1's own uplink address 203.0.113.2 is accepted by rt1: it is not the Internet.
    const notReached = ['10.7.30.0/24', '10.99.0.0/16', '10.7.0.0/30', '255.255.255.255/32', '203.0.113.2/32']
      .map((cidr) => analysis.model.space.address('dst', prefix(cidr)))
      .reduce((a, b) => a.union(b));
    expect(p.permitted.equals(learning.subtract(notReached))).toBe(true);
    expect(p.paths.map((path) => `${path.kind} ${path.hops.at(-1)!.egress?.interface.name ?? '*'}`).sort()).toEqual([
      'delivered GigabitEthernet0/0',
      'exited GigabitEthernet0/0',
    ]);
  });

  it('enters at the uplink, where WAN-IN drops it', () => {
    expect(pair(analysis, 'Net', 'L').permitted.isEmpty()).toBe(true);
    expect(analysis.reachability!.spaces.find((s) => s.zone.name === 'Net')!.attachments.map((l3) => l3.interface.name)).toEqual(['GigabitEthernet0/0']);
  });
});

describe('a switch that does not route', () => {
  const sw = `hostname sw2
interface GigabitEthernet1/0/1
 switchport mode access
 switchport access vlan 10
!
interface Vlan10
 ip address 10.8.10.2 255.255.255.0
!
interface Vlan30
 ip address 10.8.30.2 255.255.255.0
end
`;
  const zones = 'zone,class,cidr\nK,校務内部系,10.8.10.0/24\nL,学習系,10.8.30.0/24\n';
  const analysis = analysisOf({ 'sw2.cfg': sw }, zones);

  it('forwards nothing between its SVIs; its own address in L answers but is not L', () => {
    expect(pair(analysis, 'K', 'L').permitted.isEmpty()).toBe(true);
    const start = analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!.attachments[0]!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'L')!);
    const packet = { family: 4 as const, srcIp: '10.8.10.5', dstIp: '10.8.30.2', protocol: 1 };
    const trace = tracePacket(analysis.model, start, packet, target);
    expect([trace.result, trace.ending?.kind, trace.ending?.at.interface.name]).toEqual(['elsewhere', 'accepted', 'Vlan30']);
    expect(tracePacket(analysis.model, start, packet, { ...target, includeAccepted: true }).result).toBe('reached');
  });
});
