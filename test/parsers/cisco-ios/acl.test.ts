import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, filter, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'acl.cfg';
const result = parseFixture(FILE);
const { device } = result;

describe('Cisco IOS ACLs', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('numbered standard lists: host without wildcard, remarks, implicit sequence numbers', () => {
    const acl = filter(device, '10');
    expect(acl.kind).toBe('standard');
    expect(acl.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(acl.rules.map((r) => r.seq)).toEqual([10, 20, 30]);
    expect(acl.rules[0]!.remark).toBe('management hosts');
    expect(acl.rules[0]!.match.src).toEqual([{ kind: 'prefix', address: '192.0.2.10', length: 32, family: 4 }]);
    expect(acl.rules[1]!.match.src).toEqual([{ kind: 'prefix', address: '192.0.2.0', length: 24, family: 4 }]);
    expect(acl.rules[2]).toMatchObject({ action: 'deny', log: true, match: { src: [{ kind: 'any', family: 4 }] } });
    expect(acl.rules[0]!.source).toEqual({ file: FILE, line: lineOf(FILE, 'access-list 10 permit 192.0.2.10'), text: 'access-list 10 permit 192.0.2.10' });
    expect(filter(device, '1300').kind).toBe('standard');
    expect(filter(device, '2000').rules[0]!.match).toMatchObject({ protocol: 17, dstPorts: [{ from: 1024, to: 65535 }] });
  });

  it('several ports after eq, and a discontiguous wildcard kept as a wildcard', () => {
    const acl = filter(device, '110');
    expect(acl.kind).toBe('extended');
    expect(acl.rules[0]!.match).toEqual({
      protocol: 6,
      src: [{ kind: 'any', family: 4 }],
      dst: [{ kind: 'prefix', address: '198.51.100.5', length: 32, family: 4 }],
      dstPorts: [
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ],
    });
    expect(acl.rules[1]!.match.src).toEqual([{ kind: 'wildcard', address: '10.0.0.0', wildcard: '0.0.255.0', family: 4 }]);
  });

  it('named lists: sequence order, neq / gt / lt, source ports, ICMP names and numbers, established', () => {
    const acl = filter(device, 'EDGE-IN');
    expect(acl.rules[0]).toMatchObject({ seq: 5, match: { protocol: 6, dstPorts: [{ from: 179, to: 179 }] } });
    const bySeq = (seq: number) => acl.rules.filter((r) => r.seq === seq);
    expect(bySeq(10)[0]).toMatchObject({ action: 'deny', log: true, remark: 'block SMB\nfrom everywhere' });
    expect(bySeq(20)[0]!.match.dstPorts).toEqual([
      { from: 0, to: 22 },
      { from: 24, to: 65535 },
    ]);
    expect(bySeq(30)[0]!.match).toMatchObject({ srcPorts: [{ from: 1024, to: 65535 }], dstPorts: [{ from: 0, to: 1023 }] });
    expect(bySeq(40)[0]!.match).toMatchObject({ protocol: 17, srcPorts: [{ from: 53, to: 53 }], dst: [{ kind: 'any', family: 4 }] });
    expect(bySeq(50)[0]!.match.icmp).toEqual([{ type: 0 }]);
    expect(bySeq(60)[0]!.match.icmp).toEqual([{ type: 3, code: 4 }]);
    expect(bySeq(70)[0]!.match.icmp).toEqual([{ type: 3, code: 13 }]);
    expect(bySeq(80)[0]!.match).toMatchObject({ protocol: 6, established: true });
    expect(bySeq(90)[0]!.match.protocol).toBeUndefined();
    expect(bySeq(100)[0]!.match.dstPorts).toEqual([{ from: 22, to: 22 }]);
    expect(bySeq(110)[0]!.match.dstPorts).toEqual([{ from: 123, to: 123 }]);
    expect(bySeq(120)[0]!.match.dstPorts).toEqual([{ from: 161, to: 161 }]);
    expect(bySeq(130)[0]!.match.protocol).toBe(47);
    expect(bySeq(140)[0]!.match.protocol).toBe(50);
    expect(bySeq(170)[0]).toMatchObject({ action: 'deny', log: true });
  });

  it('expands object groups (nested) into the match lists and names them in via', () => {
    const acl = filter(device, 'EDGE-IN');
    const expanded = acl.rules.filter((r) => r.seq === 150);
    expect(expanded.map((r) => [r.match.protocol, r.match.dstPorts, r.match.icmp])).toEqual([
      [6, [{ from: 80, to: 80 }], undefined],
      [6, [{ from: 443, to: 443 }], undefined],
      [6, [{ from: 53, to: 53 }], undefined],
      [17, [{ from: 53, to: 53 }], undefined],
      [1, undefined, [{ type: 8 }]],
    ]);
    for (const rule of expanded) {
      expect(rule.match.src).toEqual([{ kind: 'prefix', address: '192.0.2.10', length: 32, family: 4 }]);
      expect(rule.match.dst).toEqual([
        { kind: 'prefix', address: '198.51.100.20', length: 32, family: 4 },
        { kind: 'prefix', address: '198.51.100.32', length: 27, family: 4 },
        { kind: 'range', first: '198.51.100.100', last: '198.51.100.110', family: 4 },
        { kind: 'prefix', address: '198.51.100.200', length: 30, family: 4 },
      ]);
      expect(rule.match.via).toEqual(['ADMINS', 'SERVERS', 'MORE-SERVERS', 'WEB']);
    }
    expect(device.addressObjects.map((o) => o.name)).toEqual(['SERVERS', 'MORE-SERVERS', 'ADMINS']);
    expect(device.addressObjects[0]!.groups).toEqual(['MORE-SERVERS']);
    expect(device.serviceObjects[0]!.members).toHaveLength(5);
  });

  it('an undefined object group matches nothing and is reported with its line', () => {
    const rule = filter(device, 'EDGE-IN').rules.find((r) => r.seq === 160)!;
    expect(rule.match.dst).toEqual([{ kind: 'unresolved', name: 'MISSING' }]);
    const reported = result.diagnostics.filter((d) => d.code === 'unresolved-reference');
    expect(reported).toHaveLength(1);
    expect(reported[0]!.line).toBe(lineOf(FILE, 'object-group MISSING'));
    expect(reported[0]!.reason).toContain('MISSING');
  });

  it('IPv6 lists: sequence before or after the entry, ICMPv6 names, prefixes', () => {
    const acl = filter(device, 'V6-IN', 'ipv6');
    expect(acl.rules.map((r) => r.seq)).toEqual([10, 20, 30, 40]);
    expect(acl.rules[0]!.match).toMatchObject({ protocol: 58, icmp: [{ type: 135 }], src: [{ kind: 'any', family: 6 }] });
    expect(acl.rules[0]!.remark).toBe('v6 edge');
    expect(acl.rules[1]!.match).toEqual({
      protocol: 6,
      src: [{ kind: 'prefix', address: '2001:db8:10::', length: 48, family: 6 }],
      dst: [{ kind: 'prefix', address: '2001:db8::1', length: 128, family: 6 }],
      dstPorts: [{ from: 22, to: 22 }],
    });
    expect(acl.rules[3]).toMatchObject({ action: 'deny', log: true, match: { protocol: undefined } });
  });

  it('MAC lists', () => {
    const acl = filter(device, 'MAC-ONLY', 'mac');
    expect(acl.rules[0]!.match.srcMac).toEqual([{ mac: '00:11:22:33:44:55' }]);
    expect(acl.rules[0]!.match.dstMac).toBeUndefined();
    expect(acl.rules[1]!.match.dstMac).toEqual([{ mac: '01:00:0c:cc:cc:cc' }]);
  });

  it('binds lists to interfaces per family and direction', () => {
    const bindings = iface(device, 'GigabitEthernet0/0').filters.map((f) => [f.filter, f.family, f.direction]);
    expect(bindings).toEqual([
      ['EDGE-IN', 'ipv4', 'in'],
      ['110', 'ipv4', 'out'],
      ['V6-IN', 'ipv6', 'in'],
      ['MAC-ONLY', 'mac', 'in'],
    ]);
  });

  it('rejects entries IOS would not accept, as diagnostics with the line', () => {
    const { device: d, diagnostics } = parseText(
      [
        'access-list 5 permit tcp any any eq 80',
        'access-list 150 permit 10.0.0.0 0.0.0.255',
        'access-list 700 permit any',
        'ip access-list extended X',
        ' permit icmp any any eq 80',
        ' permit tcp any any eq http',
        ' permit udp any any established',
        ' permit tcp any any eq 70000',
        ' permit tcp any any syn',
        ' permit tcp any any eq 22',
      ].join('\n'),
    );
    expect(diagnostics.map((x) => x.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    expect(d.stats).toEqual({ lines: 10, modelled: 2, ignored: 0, unrecognized: 8 });
    expect(filter(d, 'X').rules).toHaveLength(1);
  });
});
