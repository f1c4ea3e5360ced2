import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidingRule, evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import { overlappingEarlierLines } from '../../../src/analysis/packet/line-index.js';
import { envelopeHolds, envelopesOverlap, matchEnvelope } from '../../../src/analysis/packet/match-envelope.js';
import { type Packet, packetAssignment } from '../../../src/analysis/packet/packet.js';
import { PacketSpace, type PacketSet } from '../../../src/analysis/packet/packet-set.js';
import type { AddressMatch, Filter, FilterRule, Match, PortRange } from '../../../src/model/index.js';
import { formatIpv4, ipv4NetworkAddress, parseIpv4 } from '../../../src/net/ipv4.js';
import { filter } from './helpers.js';

/*
 * Random small ACLs against a plain first-match evaluator. Addresses, ports and protocols come from
 * small pools so that lines overlap, nest and shadow each other often, and packets come from the
 * same pools (plus the edges of each prefix) so that they land on and next to every boundary.
 */

const V4_BASES = ['10.0.0.0', '10.0.0.128', '10.0.1.0', '10.1.0.0', '192.168.0.0', '0.0.0.0'];
const V4_LENGTHS = [0, 8, 16, 23, 24, 25, 30, 32];
const V4_WILDCARDS = ['0.0.0.255', '0.0.254.0', '0.255.0.255', '255.0.0.0', '0.0.0.1', '0.0.1.128'];
const V4_HOSTS = ['10.0.0.0', '10.0.0.1', '10.0.0.127', '10.0.0.128', '10.0.0.255', '10.0.1.0', '10.0.1.1', '10.0.2.1',
  '10.0.254.1', '10.1.0.0', '10.1.255.255', '10.2.0.1', '192.168.0.1', '192.168.1.0', '11.0.0.0', '0.0.0.0', '255.255.255.255'];
const V6_PREFIXES: [string, number][] = [['2001:db8::', 32], ['2001:db8:1::', 48], ['2001:db8:1::', 64], ['2001:db8:1::1', 128], ['fe80::', 10], ['::', 0]];
const V6_HOSTS = ['2001:db8::1', '2001:db8:1::1', '2001:db8:1::2', '2001:db8:1:0:1::', '2001:db9::1', 'fe80::1', '::1'];
const PORTS = [0, 22, 53, 79, 80, 81, 443, 1023, 1024, 8080, 65535];
const PROTOCOLS = [1, 6, 17, 47, 58, 89];
const MACS = ['00:11:22:33:44:55', '00:11:22:33:44:56', '00:11:22:aa:bb:cc', 'aa:bb:cc:00:00:01'];

const v4Address: fc.Arbitrary<AddressMatch> = fc.oneof(
  fc.constant<AddressMatch>({ kind: 'any', family: 4 }),
  fc.record({ address: fc.constantFrom(...V4_BASES), length: fc.constantFrom(...V4_LENGTHS) }).map(
    ({ address, length }): AddressMatch => ({ kind: 'prefix', address, length, family: 4 }),
  ),
  fc.record({ address: fc.constantFrom(...V4_HOSTS), wildcard: fc.constantFrom(...V4_WILDCARDS) }).map(
    ({ address, wildcard }): AddressMatch => ({ kind: 'wildcard', address, wildcard, family: 4 }),
  ),
  fc.tuple(fc.constantFrom(...V4_HOSTS), fc.constantFrom(...V4_HOSTS)).map(
    ([first, last]): AddressMatch => ({ kind: 'range', first, last, family: 4 }),
  ),
  fc.constant<AddressMatch>({ kind: 'unresolved', name: 'MISSING' }),
);

const v6Address: fc.Arbitrary<AddressMatch> = fc.oneof(
  fc.constant<AddressMatch>({ kind: 'any', family: 6 }),
  fc.constantFrom(...V6_PREFIXES).map(([address, length]): AddressMatch => ({ kind: 'prefix', address, length, family: 6 })),
  fc.tuple(fc.constantFrom(...V6_HOSTS), fc.constantFrom(...V6_HOSTS)).map(
    ([first, last]): AddressMatch => ({ kind: 'range', first, last, family: 6 }),
  ),
);

