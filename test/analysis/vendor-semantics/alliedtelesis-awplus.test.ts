// Allied Telesis AlliedWare Plus filter semantics as the engine applies them, on configs read by the
// real AW+ parser: hardware ACLs are first match with implicit PERMIT (AW+ `access-group` command
// reference: "Any traffic on an interface controlled by a hardware ACL that does not explicitly match
// a filter is permitted"), several ACLs on a port are one first-match sequence in the order applied
// (AW+ How To Note, "The logic of the operation of the hardware filters"), and the AR-series firewall
// is a zone-pair rulebase.
import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import type { Device, Filter } from '../../../src/model/index.js';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import { analysisOfDevices } from '../reachability/network-fixture.js';

function parse(text: string, file = 'sw.cfg'): Device {
  const { device, diagnostics } = alliedTelesisAwplusParser.parse(text, file);
  expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${d.line}: ${d.text} (${d.reason})`)).toEqual([]);
  return device;
}

/** The filter bound on the port, as the engine would judge the port's ingress. */
function portFilter(device: Device, port: string): Filter {
  const binding = device.interfaces.find((i) => i.name === port)!.filters;
  expect(binding.length).toBe(1);
  return device.filters.find((f) => f.name === binding[0]!.filter && f.family === binding[0]!.family)!;
}

const tcp = (srcIp: string, dstIp: string, dstPort: number): Packet => ({ family: 4, srcIp, dstIp, protocol: 6, srcPort: 40000, dstPort });

/** The verdict of the compiled filter, checked against the plain evaluator. */
function verdict(filter: Filter, packet: Packet): 'permit' | 'deny' {
  const compiled = compileFilter(new PacketSpace(), filter);
  const passes = compiled.permitted.contains(packet);
  expect(passes).toBe(evaluateFilter(filter, packet) === 'permit');
  return passes ? 'permit' : 'deny';
}

describe('AW+ hardware ACL verdicts', () => {
  const device = parse(`access-list hardware LEARN-IN
 10 permit tcp 10.20.0.0/16 host 10.10.10.20 eq 443
 20 deny ip 10.20.0.0/16 10.10.10.0/24
!
access-list 3100 deny tcp any any eq 23
access-list 3101 permit ip 10.20.0.0/16 10.10.99.0/24
access-list 3102 deny ip any any
!
interface port1.0.1
 switchport
 switchport mode access
 switchport access vlan 20
 access-group LEARN-IN
!
interface port1.0.2
 switchport
 switchport mode access
 switchport access vlan 20
 access-group 3100
 access-group 3101
 access-group 3102
!
interface port1.0.3
 switchport
 switchport mode access
 switchport access vlan 20
 access-group 3101
 access-group 3100
`);

  it('forwards a packet that matches no entry (implicit permit)', () => {
    const acl = portFilter(device, 'port1.0.1');
    expect(verdict(acl, tcp('10.20.1.5', '10.30.0.9', 445))).toBe('permit');
    expect(verdict(acl, { family: 4, srcIp: '192.0.2.1', dstIp: '10.10.10.20', protocol: 17, srcPort: 1, dstPort: 53 })).toBe('permit');
  });

  it('lets the first matching entry decide', () => {
    const acl = portFilter(device, 'port1.0.1');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.10.20', 443))).toBe('permit');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.10.20', 445))).toBe('deny');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.10.21', 443))).toBe('deny');
  });

  it('drops the rest on a port whose last ACL is `deny ip any any`', () => {
    const acl = portFilter(device, 'port1.0.2');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.99.10', 22))).toBe('permit');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.99.10', 23))).toBe('deny');
    expect(verdict(acl, tcp('10.20.1.5', '10.10.10.20', 443))).toBe('deny');
    expect(verdict(acl, tcp('192.0.2.1', '198.51.100.1', 80))).toBe('deny');
    // Exactly the permitted entry's packets pass: nothing else gets through.
    const space = new PacketSpace();
    const permitted = compileFilter(space, acl).permitted;
    const judged = space.fromMatch({ protocol: undefined, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'any', family: 4 }] });
    const allowed = space
      .fromMatch({ protocol: undefined, src: [{ kind: 'prefix', address: '10.20.0.0', length: 16, family: 4 }], dst: [{ kind: 'prefix', address: '10.10.99.0', length: 24, family: 4 }] })
      .subtract(space.fromMatch({ protocol: 6, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'any', family: 4 }], dstPorts: [{ from: 23, to: 23 }] }));
    expect(permitted.intersect(judged).equals(allowed)).toBe(true);
  });

  it('stops at a permit in an earlier ACL: the order of access-group lines decides', () => {
    // port1.0.3 applies 3101 (permit 10.20/16 -> 10.10.99/24) before 3100 (deny telnet): telnet to
    // 10.10.99.x is permitted there, and denied on port1.0.2 where 3100 comes first.
    const telnet = tcp('10.20.1.5', '10.10.99.10', 23);
    expect(verdict(portFilter(device, 'port1.0.3'), telnet)).toBe('permit');
    expect(verdict(portFilter(device, 'port1.0.2'), telnet)).toBe('deny');
  });

  it('drops what send-to-cpu and send-to-mirror take and forwards what copy-to-* copies', () => {
    const acl = portFilter(parse('access-list 3000 send-to-mirror tcp any any eq 80\naccess-list 3001 copy-to-mirror tcp any any eq 443\ninterface port1.0.1\n access-group 3000\n access-group 3001\n'), 'port1.0.1');
    expect(verdict(acl, tcp('10.0.0.1', '10.0.0.2', 80))).toBe('deny');
    expect(verdict(acl, tcp('10.0.0.1', '10.0.0.2', 443))).toBe('permit');
  });
});

describe('AW+ end to end through analyzeNetwork', () => {
  const zones = 'zone,class,cidr\nKOUMU,校務内部系,10.10.10.0/24\nLEARN,学習系,10.20.0.0/24\n';

  it('routes between two VLAN interfaces of an L3 switch (AW+ forwards between its IP interfaces)', () => {
    const sw = parse(`hostname sw1
vlan database
 vlan 10 name KOUMU
 vlan 20 name LEARN
!
interface port1.0.1
 switchport mode access
 switchport access vlan 10
!
interface port1.0.2
 switchport mode access
 switchport access vlan 20
!
interface vlan10
 ip address 10.10.10.1/24
!
interface vlan20
 ip address 10.20.0.1/24
`);
    const analysis = analysisOfDevices([sw], zones);
    const pair = analysis.reachability!.pair('LEARN', 'KOUMU')!;
    const space = analysis.model.space;
    const learningToKoumuHosts = space
      .fromMatch({ protocol: undefined, src: [{ kind: 'prefix', address: '10.20.0.0', length: 24, family: 4 }], dst: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }] })
      .subtract(space.fromMatch({ protocol: undefined, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'prefix', address: '10.10.10.1', length: 32, family: 4 }] }));
    expect(learningToKoumuHosts.subtract(pair.permitted).isEmpty()).toBe(true);
  });

  it('judges AR-series firewall traffic by the zone-pair rules, first match, default deny', () => {
    const ar = parse(`hostname ar1
zone koumu
 network lan
  ip subnet 10.10.10.0/24 interface vlan10
!
zone learn
 network lan
  ip subnet 10.20.0.0/24 interface vlan20
!
application smb
 protocol tcp
 dport 445
!
firewall
 rule 10 permit smb from learn to koumu
 protect
!
interface vlan10
 ip address 10.10.10.1/24
!
interface vlan20
 ip address 10.20.0.1/24
`);
    const analysis = analysisOfDevices([ar], zones);
    const space = analysis.model.space;
    const smb = space.fromMatch({
      protocol: 6,
      src: [{ kind: 'prefix', address: '10.20.0.0', length: 24, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }],
      dstPorts: [{ from: 445, to: 445 }],
    });
    const toRouter = space.fromMatch({ protocol: undefined, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'prefix', address: '10.10.10.1', length: 32, family: 4 }] });
    const permitted = analysis.reachability!.pair('LEARN', 'KOUMU')!.permitted;
    expect(permitted.equals(smb.subtract(toRouter))).toBe(true);
  });
});
