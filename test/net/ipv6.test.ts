import { describe, expect, it } from 'vitest';
import {
  formatIpv6,
  ipv6LastAddress,
  ipv6Mask,
  ipv6MaskToLength,
  ipv6NetworkAddress,
  ipv6PrefixContains,
  ipv6PrefixesOverlap,
  parseIpv6,
} from '../../src/net/ipv6.js';

const ip = (text: string): bigint => {
  const value = parseIpv6(text);
  if (value === undefined) throw new Error(`test address ${text} did not parse`);
  return value;
};

describe('parseIpv6', () => {
  it('reads full, elided and embedded-IPv4 forms', () => {
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('2001:db8::1')).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6('::ffff:192.0.2.1')).toBe(0xffffc0000201n);
    expect(parseIpv6('64:ff9b::192.0.2.33')).toBe(0x0064ff9b0000000000000000c0000221n);
    expect(parseIpv6('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toBe((1n << 128n) - 1n);
  });

  it.each(['1::2::3', '1:2:3:4:5:6:7:8:9', '2001:db8::g', '12345::', '::ffff:010.0.0.1', '::ffff:1.2.3', '2001:db8::/32', 'fe80::1%eth0', '10.0.0.1', '', ' ::1'])(
    'rejects %j',
    (text) => {
      expect(parseIpv6(text)).toBeUndefined();
    },
  );

  it('formats in RFC 5952 form', () => {
    expect(formatIpv6(ip('2001:0DB8:0:0:0:0:0:1'))).toBe('2001:db8::1');
    expect(formatIpv6(0n)).toBe('::');
    expect(formatIpv6(ip('2001:db8:0:1:0:0:0:0'))).toBe('2001:db8:0:1::');
  });
});

describe('IPv6 prefix arithmetic', () => {
  it('converts between masks and prefix lengths', () => {
    for (const length of [0, 1, 32, 64, 127, 128]) expect(ipv6MaskToLength(ipv6Mask(length))).toBe(length);
    expect(formatIpv6(ipv6Mask(32))).toBe('ffff:ffff::');
    expect(ipv6MaskToLength(ip('ffff:0:ffff::'))).toBeUndefined();
  });

  it('computes network and last addresses', () => {
    expect(formatIpv6(ipv6NetworkAddress(ip('2001:db8:1:2:3:4:5:6'), 48))).toBe('2001:db8:1::');
    expect(formatIpv6(ipv6LastAddress(ip('2001:db8:1::'), 48))).toBe('2001:db8:1:ffff:ffff:ffff:ffff:ffff');
    expect(ipv6NetworkAddress(ip('2001:db8::1'), 0)).toBe(0n);
    expect(ipv6NetworkAddress(ip('2001:db8::1'), 128)).toBe(ip('2001:db8::1'));
  });

  it('tells containment and overlap', () => {
    expect(ipv6PrefixContains(ip('2001:db8::'), 32, ip('2001:db8:ffff::1'))).toBe(true);
    expect(ipv6PrefixContains(ip('2001:db8::'), 32, ip('2001:db9::1'))).toBe(false);
    expect(ipv6PrefixesOverlap(ip('2001:db8::'), 32, ip('2001:db8:5::'), 48)).toBe(true);
    expect(ipv6PrefixesOverlap(ip('2001:db8:4::'), 48, ip('2001:db8:5::'), 48)).toBe(false);
  });
});