/** `arbitrary` in `percent` % of the cases, else undefined. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 100 - percent }, { arbitrary, weight: percent });
}

const portRange: fc.Arbitrary<PortRange> = fc
  .tuple(fc.constantFrom(...PORTS), fc.constantFrom(...PORTS))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));

function matchOf(address: fc.Arbitrary<AddressMatch>, family: 4 | 6): fc.Arbitrary<Match> {
  const icmp = family === 4 ? 1 : 58;
  return fc
    .record({
      protocol: fc.constantFrom(undefined, ...PROTOCOLS),
      src: fc.array(address, { minLength: 1, maxLength: 2 }),
      dst: fc.array(address, { minLength: 1, maxLength: 2 }),
      dstPorts: sometimes(fc.array(portRange, { minLength: 1, maxLength: 2 }), 50),
      srcPorts: sometimes(fc.array(portRange, { minLength: 1, maxLength: 1 }), 15),
      icmp: sometimes(fc.array(fc.record({ type: fc.constantFrom(0, 3, 8, 128), code: fc.constantFrom(undefined, 0, 1) }), { minLength: 1, maxLength: 2 }), 40),
      established: sometimes(fc.constant(true), 25),
      srcMac: sometimes(fc.array(fc.record({ mac: fc.constantFrom(...MACS), wildcard: fc.constantFrom(undefined, '00:00:00:ff:ff:ff') }), { minLength: 1, maxLength: 1 }), 15),
    })
    .map((m) => {
      const match: Match = { protocol: m.protocol, src: m.src, dst: m.dst };
      // Mostly the shapes vendors produce (ports with TCP/UDP, ICMP types with ICMP), sometimes not.
      const portsFit = m.protocol === 6 || m.protocol === 17 || m.protocol === undefined;
      if (m.dstPorts && portsFit) match.dstPorts = m.dstPorts;
      if (m.srcPorts && portsFit) match.srcPorts = m.srcPorts;
      if (m.icmp && (m.protocol === icmp || m.protocol === undefined)) match.icmp = m.icmp.map((e) => (e.code === undefined ? { type: e.type } : { type: e.type, code: e.code }));
      if (m.established && (m.protocol === 6 || m.protocol === undefined)) match.established = true;
      if (m.srcMac) match.srcMac = m.srcMac.map((e) => (e.wildcard ? e : { mac: e.mac }));
      return match;
    });
}

function ruleOf(match: fc.Arbitrary<Match>): fc.Arbitrary<FilterRule> {
  return fc
    .record({ action: fc.constantFrom<'permit' | 'deny'>('permit', 'deny'), match, disabled: sometimes(fc.constant(true), 10) })
    .map(({ action, match: m, disabled }) => ({
      action,
      match: m,
      ...(disabled ? { disabled: true } : {}),
      source: { file: 'prop.cfg', line: 1, text: '' },
    }));
}

function filterOf(family: 4 | 6): fc.Arbitrary<Filter> {
  const address = family === 4 ? v4Address : v6Address;
  return fc
    .record({
      rules: fc.array(ruleOf(matchOf(address, family)), { minLength: 1, maxLength: 8 }),
      defaultAction: fc.constantFrom<'permit' | 'deny'>('permit', 'deny'),
    })
    .map(({ rules, defaultAction }) => filter(rules, { family: family === 4 ? 'ipv4' : 'ipv6', defaultAction }));
}

function packetOf(family: 4 | 6): fc.Arbitrary<Packet> {
  const hosts = family === 4 ? V4_HOSTS : V6_HOSTS;
  return fc
    .record({
      srcIp: fc.constantFrom(...hosts),
      dstIp: fc.constantFrom(...hosts),
      protocol: fc.constantFrom(...PROTOCOLS),
      srcPort: fc.constantFrom(...PORTS),
      dstPort: fc.constantFrom(...PORTS),
      icmpType: fc.constantFrom(0, 3, 8, 128, 200),
      icmpCode: fc.constantFrom(0, 1, 2),
      established: fc.boolean(),
      srcMac: fc.constantFrom(...MACS),
    })
    .map((p) => ({ family, ...p }));
}

/** Packets of either family, so that the family rule of filters is exercised too. */
const anyPacket = fc.oneof(packetOf(4), packetOf(6));

