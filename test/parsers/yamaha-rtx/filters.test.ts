import { describe, expect, it } from 'vitest';
import { filter, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FIXTURE = 'school-rtx.conf';

describe('Yamaha RTX ip filter and secure filter lists', () => {
  const { device, diagnostics } = parseFixture(FIXTURE);

  it('builds one Filter per secure filter list, rules in list order, discard when unmatched', () => {
    const lanIn = filter(device, 'lan1 in');
    expect(lanIn.rules.map((r) => [r.seq, r.action])).toEqual([
      [100, 'permit'],
      [101, 'deny'],
      [199, 'permit'],
    ]);
    expect(lanIn.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(lanIn.source.line).toBe(lineOf(FIXTURE, 'ip lan1 secure filter in'));
    expect(iface(device, 'lan1').filters).toEqual([
      { filter: 'lan1 in', family: 'ipv4', direction: 'in', source: lanIn.source },
    ]);
  });

  it('follows the list order, not the filter numbers', () => {
    const { device: d } = parseText('ip lan1 secure filter in 20 10\nip filter 10 pass * *\nip filter 20 reject 10.0.0.0/8 *\n');
    expect(filter(d, 'lan1 in').rules.map((r) => r.seq)).toEqual([20, 10]);
  });

  it('marks a list followed by dynamic filters as stateful', () => {
    expect(filter(device, 'pp1 out').semantics.stateful).toBe(true);
    expect(filter(device, 'pp1 in').semantics.stateful).toBe(false);
  });

  it('adds no filter where no list is applied (Yamaha passes everything there)', () => {
    expect(iface(device, 'lan1').filters.some((b) => b.direction === 'out')).toBe(false);
    expect(device.filters.some((f) => f.name === 'lan1 out')).toBe(false);
  });

  it('reads addresses: any, prefix, host, lists, ranges and a.b.c.*', () => {
    const rules = filter(device, 'lan1 in').rules;
    expect(rules[0]!.match).toMatchObject({
      protocol: undefined,
      src: [{ kind: 'prefix', address: '192.168.10.0', length: 24, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.10.0.0', length: 16, family: 4 }],
    });
    expect(rules[1]!.match.dst).toEqual([
      { kind: 'prefix', address: '172.16.20.0', length: 24, family: 4 },
      { kind: 'prefix', address: '172.16.30.0', length: 24, family: 4 },
    ]);
    const guest = filter(device, 'lan1/2 in').rules;
    expect(guest[0]!.match.dst).toEqual([{ kind: 'range', first: '192.168.10.1', last: '192.168.10.254', family: 4 }]);
    expect(guest[1]!.match.src).toEqual([{ kind: 'prefix', address: '172.16.30.0', length: 24, family: 4 }]);
    expect(filter(device, 'pp1 in').rules[1]!.match.dst).toEqual([{ kind: 'prefix', address: '203.0.113.10', length: 32, family: 4 }]);
  });

  it('reads protocols and ports: lists, mnemonics, open ranges, ICMP type/code, established', () => {
    const learning = filter(device, 'lan1/1 in').rules;
    expect(learning[1]!.match).toMatchObject({ protocol: 6, dstPorts: [{ from: 80, to: 80 }, { from: 443, to: 443 }] });
    // `udp,tcp` is one rule per protocol.
    expect(learning.filter((r) => r.seq === 302).map((r) => [r.match.protocol, r.match.dstPorts])).toEqual([
      [17, [{ from: 53, to: 53 }]],
      [6, [{ from: 53, to: 53 }]],
    ]);
    expect(filter(device, 'lan1/2 in').rules[1]!.match.dstPorts).toEqual([{ from: 80, to: 65535 }]);
    const wanIn = filter(device, 'pp1 in').rules;
    expect(wanIn[1]!.match).toMatchObject({ protocol: 1, icmp: [{ type: 8, code: 0 }] });
    expect(wanIn[2]!.match).toMatchObject({ protocol: 6, established: true });
    const wanOut = filter(device, 'pp1 out').rules;
    expect(wanOut[0]!.match.srcPorts).toEqual([{ from: 137, to: 139 }]);
    const { device: d } = parseText('ip lan1 secure filter in 1\nip filter 1 pass * * tcp ftp -1023\n');
    expect(filter(d, 'lan1 in').rules[0]!.match).toMatchObject({ srcPorts: [{ from: 20, to: 20 }, { from: 21, to: 21 }], dstPorts: [{ from: 0, to: 1023 }] });
  });

  it('maps actions: reject denies, restrict passes, logging by suffix (reject logs by default)', () => {
    const tunnelIn = filter(device, 'tunnel1 in').rules;
    expect(tunnelIn.map((r) => [r.action, r.log])).toEqual([
      ['permit', true],
      ['deny', true],
    ]);
    expect(filter(device, 'lan1/1 in').rules.at(-1)).toMatchObject({ action: 'deny', log: false });
    expect(filter(device, 'lan1 in').rules[1]).toMatchObject({ action: 'deny', log: true });
  });

  it('reports a list number no `ip filter` defines on the binding line, and skips it', () => {
    const line = lineOf(FIXTURE, 'ip lan1/2 secure filter in');
    const unresolved = diagnostics.filter((d) => d.code === 'unresolved-reference');
    expect(unresolved.map((d) => d.line)).toEqual([line]);
    expect(unresolved[0]!.reason).toContain('999');
    expect(filter(device, 'lan1/2 in').rules.map((r) => r.seq)).toEqual([400, 499]);
    // The skipped number stays in the model as a reference, so that the rules can report it.
    expect(device.otherFilterBindings.filter((b) => b.filter === 'ip filter 999')).toEqual([
      { filter: 'ip filter 999', family: 'ipv4', direction: 'in', source: filter(device, 'lan1/2 in').source, purpose: 'ip lan1/2 secure filter in' },
    ]);
  });

  it('keeps a defined filter that no list and no other setting uses as a Filter of its own, bound nowhere', () => {
    const text = [
      'ip lan1 secure filter in 10 dynamic 30',
      'ip filter 10 pass * *',
      'ip filter 20 reject 10.0.0.0/8 *',
      'ip filter 40 pass * * tcp',
      'ip filter 50 pass 10.1.0.0/16 *',
      'ip filter dynamic 30 * * filter 40',
      'ip route 10.9.0.0/16 gateway 192.168.0.1 filter 50',
    ].join('\n');
    const { device: d, diagnostics: diags } = parseText(text);
    expect(diags).toEqual([]);
    const packetFilters = d.filters.filter((f) => f.kind !== 'host-list');
    expect(packetFilters.map((f) => [f.name, f.kind])).toEqual([
      ['lan1 in', 'secure-filter'],
      ['ip filter 20', 'unlisted'],
    ]);
    expect(filter(d, 'ip filter 20').source.line).toBe(3);
    // Only the default `httpd host lan` (Y-CMD 33.2) refers to a filter outside the lists.
    expect(d.otherFilterBindings.map((b) => b.purpose)).toEqual(['httpd']);
  });

  it('reads every form of `ip filter dynamic` and resolves the dynamic part of a list against it', () => {
    const text = [
      'ip lan2 secure filter out 1 dynamic 100 101 102 103',
      'ip filter 1 pass * *',
      'ip filter 2 pass * * tcp',
      'ip filter 3 pass * * udp',
      'ip filter dynamic 100 * * ftp',
      'ip filter dynamic 101 192.168.0.0/24 * www syslog=off',
      'ip filter dynamic 102 * * domain timeout=60',
      'ip filter dynamic 103 * * filter 2 in 3',
      'ipv6 filter dynamic 200080 * * tcp',
    ].join('\n');
    const { device: d, diagnostics: diags } = parseText(text);
    expect(diags).toEqual([]);
    expect(filter(d, 'lan2 out').semantics.stateful).toBe(true);
    // 2 and 3 serve as patterns of dynamic filter 103: used, so not reported as unlisted.
    expect(d.filters.filter((f) => f.kind !== 'host-list').map((f) => f.name)).toEqual(['lan2 out']);
    const { device: missing } = parseText('ip lan2 secure filter out 1 dynamic 100\nip filter 1 pass * *\n');
    expect(missing.otherFilterBindings.filter((b) => b.purpose !== 'httpd').map((b) => b.filter)).toEqual(['ip filter dynamic 100']);
  });

  it('reads IPv6 filters and lists into ipv6 Filters', () => {
    const { device: d, diagnostics: diags } = parseText('ipv6 lan2 secure filter in 1 2\nipv6 filter 1 pass * * icmp6 * *\nipv6 filter 2 reject 2001:db8::/32 *\n');
    const f = filter(d, 'lan2 in', 'ipv6');
    expect(f.rules.map((r) => r.match.protocol)).toEqual([58, undefined]);
    expect(f.rules[1]!.match.src).toEqual([{ kind: 'prefix', address: '2001:db8::', length: 32, family: 6 }]);
    expect(diags).toEqual([]);
  });

  it('reports filter lines with unknown words instead of guessing', () => {
    const { diagnostics: diags, device: d } = parseText('ip filter 1 pass * * tcp * nosuchport\nip filter 2 pass * * esp 10 *\nip filter 3 allow * *\n');
    expect(diags.map((x) => [x.line, x.code])).toEqual([[1, 'unrecognized'], [2, 'unrecognized'], [3, 'unrecognized']]);
    expect(d.stats.unrecognized).toBe(3);
  });
});
