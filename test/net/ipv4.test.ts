import { describe, expect, it } from 'vitest';
import { Address4 } from 'ip-address';
import {
  formatIpv4,
  ipv4LastAddress,
  ipv4Mask,
  ipv4MaskToLength,
  ipv4NetworkAddress,
  ipv4PrefixContains,
  ipv4PrefixesOverlap,
  ipv4Wildcard,
  ipv4WildcardMatches,
  ipv4WildcardToLength,
  parseIpv4,
} from '../../src/net/ipv4.js';

const ip = (text: string): number => {
  const value = parseIpv4(text);
  if (value === undefined) throw new Error(`test address ${text} did not parse`);
  return value;
};

describe('parseIpv4', () => {
  it('reads dotted quads as unsigned 32-bit numbers', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('10.0.0.1')).toBe(0x0a000001);
    expect(parseIpv4('192.168.1.254')).toBe(0xc0a801fe);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
  });

  it.each(['010.0.0.1', '1.2.3', '256.1.1.1', '1.2.3.4.5', '1..2.3', '', '1.2.3.', '.1.2.3', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.-4', '1.2.3.a', '00.1.2.3', '1.2.3.0400', '10.0.0.0/8', '１.２.３.４'])(
    'rejects %j',
    (text) => {
      expect(parseIpv4(text)).toBeUndefined();
    },
  );

  it('accepts exactly what ip-address Address4.isValid accepts for bare addresses', () => {
    const samples = ['1.2.3.4', '0.0.0.0', '01.2.3.4', '1.2.3.04', '255.255.255.255', '255.255.255.256', '1.2.3', '1.2.3.4.', 'a.b.c.d', '9.09.9.9', '100.200.0.1'];
    for (const text of samples) expect(parseIpv4(text) !== undefined, text).toBe(Address4.isValid(text));
  });

  it('formats back to the same text', () => {
    for (const text of ['0.0.0.0', '10.0.0.1', '172.16.254.3', '255.255.255.255']) expect(formatIpv4(ip(text))).toBe(text);
  });
});

describe('masks and prefix lengths', () => {
  it('converts prefix lengths to masks at the edges', () => {
    expect(formatIpv4(ipv4Mask(0))).toBe('0.0.0.0');
    expect(formatIpv4(ipv4Mask(1))).toBe('128.0.0.0');
    expect(formatIpv4(ipv4Mask(24))).toBe('255.255.255.0');
    expect(formatIpv4(ipv4Mask(31))).toBe('255.255.255.254');
    expect(formatIpv4(ipv4Mask(32))).toBe('255.255.255.255');
  });

  it('round-trips every prefix length', () => {
    for (let length = 0; length <= 32; length++) expect(ipv4MaskToLength(ipv4Mask(length))).toBe(length);
  });

  it('rejects non-contiguous masks', () => {
    expect(ipv4MaskToLength(ip('255.0.255.0'))).toBeUndefined();
    expect(ipv4MaskToLength(ip('0.255.255.255'))).toBeUndefined();
    expect(ipv4MaskToLength(ip('255.255.255.253'))).toBeUndefined();
  });
});

describe('wildcards', () => {
  it('converts contiguous wildcards to prefix lengths and back', () => {
    expect(formatIpv4(ipv4Wildcard(24))).toBe('0.0.0.255');
    expect(ipv4WildcardToLength(ip('0.0.0.255'))).toBe(24);
    expect(ipv4WildcardToLength(ip('0.0.0.0'))).toBe(32);
    expect(ipv4WildcardToLength(ip('255.255.255.255'))).toBe(0);
    expect(ipv4WildcardToLength(ip('0.0.255.0'))).toBeUndefined();
  });

  it('matches discontiguous wildcards bit by bit', () => {
    // 10.0.x.5 for every x: the third octet is "don't care".
    const base = ip('10.0.0.5');
    const wildcard = ip('0.0.255.0');
    expect(ipv4WildcardMatches(base, wildcard, ip('10.0.77.5'))).toBe(true);
    expect(ipv4WildcardMatches(base, wildcard, ip('10.0.77.6'))).toBe(false);
    expect(ipv4WildcardMatches(base, wildcard, ip('10.1.0.5'))).toBe(false);
    expect(ipv4WildcardMatches(ip('0.0.0.0'), ip('255.255.255.255'), ip('203.0.113.9'))).toBe(true);
  });
});

describe('prefix arithmetic', () => {
  it('computes network and last addresses', () => {
    expect(formatIpv4(ipv4NetworkAddress(ip('192.168.1.77'), 24))).toBe('192.168.1.0');
    expect(formatIpv4(ipv4LastAddress(ip('192.168.1.77'), 24))).toBe('192.168.1.255');
    expect(formatIpv4(ipv4NetworkAddress(ip('192.168.1.77'), 0))).toBe('0.0.0.0');
    expect(formatIpv4(ipv4LastAddress(ip('192.168.1.77'), 0))).toBe('255.255.255.255');
    expect(formatIpv4(ipv4NetworkAddress(ip('192.168.1.77'), 32))).toBe('192.168.1.77');
    expect(formatIpv4(ipv4NetworkAddress(ip('255.255.255.255'), 1))).toBe('128.0.0.0');
  });

  it('tells containment', () => {
    expect(ipv4PrefixContains(ip('10.0.0.0'), 8, ip('10.255.1.2'))).toBe(true);
    expect(ipv4PrefixContains(ip('10.0.0.0'), 8, ip('11.0.0.0'))).toBe(false);
    expect(ipv4PrefixContains(ip('0.0.0.0'), 0, ip('203.0.113.1'))).toBe(true);
    expect(ipv4PrefixContains(ip('192.168.1.1'), 32, ip('192.168.1.1'))).toBe(true);
    expect(ipv4PrefixContains(ip('192.168.1.1'), 32, ip('192.168.1.2'))).toBe(false);
  });

  it('tells overlap of nested and disjoint prefixes', () => {
    expect(ipv4PrefixesOverlap(ip('10.0.0.0'), 8, ip('10.1.0.0'), 16)).toBe(true);
    expect(ipv4PrefixesOverlap(ip('10.1.0.0'), 16, ip('10.0.0.0'), 8)).toBe(true);
    expect(ipv4PrefixesOverlap(ip('10.1.0.0'), 16, ip('10.2.0.0'), 16)).toBe(false);
    expect(ipv4PrefixesOverlap(ip('192.168.0.0'), 25, ip('192.168.0.128'), 25)).toBe(false);
    expect(ipv4PrefixesOverlap(ip('0.0.0.0'), 0, ip('192.168.0.128'), 25)).toBe(true);
  });
});