describe('compiled filters agree with the plain first-match evaluator', () => {
  for (const family of [4, 6] as const) {
    it(`IPv${family}: permitted and decide() for random ACLs and packets`, () => {
      fc.assert(
        fc.property(filterOf(family), fc.array(anyPacket, { minLength: 1, maxLength: 20 }), (acl, packets) => {
          const compiled = compileFilter(new PacketSpace(), acl);
          for (const p of packets) {
            expect(compiled.permitted.contains(p)).toBe(evaluateFilter(acl, p) === 'permit');
            expect(compiled.decide(p)).toBe(decidingRule(acl, p));
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('lines decide disjoint sets that, with the unmatched ones, make up the judged packets', () => {
    fc.assert(
      fc.property(filterOf(4), fc.array(packetOf(4), { minLength: 1, maxLength: 10 }), (acl, packets) => {
        const compiled = compileFilter(new PacketSpace(), acl);
        let seen = compiled.unmatched;
        for (const line of compiled.lines) {
          expect(line.decides().overlaps(seen)).toBe(false);
          seen = seen.union(line.decides());
        }
        expect(seen.equals(compiled.judged)).toBe(true);
        for (const p of packets) {
          const decision = decidingRule(acl, p);
          for (const line of compiled.lines) expect(line.decides().contains(p)).toBe(decision === line.index);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('unreachable and redundant lines', () => {
  it('a line is unreachable exactly when the earlier lines take all its packets, and its blockers cover it', () => {
    fc.assert(
      fc.property(filterOf(4), (acl) => {
        const space = new PacketSpace();
        const compiled = compileFilter(space, acl);
        // Independent check with plain set operations over the whole filter.
        let unmatched = compiled.judged;
        const expected: number[] = [];
        acl.rules.forEach((rule, i) => {
          if (rule.disabled) return;
          const match = space.fromMatch(rule.match).intersect(compiled.judged);
          if (match.intersect(unmatched).isEmpty()) expected.push(i);
          unmatched = unmatched.subtract(match);
        });
        const unreachable = compiled.unreachableLines();
        expect(unreachable.map((u) => u.line)).toEqual(expected);
        for (const u of unreachable) {
          const match = compiled.lines[u.line]!.match;
          expect(u.reason).toBe(match.isEmpty() ? 'empty-match' : 'blocked');
          if (u.reason === 'empty-match') continue;
          let covered = space.none();
          for (const b of u.blockers) {
            expect(b).toBeLessThan(u.line);
            covered = covered.union(compiled.lines[b]!.match);
          }
          expect(match.isSubsetOf(covered)).toBe(true);
          const overlapping = acl.rules.flatMap((r, j) => (j < u.line && !r.disabled && compiled.lines[j]!.match.overlaps(match) ? [j] : []));
          expect([...u.overlapping].sort((a, b) => a - b)).toEqual(overlapping);
          expect(u.differentAction).toBe(u.blockers.some((b) => acl.rules[b]!.action !== u.action));
          if (overlapping.some((j) => acl.rules[j]!.action !== u.action)) expect(u.differentAction).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a reachable line is redundant exactly when removing it leaves permitted unchanged', () => {
    fc.assert(
      fc.property(filterOf(4), (acl) => {
        const space = new PacketSpace();
        const compiled = compileFilter(space, acl);
        const redundant = compiled.redundantLines();
        compiled.lines.forEach((line) => {
          if (!line.reachable) return;
          const without = compileFilter(space, { ...acl, rules: acl.rules.filter((_, j) => j !== line.index) });
          expect(redundant.includes(line.index)).toBe(without.permitted.equals(compiled.permitted));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a line shadowed only by the union of earlier lines is found with every needed blocker', () => {
    // Two halves of a random prefix, each denied on its own, then the whole prefix permitted.
    fc.assert(
      fc.property(fc.constantFrom(...V4_BASES.filter((b) => b !== '0.0.0.0')), fc.integer({ min: 8, max: 30 }), (base, length) => {
        const half = (address: string): AddressMatch => ({ kind: 'prefix', address, length: length + 1, family: 4 });
        const value = ipv4NetworkAddress(parseIpv4(base)!, length);
        const upper = value + 2 ** (31 - length);
        const text = formatIpv4;
        const rules: FilterRule[] = [
          { action: 'deny', match: { protocol: 6, src: [half(text(value))], dst: [{ kind: 'any', family: 4 }] }, source: { file: 'p', line: 1, text: '' } },
          { action: 'deny', match: { protocol: 6, src: [half(text(upper))], dst: [{ kind: 'any', family: 4 }] }, source: { file: 'p', line: 2, text: '' } },
          { action: 'permit', match: { protocol: 6, src: [{ kind: 'prefix', address: text(value), length, family: 4 }], dst: [{ kind: 'any', family: 4 }], dstPorts: [{ from: 443, to: 443 }] }, source: { file: 'p', line: 3, text: '' } },
        ];
        const [blocked] = compileFilter(new PacketSpace(), filter(rules)).unreachableLines();
        expect(blocked).toMatchObject({ line: 2, reason: 'blocked', differentAction: true });
        expect([...blocked!.blockers].sort()).toEqual([0, 1]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('envelopes and the line index (the shortcuts behind per-line answers)', () => {
  it('a packet in a match lies inside the match envelope', () => {
    fc.assert(
      fc.property(matchOf(fc.oneof(v4Address, v6Address), 4), fc.array(anyPacket, { minLength: 1, maxLength: 20 }), (m, packets) => {
        const space = new PacketSpace();
        const set = space.fromMatch(m);
        const envelope = matchEnvelope(m, undefined);
        for (const p of packets) if (set.contains(p)) expect(envelopeHolds(envelope, packetAssignment(p))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the index finds every earlier line whose envelope overlaps', () => {
    fc.assert(
      fc.property(fc.array(matchOf(fc.oneof(v4Address, v6Address), 4), { minLength: 1, maxLength: 30 }), (matches) => {
        const envelopes = matches.map((m) => matchEnvelope(m, undefined));
        const found = overlappingEarlierLines(envelopes);
        envelopes.forEach((e, i) => {
          const expected = envelopes.flatMap((other, j) => (j < i && e.families !== 0 && envelopesOverlap(other, e) ? [j] : []));
          expect(found[i]).toEqual(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('set laws', () => {
  const setsAndPackets = fc.tuple(
    fc.array(matchOf(v4Address, 4), { minLength: 3, maxLength: 3 }),
    fc.array(packetOf(4), { minLength: 1, maxLength: 10 }),
  );

  it('union and intersection commute and associate; De Morgan; difference; double complement', () => {
    fc.assert(
      fc.property(setsAndPackets, ([matches, packets]) => {
        const space = new PacketSpace();
        const [a, b, c] = matches.map((m) => space.fromMatch(m)) as [PacketSet, PacketSet, PacketSet];
        expect(a.union(b).equals(b.union(a))).toBe(true);
        expect(a.intersect(b).equals(b.intersect(a))).toBe(true);
        expect(a.union(b).union(c).equals(a.union(b.union(c)))).toBe(true);
        expect(a.intersect(b).intersect(c).equals(a.intersect(b.intersect(c)))).toBe(true);
        expect(a.intersect(b.union(c)).equals(a.intersect(b).union(a.intersect(c)))).toBe(true);
        expect(a.union(b).complement().equals(a.complement().intersect(b.complement()))).toBe(true);
        expect(a.intersect(b).complement().equals(a.complement().union(b.complement()))).toBe(true);
        expect(a.subtract(b).intersect(b).isEmpty()).toBe(true);
        expect(a.subtract(b).union(a.intersect(b)).equals(a)).toBe(true);
        expect(a.complement().complement().equals(a)).toBe(true);
        expect(a.intersect(b).isSubsetOf(a)).toBe(true);
        expect(a.overlaps(b)).toBe(!a.intersect(b).isEmpty());
        // The operations mean what they say on concrete packets.
        for (const p of packets) {
          expect(a.union(b).contains(p)).toBe(a.contains(p) || b.contains(p));
          expect(a.intersect(b).contains(p)).toBe(a.contains(p) && b.contains(p));
          expect(a.subtract(b).contains(p)).toBe(a.contains(p) && !b.contains(p));
        }
        // Sizes add up: |a ∪ b| + |a ∩ b| = |a| + |b|.
        const count = (s: PacketSet) => space.bdd.satCount(s.node);
        expect(count(a.union(b)) + count(a.intersect(b))).toBe(count(a) + count(b));
      }),
      { numRuns: 150 },
    );
  });

  it('example() lies in the set and describe() lists something exactly when the set is non-empty', () => {
    fc.assert(
      fc.property(fc.array(matchOf(fc.oneof(v4Address, v6Address), 4), { minLength: 1, maxLength: 3 }), (matches) => {
        const space = new PacketSpace();
        const set = matches.reduce((s, m) => s.union(space.fromMatch(m)), space.none());
        const example = set.example();
        if (set.isEmpty()) {
          expect(example).toBeUndefined();
          expect(set.describe().classes).toEqual([]);
        } else {
          expect(set.contains(example!)).toBe(true);
          expect(set.describe().classes.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
