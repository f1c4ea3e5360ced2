// A zone-pair firewall rulebase (model/security-policy.ts) in forwarding, independent of any vendor:
// the rulebase is attached to an IOS-parsed router so only the engine's semantics are under test.
import { describe, expect, it } from 'vitest';
import { tracePacket } from '../../../src/analysis/reachability/trace.js';
import { targetOf } from '../../../src/analysis/reachability/zone-reachability.js';
import type { AddressMatch, Device, FilterAction, PolicyZones, SecurityPolicyRule, SourceSpan } from '../../../src/model/index.js';
import { analysisOfDevices, parseConfigs } from './network-fixture.js';

const FW = `hostname fw1
ip routing
!
interface GigabitEthernet0/0
 ip address 10.1.10.1 255.255.255.0
!
interface GigabitEthernet0/1
 ip address 10.1.30.1 255.255.255.0
!
interface GigabitEthernet0/2
 ip address 10.1.31.1 255.255.255.0
!
end
`;
const ZONES = 'zone,class,cidr\nK,校務内部系,10.1.10.0/24\nL,学習系,10.1.30.0/24\nL2,学習系,10.1.31.0/24\n';

const span = (line: number): SourceSpan => ({ file: 'fw1.cfg', line, text: `policy ${line}` });
const net = (cidr: string): AddressMatch => {
  const [address, length] = cidr.split('/');
  return { kind: 'prefix', address: address!, length: Number(length), family: 4 };
};

function rule(id: number, from: PolicyZones, to: PolicyZones, action: FilterAction, src: string, dst: string, extra: Partial<SecurityPolicyRule> = {}): SecurityPolicyRule {
  return { id: String(id), seq: id, from, to, action, profiles: {}, match: { protocol: 6, src: [net(src)], dst: [net(dst)], dstPorts: [{ from: 445, to: 445 }] }, source: span(id), ...extra };
}

function firewall(rules: SecurityPolicyRule[], intrazone: FilterAction = 'deny'): Device {
  const [device] = parseConfigs({ 'fw1.cfg': FW });
  device!.securityPolicy = {
    zones: [
      { name: 'inside', interfaces: ['GigabitEthernet0/0'], intrazone: 'deny', source: span(90) },
      { name: 'school', interfaces: ['GigabitEthernet0/1', 'GigabitEthernet0/2'], intrazone, source: span(91) },
    ],
    rules,
    defaultAction: 'deny',
    stateful: true,
    source: span(99),
  };
  return device!;
}

function permitted(device: Device, from: string, to: string) {
  const analysis = analysisOfDevices([device], ZONES);
  return { analysis, pair: analysis.reachability!.pair(from, to)! };
}

describe('a zone-pair rulebase on the forwarding path', () => {
  it('lets through exactly what the first matching rule of the pair accepts; the rest meets the implicit deny', () => {
    const device = firewall([rule(20, ['school'], ['inside'], 'permit', '10.1.30.0/24', '10.1.10.20/32')]);
    const { analysis, pair } = permitted(device, 'L', 'K');
    const expected = analysis.model.space.fromMatch({ protocol: 6, src: [net('10.1.30.0/24')], dst: [net('10.1.10.20/32')], dstPorts: [{ from: 445, to: 445 }] });
    expect(pair.permitted.equals(expected)).toBe(true);
    expect(permitted(device, 'K', 'L').pair.permitted.isEmpty()).toBe(true);
  });

  it('decides by list order, not by rule id', () => {
    const device = firewall([
      rule(20, ['school'], ['inside'], 'deny', '10.1.30.0/24', '10.1.10.0/24'),
      rule(10, ['school'], ['inside'], 'permit', '10.1.30.0/24', '10.1.10.20/32'),
    ]);
    expect(permitted(device, 'L', 'K').pair.permitted.isEmpty()).toBe(true);
  });

  it('skips disabled rules and applies rules of other zone pairs to nothing', () => {
    const device = firewall([
      rule(1, ['inside'], ['school'], 'permit', '10.1.30.0/24', '10.1.10.0/24'),
      rule(2, ['school'], ['inside'], 'permit', '10.1.30.0/24', '10.1.10.0/24', { disabled: true }),
    ]);
    expect(permitted(device, 'L', 'K').pair.permitted.isEmpty()).toBe(true);
  });

  it('matches every zone with any', () => {
    const device = firewall([rule(5, 'any', 'any', 'permit', '10.1.30.0/24', '10.1.10.0/24')]);
    expect(permitted(device, 'L', 'K').pair.permitted.isEmpty()).toBe(false);
  });

  it('gives unmatched traffic inside one zone the intrazone action', () => {
    expect(permitted(firewall([], 'deny'), 'L', 'L2').pair.permitted.isEmpty()).toBe(true);
    const open = permitted(firewall([], 'permit'), 'L', 'L2').pair;
    expect(open.permitted.equals(open.space)).toBe(true);
  });

  it('names the deciding rule in a trace, and the implicit deny when nothing matches', () => {
    const device = firewall([rule(20, ['school'], ['inside'], 'permit', '10.1.30.0/24', '10.1.10.20/32')]);
    const { analysis } = permitted(device, 'L', 'K');
    const start = analysis.topology.l3Interface(device, 'GigabitEthernet0/1')!;
    const target = targetOf(analysis.reachability!.spaces.find((s) => s.zone.name === 'K')!);
    const ok = tracePacket(analysis.model, start, { family: 4, srcIp: '10.1.30.5', dstIp: '10.1.10.20', protocol: 6, srcPort: 40000, dstPort: 445 }, target);
    expect(ok.result).toBe('reached');
    const policyVerdict = ok.hops[0]!.egressVerdicts.find((v) => v.filter.securityPolicy);
    expect(policyVerdict?.line.line).toBe(20);
    const denied = tracePacket(analysis.model, start, { family: 4, srcIp: '10.1.30.5', dstIp: '10.1.10.21', protocol: 6, srcPort: 40000, dstPort: 445 }, target);
    expect(denied.result).toBe('denied');
    expect(denied.droppedBy?.decision).toBe('default');
    expect(denied.droppedBy?.line.line).toBe(99);
  });
});
