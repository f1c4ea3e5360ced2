import { describe, expect, it } from 'vitest';
import { filter, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-switch.cfg';

describe('AW+ ACLs', () => {
  it('reads a named hardware ACL in sequence order, with implicit permit', () => {
    const device = parseFixture(FILE).device;
    const acl = filter(device, 'KOUMU-IN');
    expect(acl.kind).toBe('hardware');
    expect(acl.semantics).toEqual({ firstMatch: true, defaultAction: 'permit', stateful: false });
    expect(acl.rules.map((r) => r.seq)).toEqual([10, 20, 30, 40]);
    expect(acl.rules[0]!.match).toEqual({
      protocol: 17,
      src: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }],
      dst: [{ kind: 'any', family: 4 }],
      dstPorts: [{ from: 53, to: 53 }],
    });
  });

  it('turns hardware actions into the forwarding verdict', () => {
    const acl = filter(parseFixture(FILE).device, 'KOUMU-IN');
    // send-to-cpu: not forwarded; copy-to-cpu: forwarded (and copied).
    expect(acl.rules.map((r) => r.action)).toEqual(['permit', 'deny', 'permit', 'deny']);
  });

  it('reads numbered IP and MAC hardware ACLs and software ACLs', () => {
    const device = parseFixture(FILE).device;
    expect(filter(device, '3001').rules[0]!.match).toMatchObject({ protocol: 6, dst: [{ kind: 'prefix', address: '10.10.10.20', length: 32 }], dstPorts: [{ from: 443, to: 443 }] });
    const mac = filter(device, '4000', 'mac');
    expect(mac.rules[0]!.match.srcMac).toEqual([{ mac: '00:00:5e:00:53:01' }]);
    expect(mac.semantics.defaultAction).toBe('permit');
    const software = filter(device, '10');
    expect(software).toMatchObject({ kind: 'standard', semantics: { defaultAction: 'deny' } });
    expect(software.rules[0]!.match.src).toEqual([{ kind: 'prefix', address: '10.10.99.0', length: 24, family: 4 }]);
  });

  it('binds a single hardware ACL on ingress of every port of the range', () => {
    const device = parseFixture(FILE).device;
    for (const n of [1, 2, 3, 4]) {
      expect(iface(device, `port1.0.${n}`).filters).toEqual([{ filter: 'KOUMU-IN', family: 'ipv4', direction: 'in', source: expect.objectContaining({ line: lineOf(FILE, 'access-group KOUMU-IN') }) }]);
    }
    expect(iface(device, 'port1.0.9').filters).toMatchObject([{ filter: '4000', family: 'mac', direction: 'in' }]);
  });

  it('binds several ACLs on a port as one filter in the order they were applied', () => {
    const device = parseFixture(FILE).device;
    expect(iface(device, 'port1.0.5').filters).toMatchObject([{ filter: '3001 + 3000 + 3002', direction: 'in' }]);
    const combined = filter(device, '3001 + 3000 + 3002');
    expect(combined.kind).toBe('hardware-sequence');
    expect(combined.rules.map((r) => r.source.line)).toEqual([lineOf(FILE, 'access-list 3001'), lineOf(FILE, 'access-list 3000'), lineOf(FILE, 'access-list 3002')]);
    // The parts are used by the combined filter, not left unused.
    expect(device.otherFilterBindings.map((b) => b.filter).sort()).toEqual(['3000', '3000', '3001', '3001', '3002', '3002']);
  });

  it('never binds a software ACL to a port, and binds the vty access class', () => {
    const result = parseText('access-list 10 permit any\ninterface port1.0.1\n access-group 10\n!\nline vty 0 4\n access-class 10\n');
    expect(iface(result.device, 'port1.0.1').filters).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ line: 3, code: 'unsupported' }]);
    expect(result.device.management.lines[0]!.accessClass).toMatchObject({ filter: '10', direction: 'in' });
  });

  it('reports an applied ACL that is not defined and keeps the binding', () => {
    const result = parseText('interface port1.0.1\n access-group NOPE\n');
    expect(result.diagnostics).toMatchObject([{ line: 2, code: 'unresolved-reference' }]);
    expect(iface(result.device, 'port1.0.1').filters).toMatchObject([{ filter: 'NOPE' }]);
  });

  it('reads port operators, wildcards, remarks and replaces an entry with the same number', () => {
    const { device, diagnostics } = parseText(
      'access-list hardware X\n remark block telnet\n 10 deny tcp any any eq 23\n 20 permit udp 10.0.0.0 0.0.0.255 range 1000 2000 any gt 1023\n 10 deny tcp any any ne 22\n 15 deny proto 47 any any\n',
    );
    expect(diagnostics).toEqual([]);
    const acl = filter(device, 'X');
    expect(acl.rules.map((r) => r.seq)).toEqual([10, 15, 20]);
    expect(acl.rules[0]!.match.dstPorts).toEqual([{ from: 0, to: 21 }, { from: 23, to: 65535 }]);
    expect(acl.rules[1]!.match.protocol).toBe(47);
    expect(acl.rules[2]!.match).toMatchObject({ src: [{ kind: 'prefix', address: '10.0.0.0', length: 24 }], srcPorts: [{ from: 1000, to: 2000 }], dstPorts: [{ from: 1024, to: 65535 }] });
  });

  it('reads named software ACLs, inline and as a block, with implicit deny', () => {
    const { device, diagnostics } = parseText(
      'access-list standard MGMT permit 10.10.99.0/24\naccess-list extended WEB permit tcp 10.0.0.0 0.255.255.255 any eq 443\nip access-list extended SNMP-HOSTS\n permit udp host 10.10.99.20 any eq 161\n deny ip any any\n!\nsnmp-server community Secret9 ro SNMP-HOSTS\n',
    );
    expect(diagnostics).toEqual([]);
    expect(filter(device, 'MGMT')).toMatchObject({ kind: 'standard', semantics: { defaultAction: 'deny' }, rules: [{ match: { src: [{ kind: 'prefix', address: '10.10.99.0', length: 24 }] } }] });
    expect(filter(device, 'WEB').rules[0]!.match).toMatchObject({ protocol: 6, src: [{ kind: 'prefix', address: '10.0.0.0', length: 8 }] });
    expect(filter(device, 'SNMP-HOSTS').rules.map((r) => r.action)).toEqual(['permit', 'deny']);
    expect(device.management.snmp.communities[0]!.accessList).toBe('SNMP-HOSTS');
    expect(device.interfaces).toEqual([]);
  });

  it('refuses entries that do not fit the ACL', () => {
    const result = parseText('access-list 3000 permit any\naccess-list 4000 permit ip any any\naccess-list 10 copy-to-cpu any\naccess-list 9000 permit ip any any\naccess-list 3001 permit ip any any vlan 10\n');
    expect(result.diagnostics.map((d) => d.line)).toEqual([1, 2, 3, 4, 5]);
  });
});
