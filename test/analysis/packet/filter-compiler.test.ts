import { describe, expect, it } from 'vitest';
import { decidingRule, evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import { any6, filter, prefix4, prefix6, rule } from './helpers.js';

const packet = (srcIp: string, dstIp: string, protocol: number, dstPort?: number): Packet => ({
  family: 4,
  srcIp,
  dstIp,
  protocol,
  srcPort: 50000,
  ...(dstPort === undefined ? {} : { dstPort }),
});

describe('compileFilter: first match', () => {
  const acl = filter([
    rule('permit', { protocol: 6, src: [prefix4('10.0.0.0/24')], dst: [prefix4('172.16.0.10')], dstPorts: [{ from: 445, to: 445 }] }),
    rule('deny', { src: [prefix4('10.0.0.0/24')] }),
    rule('permit', {}),
  ]);

  it('decides each packet by its first matching line, as the plain evaluator does', () => {
    const compiled = compileFilter(new PacketSpace(), acl);
    const cases: [Packet, number | 'default'][] = [
      [packet('10.0.0.5', '172.16.0.10', 6, 445), 0],
      [packet('10.0.0.5', '172.16.0.10', 6, 443), 1],
      [packet('10.0.1.5', '172.16.0.10', 17, 53), 2],
    ];
    for (const [p, line] of cases) {
      expect(compiled.decide(p)).toBe(line);
      expect(decidingRule(acl, p)).toBe(line);
      expect(compiled.permitted.contains(p)).toBe(evaluateFilter(acl, p) === 'permit');
    }
  });

  it('per line: match, the packets it decides, and the default', () => {
    const space = new PacketSpace();
    const compiled = compileFilter(space, acl);
    const [smb, deny, rest] = compiled.lines;
    expect(smb!.decides().equals(smb!.match)).toBe(true);
    expect(deny!.decides().equals(deny!.match.subtract(smb!.match))).toBe(true);
    expect(rest!.decides().equals(compiled.judged.subtract(deny!.match))).toBe(true);
    expect(compiled.unmatched.isEmpty()).toBe(true);
    const permittedJudged = smb!.decides().union(rest!.decides());
    expect(compiled.permitted.intersect(compiled.judged).equals(permittedJudged)).toBe(true);
  });

  it('unmatched packets get the default action', () => {
    const space = new PacketSpace();
    const onlyWeb = filter([rule('permit', { protocol: 6, dstPorts: [{ from: 80, to: 80 }] })]);
    const denyDefault = compileFilter(space, onlyWeb);
    const permitDefault = compileFilter(space, { ...onlyWeb, semantics: { ...onlyWeb.semantics, defaultAction: 'permit' } });
    const dns = packet('1.1.1.1', '2.2.2.2', 17, 53);
    expect(denyDefault.decide(dns)).toBe('default');
    expect(denyDefault.permitted.contains(dns)).toBe(false);
    expect(permitDefault.permitted.contains(dns)).toBe(true);
    expect(denyDefault.unmatched.contains(dns)).toBe(true);
    expect(permitDefault.permitted.isAll()).toBe(true);
  });

  it('skips disabled rules', () => {
    const acl2 = filter([rule('deny', { protocol: 6 }, { disabled: true }), rule('permit', { protocol: 6 })]);
    const compiled = compileFilter(new PacketSpace(), acl2);
    const web = packet('1.1.1.1', '2.2.2.2', 6, 80);
    expect(compiled.decide(web)).toBe(1);
    expect(decidingRule(acl2, web)).toBe(1);
    expect(compiled.permitted.contains(web)).toBe(true);
    expect(compiled.lines[0]!.reachable).toBe(false);
    expect(compiled.lines[0]!.decides().isEmpty()).toBe(true);
    expect(compiled.unreachableLines()).toEqual([]);
  });

  it('judges only its own family: IPv6 passes an IPv4 filter untouched and vice versa', () => {
    const space = new PacketSpace();
    const v4 = compileFilter(space, filter([rule('deny', {})]));
    const v6 = compileFilter(space, filter([rule('permit', { protocol: 58, src: [any6], dst: [prefix6('2001:db8::/32')] })], { family: 'ipv6' }));
    const ping6: Packet = { family: 6, srcIp: '2001:db8::1', dstIp: '2001:db8::2', protocol: 58, icmpType: 128 };
    const web4 = packet('1.1.1.1', '2.2.2.2', 6, 80);
    expect(v4.decide(ping6)).toBe('not-applicable');
    expect(v4.permitted.contains(ping6)).toBe(true);
    expect(v4.permitted.contains(web4)).toBe(false);
    expect(v6.decide(ping6)).toBe(0);
    expect(v6.decide(web4)).toBe('not-applicable');
    // Both on one interface: intersecting what each lets through gives the combined behaviour.
    const both = v4.permitted.intersect(v6.permitted);
    expect(both.contains(ping6)).toBe(true);
    expect(both.contains(web4)).toBe(false);
    expect(evaluateFilter(filter([rule('deny', {})]), ping6)).toBe('permit');
  });

  it('carries the stateful flag without changing what is permitted', () => {
    const space = new PacketSpace();
    const rules = [rule('permit', { protocol: 6, dstPorts: [{ from: 443, to: 443 }] })];
    const stateless = compileFilter(space, filter(rules));
    const stateful = compileFilter(space, filter(rules, { stateful: true }));
    expect(stateful.stateful).toBe(true);
    expect(stateless.stateful).toBe(false);
    expect(stateful.permitted.equals(stateless.permitted)).toBe(true);
  });
});

describe('unreachableLines', () => {
  it('reports a line shadowed only by the union of two earlier lines, with both blockers', () => {
    const acl = filter([
      rule('deny', { protocol: 6, src: [prefix4('10.0.0.0/25')] }),
      rule('deny', { protocol: 6, src: [prefix4('10.0.0.128/25')] }),
      rule('permit', { protocol: 6, src: [prefix4('10.0.0.0/24')], dstPorts: [{ from: 80, to: 80 }] }),
      rule('permit', { protocol: 6, src: [prefix4('10.0.0.0/23')] }),
    ]);
    const compiled = compileFilter(new PacketSpace(), acl);
    expect(compiled.unreachableLines()).toEqual([
      { line: 2, action: 'permit', reason: 'blocked', blockers: [0, 1], differentAction: true, overlapping: [0, 1] },
    ]);
    expect(compiled.lines.map((l) => l.reachable)).toEqual([true, true, false, true]);
  });

  it('always shows a blocker with a different action (Batfish example: neq 80, then permit any)', () => {
    const acl = filter([
      rule('deny', { protocol: 6, dst: [prefix4('1.2.3.4')], dstPorts: [{ from: 0, to: 79 }, { from: 81, to: 65535 }] }),
      rule('permit', { protocol: 6 }),
      rule('permit', { protocol: 6, dst: [prefix4('1.2.3.4')] }),
    ]);
    const [blocked] = compileFilter(new PacketSpace(), acl).unreachableLines();
    expect(blocked).toEqual({ line: 2, action: 'permit', reason: 'blocked', blockers: [1, 0], differentAction: true, overlapping: [1, 0] });
  });

  it('takes the first of equally large blockers (Batfish example: ospf vs host)', () => {
    const acl = filter([
      rule('deny', { protocol: 89 }),
      rule('deny', { dst: [prefix4('10.0.0.1')] }),
      rule('permit', { protocol: 89, dst: [prefix4('10.0.0.1')] }),
    ]);
    const [blocked] = compileFilter(new PacketSpace(), acl).unreachableLines();
    expect(blocked!.blockers).toEqual([0]);
    expect(blocked!.overlapping).toEqual([0, 1]);
  });

  it('same-action blockers are flagged as such (a redundant duplicate)', () => {
    const acl = filter([rule('permit', { protocol: 17, dst: [prefix4('10.0.0.0/8')] }), rule('permit', { protocol: 17, dst: [prefix4('10.1.0.0/16')] })]);
    const [blocked] = compileFilter(new PacketSpace(), acl).unreachableLines();
    expect(blocked).toMatchObject({ line: 1, blockers: [0], differentAction: false });
  });

  it('a line that matches nothing is reported as such, without blockers', () => {
    const acl = filter([
      rule('permit', { src: [{ kind: 'unresolved', name: 'NO-SUCH-GROUP' }] }),
      rule('permit', { protocol: 58, src: [any6], dst: [any6] }),
      rule('permit', { protocol: 6 }),
    ]);
    const unreachable = compileFilter(new PacketSpace(), acl).unreachableLines();
    expect(unreachable.map((u) => [u.line, u.reason, u.blockers])).toEqual([
      [0, 'empty-match', []],
      [1, 'empty-match', []], // IPv6 line in an IPv4 filter
    ]);
  });

  it('a catch-all line after specific ones stays reachable', () => {
    const rules = Array.from({ length: 300 }, (_, i) =>
      rule('permit', { protocol: 6, src: [prefix4(`10.${Math.floor(i / 250)}.${i % 250}.0/24`)], dst: [prefix4('172.16.0.10')], dstPorts: [{ from: 445, to: 445 }] }),
    );
    rules.push(rule('deny', {}));
    const compiled = compileFilter(new PacketSpace(), filter(rules));
    expect(compiled.unreachableLines()).toEqual([]);
  });
});

describe('redundantLines', () => {
  it('finds lines whose packets the later lines or the default treat the same way', () => {
    const acl = filter([
      rule('permit', { protocol: 6, src: [prefix4('10.0.0.5')], dstPorts: [{ from: 80, to: 80 }] }), // later permit covers it
      rule('deny', { protocol: 6, src: [prefix4('10.0.0.6')] }), // needed: the next line would permit
      rule('permit', { protocol: 6, src: [prefix4('10.0.0.0/24')] }),
      rule('deny', { src: [prefix4('10.9.0.0/16')] }), // the default denies these anyway
    ]);
    const compiled = compileFilter(new PacketSpace(), acl);
    expect(compiled.redundantLines()).toEqual([0, 3]);
  });

  it('removing a redundant line leaves permitted unchanged, removing another line does not', () => {
    const space = new PacketSpace();
    const rules = [
      rule('deny', { protocol: 17, dst: [prefix4('10.0.0.0/8')], dstPorts: [{ from: 53, to: 53 }] }),
      rule('permit', { protocol: 17, dst: [prefix4('10.0.0.0/8')] }),
      rule('permit', { protocol: 17, dst: [prefix4('10.1.0.0/16')], dstPorts: [{ from: 123, to: 123 }] }),
      rule('deny', {}),
    ];
    const compiled = compileFilter(space, filter(rules, { defaultAction: 'deny' }));
    const redundant = compiled.redundantLines();
    for (let i = 0; i < rules.length; i++) {
      const without = compileFilter(space, filter(rules.filter((_, j) => j !== i)));
      const same = without.permitted.equals(compiled.permitted);
      expect(same).toBe(redundant.includes(i) || !compiled.lines[i]!.reachable);
    }
  });
});
