import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, parseFixture, parseText } from './helpers.js';

const FILE = 'ar-router.cfg';

describe('AW+ AR-series firewall', () => {
  it('turns zones and firewall rules into the security policy', () => {
    const result = parseFixture(FILE);
    expectFullyUnderstood(result);
    expect(result.diagnostics).toEqual([]);
    const policy = result.device.securityPolicy!;
    expect(policy).toMatchObject({ defaultAction: 'deny', stateful: true });
    expect(policy.zones.map((z) => [z.name, z.interfaces])).toEqual([
      ['private', ['vlan1']],
      ['public', ['eth1']],
    ]);
    expect(policy.rules.map((r) => [r.id, r.action, r.from, r.to])).toEqual([
      ['10', 'permit', ['private'], ['public']],
      ['20', 'deny', ['private'], ['public']],
      ['30', 'permit', ['private'], ['public']],
    ]);
    expect(policy.rules[0]!.match).toMatchObject({ protocol: 6, dstPorts: [{ from: 443, to: 443 }], src: [{ kind: 'prefix', address: '192.168.10.0', length: 24 }], dst: [{ kind: 'any' }] });
    expect(policy.rules[1]!.match.src).toEqual([{ kind: 'prefix', address: '192.168.10.50', length: 32, family: 4 }]);
  });

  it('reads masquerade NAT and the routed interfaces', () => {
    const { device } = parseFixture(FILE);
    expect(device.nat).toMatchObject([{ kind: 'dynamic', direction: 'source', overload: true, inside: { address: '192.168.10.0', prefixLength: 24 }, outside: { interface: 'eth1' } }]);
    expect(device.interfaces.find((i) => i.name === 'eth1')).toMatchObject({ kind: 'physical', dynamicAddress: 'dhcp' });
    expect(device.interfaces.find((i) => i.name === 'eth1')!.switchport).toBeUndefined();
    expect(device.routes).toMatchObject([{ prefix: '0.0.0.0', length: 0, interface: 'eth1' }]);
  });

  it('has no security policy without `protect`, and reports rules naming undefined entities', () => {
    const off = parseText('zone a\n network n\n  ip subnet 10.0.0.0/8 interface vlan1\n!\nfirewall\n rule 10 permit any from a to a\n');
    expect(off.device.securityPolicy).toBeUndefined();
    const unknown = parseText('firewall\n rule 10 permit youtube from a to b\n protect\n');
    expect(unknown.diagnostics).toMatchObject([{ line: 2, code: 'unresolved-reference' }]);
    expect(unknown.device.securityPolicy!.rules[0]!.match.src).toMatchObject([{ kind: 'unresolved' }]);
  });
});
