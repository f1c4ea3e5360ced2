import { describe, expect, it } from 'vitest';
import { filter, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-router.conf';

describe('NEC IX filters', () => {
  const { device, diagnostics } = parseFixture(FILE);

  it('combines the lists bound to one interface and direction in sequence order, not config order', () => {
    const f = filter(device, 'GigaEthernet1.0 in');
    // koumu-early (seq 10) is written after koumu-in (seq 20) but is evaluated first.
    expect(f.rules.map((r) => [r.seq, r.action, r.source.line])).toEqual([
      [10, 'deny', lineOf(FILE, 'koumu-early deny')],
      [20, 'permit', lineOf(FILE, 'koumu-in permit')],
      [20, 'deny', lineOf(FILE, 'koumu-in deny')],
    ]);
    expect(f.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(iface(device, 'GigaEthernet1.0').filters).toEqual([
      { filter: 'GigaEthernet1.0 in', family: 'ipv4', direction: 'in', source: expect.objectContaining({ line: lineOf(FILE, 'ip filter koumu-in 20 in') }) },
      { filter: 'GigaEthernet1.0 in', family: 'ipv6', direction: 'in', source: expect.objectContaining({ line: lineOf(FILE, 'ipv6 filter v6-in') }) },
    ]);
  });

  it('reads addresses, protocols and port conditions', () => {
    const [early, https] = filter(device, 'GigaEthernet1.0 in').rules;
    expect(early!.match).toEqual({ protocol: 17, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'any', family: 4 }], dstPorts: [{ from: 137, to: 139 }] });
    expect(https!.match).toEqual({
      protocol: 6,
      src: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.20.0.10', length: 32, family: 4 }],
      dstPorts: [{ from: 443, to: 443 }],
    });
    expect(filter(device, 'GigaEthernet1.0 in', 'ipv6').rules[0]!.match.protocol).toBe(58);
  });

  it('evaluates a dynamic list through its trigger list and marks the filter stateful', () => {
    const out = filter(device, 'GigaEthernet0.1 out');
    expect(out.semantics.stateful).toBe(true);
    expect(out.rules.map((r) => r.source.line)).toEqual([lineOf(FILE, 'web-out permit')]);
  });

  it('keeps unapplied lists and lists named by servers as filters of their own', () => {
    expect(filter(device, 'unused-acl').kind).toBe('access-list');
    expect(filter(device, 'mgmt-src').rules).toHaveLength(1);
    expect(filter(device, 'ipsec-sel').kind).toBe('access-list');
    expect(device.filters.some((f) => f.name === 'koumu-in')).toBe(false);
    expect(diagnostics).toEqual([]);
  });

  it('evaluates the dynamic list when a static and a dynamic list share a name', () => {
    const { device: d } = parseText(
      'ip access-list trig permit tcp src any dest any dport eq 80\n' +
        'ip access-list same deny ip src any dest any\n' +
        'ip access-list dynamic same access trig\n' +
        'interface GigaEthernet0.0\n  ip filter same 10 out\n',
    );
    const out = filter(d, 'GigaEthernet0.0 out');
    expect(out.rules.map((r) => r.action)).toEqual(['permit']);
    expect(out.semantics.stateful).toBe(true);
  });

  it('reports a binding to an undefined list on its line and refuses ports on a portless protocol', () => {
    const { diagnostics: diags } = parseText(
      'ip access-list esp-list permit tcp src any dest any dport eq 50\nip access-list bad permit icmp src any dest any dport eq 5\ninterface GigaEthernet0.0\n  ip filter missing 10 in\n',
    );
    expect(diags.map((d) => [d.line, d.code])).toEqual([
      [2, 'unrecognized'],
      [4, 'unresolved-reference'],
    ]);
  });

  it('a repeated access-list entry is kept once', () => {
    const { device: d } = parseText('ip access-list a permit ip src any dest any\nip access-list a permit ip src any dest any\n');
    expect(filter(d, 'a').rules).toHaveLength(1);
    expect(d.stats).toMatchObject({ modelled: 1, ignored: 1 });
  });

  it('a later line with the same sequence number and direction replaces the earlier one', () => {
    const { device: d } = parseText(
      'ip access-list a permit ip src any dest any\nip access-list b deny ip src any dest any\ninterface GigaEthernet0.0\n  ip filter a 10 in\n  ip filter b 10 in\n',
    );
    expect(filter(d, 'GigaEthernet0.0 in').rules.map((r) => r.action)).toEqual(['deny']);
  });
});
