// Switch-port ACLs limit what a segment's hosts send (edge-ports.ts), on an AlliedWare Plus L3
// switch read by the real parser: hardware ACLs on every learning port stop learning → koumu; one
// port without the ACL opens it again, because a host on that port sends anything.
import { describe, expect, it } from 'vitest';
import { tracePacket } from '../../../src/analysis/reachability/trace.js';
import { traceLines } from '../../../src/analysis/reachability/describe-trace.js';
import { targetOf } from '../../../src/analysis/reachability/zone-reachability.js';
import type { Device } from '../../../src/model/index.js';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import { analysisOfDevices } from './network-fixture.js';

function switchConfig(portsWithAcl: string): string {
  return `hostname sw1
!
access-list hardware LEARN-IN
 10 permit tcp 10.1.20.0/24 10.1.10.20/32 eq 443
 20 deny ip 10.1.20.0/24 10.1.10.0/24
!
vlan database
 vlan 10,20 state enable
!
interface port1.0.1-1.0.2
 switchport
 switchport mode access
 switchport access vlan 10
!
interface port1.0.3-1.0.4
 switchport
 switchport mode access
 switchport access vlan 20
!
interface ${portsWithAcl}
 access-group LEARN-IN
!
interface vlan10
 ip address 10.1.10.1/24
!
interface vlan20
 ip address 10.1.20.1/24
!
end
`;
}

const ZONES = 'zone,class,cidr\nK,校務内部系,10.1.10.0/24\nL,学習系,10.1.20.0/24\n';

function parse(text: string): Device {
  const { device, diagnostics } = alliedTelesisAwplusParser.parse(text, 'sw1.cfg');
  expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${d.line}: ${d.text} (${d.reason})`)).toEqual([]);
  return device;
}

describe('edge-port ACLs on a layer-3 switch', () => {
  it('let learning hosts reach only what every learning port permits', () => {
    const analysis = analysisOfDevices([parse(switchConfig('port1.0.3-1.0.4'))], ZONES);
    const pair = analysis.reachability!.pair('L', 'K')!;
    const expected = analysis.model.space.fromMatch({
      protocol: 6,
      src: [{ kind: 'prefix', address: '10.1.20.0', length: 24, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.1.10.20', length: 32, family: 4 }],
      dstPorts: [{ from: 443, to: 443 }],
    });
    expect(pair.permitted.equals(expected)).toBe(true);
    // Nothing limits koumu's own ports: koumu → learning is open.
    expect(analysis.reachability!.pair('K', 'L')!.permitted.isEmpty()).toBe(false);
  });

  it('open everything again when one learning port has no ACL', () => {
    const analysis = analysisOfDevices([parse(switchConfig('port1.0.3'))], ZONES);
    const pair = analysis.reachability!.pair('L', 'K')!;
    expect(pair.permitted.equals(pair.space)).toBe(true);
  });

  it('show the port and the deciding ACL line in a trace, and stop there when it denies', () => {
    const text = switchConfig('port1.0.3-1.0.4');
    const device = parse(text);
    const analysis = analysisOfDevices([device], ZONES);
    const start = analysis.topology.l3Interface(device, 'vlan20')!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!);
    const denied = tracePacket(analysis.model, start, { family: 4, srcIp: '10.1.20.5', dstIp: '10.1.10.30', protocol: 6, srcPort: 40000, dstPort: 445 }, target);
    expect(denied.result).toBe('denied');
    expect(denied.edge?.port.name).toBe('port1.0.3');
    const denyLine = text.split('\n').findIndex((l) => l.trim() === '20 deny ip 10.1.20.0/24 10.1.10.0/24') + 1;
    expect(denied.droppedBy?.line.line).toBe(denyLine);
    expect(traceLines(denied, 'en')[0]).toContain('host port port1.0.3');
    const allowed = tracePacket(analysis.model, start, { family: 4, srcIp: '10.1.20.5', dstIp: '10.1.10.20', protocol: 6, srcPort: 40000, dstPort: 443 }, target);
    expect(allowed.result).toBe('reached');
    expect(allowed.edge?.verdicts.every((v) => v.action === 'permit')).toBe(true);
  });
});
