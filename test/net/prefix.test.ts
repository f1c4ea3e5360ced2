import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatPrefix,
  hasHostBits,
  parsePrefix,
  prefixContains,
  prefixesOverlap,
  prefixNetwork,
} from '../../src/net/prefix.js';
import type { Prefix } from '../../src/net/prefix.js';

const prefix = (text: string): Prefix => {
  const p = parsePrefix(text);
  if ('error' in p) throw new Error(`test prefix ${text}: ${p.error}`);
  return p;
};

describe('parsePrefix', () => {
  it.each([
    ['10.0.0.0/8', '10.0.0.0/8'],
    ['10.0.0.0 255.0.0.0', '10.0.0.0/8'],
    ['10.0.0.0   255.0.0.0', '10.0.0.0/8'],
    ['10.0.0.0/255.0.0.0', '10.0.0.0/8'],
    ['192.168.1.1', '192.168.1.1/32'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['0.0.0.0 0.0.0.0', '0.0.0.0/0'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:DB8::1', '2001:db8::1/128'],
    ['::/0', '::/0'],
    [' 10.1.2.0/24 ', '10.1.2.0/24'],
  ])('reads %j as %s', (text, expected) => {
    expect(formatPrefix(prefix(text))).toBe(expected);
  });

  it('tags the family and keeps numbers exact', () => {
    expect(prefix('10.0.0.0/8')).toEqual({ family: 4, address: 0x0a000000, length: 8 });
    expect(prefix('2001:db8::/32')).toEqual({ family: 6, address: 0x20010db8n << 96n, length: 32 });
  });

  it.each([
    ['10.0.0.300/24', 'not an IPv4 or IPv6 address'],
    ['010.0.0.1', 'not an IPv4 or IPv6 address'],
    ['1.2.3', 'not an IPv4 or IPv6 address'],
    ['256.1.1.1/32', 'not an IPv4 or IPv6 address'],
    ['10.0.0.0 255.0.255.0', 'contiguous netmask'],
    ['10.0.0.0 0.0.0.255', 'contiguous netmask'],
    ['10.0.0.0/33', 'prefix length'],
    ['10.0.0.0/08', 'prefix length'],
    ['10.0.0.0/', 'prefix length'],
    ['10.0.0.0/8/8', 'prefix length'],
    ['2001:db8::/129', 'IPv6 prefix length'],
    ['2001:db8::/ffff::', 'IPv6 prefix length'],
    ['', 'empty'],
    ['any', 'not an IPv4 or IPv6 address'],
  ])('rejects %j as a value, not an exception', (text, reason) => {
    const result = parsePrefix(text);
    expect('error' in result && result.error).toContain(reason);
  });

  it('keeps host bits until asked to clear them', () => {
    const p = prefix('10.1.2.3/24');
    expect(hasHostBits(p)).toBe(true);
    expect(formatPrefix(p)).toBe('10.1.2.3/24');
    expect(formatPrefix(prefixNetwork(p))).toBe('10.1.2.0/24');
    expect(hasHostBits(prefixNetwork(p))).toBe(false);
    expect(formatPrefix(prefixNetwork(prefix('2001:db8::1/64')))).toBe('2001:db8::/64');
  });
});

describe('containment and overlap', () => {
  it('contains hosts and nested prefixes of the same family only', () => {
    expect(prefixContains(prefix('10.0.0.0/8'), prefix('10.2.3.4'))).toBe(true);
    expect(prefixContains(prefix('10.0.0.0/8'), prefix('10.2.0.0/16'))).toBe(true);
    expect(prefixContains(prefix('10.2.0.0/16'), prefix('10.0.0.0/8'))).toBe(false);
    expect(prefixContains(prefix('0.0.0.0/0'), prefix('2001:db8::1'))).toBe(false);
    expect(prefixContains(prefix('::/0'), prefix('2001:db8::1'))).toBe(true);
  });

  it('overlaps when one nests in the other', () => {
    expect(prefixesOverlap(prefix('10.2.0.0/16'), prefix('10.0.0.0/8'))).toBe(true);
    expect(prefixesOverlap(prefix('10.2.0.0/16'), prefix('10.3.0.0/16'))).toBe(false);
    expect(prefixesOverlap(prefix('2001:db8::/32'), prefix('2001:db8:1::/48'))).toBe(true);
    expect(prefixesOverlap(prefix('::/0'), prefix('0.0.0.0/0'))).toBe(false);
  });
});

describe('real configs', () => {
  it('reads every `ip address A M` of the Cisco IOS corpus', () => {
    const repoRoot = resolve(import.meta.dirname, '../..');
    const dir = resolve(repoRoot, '../shared/corpus/cisco_ios');
    let seen = 0;
    for (const name of readdirSync(dir)) {
      const text = readFileSync(resolve(dir, name), 'latin1');
      for (const m of text.matchAll(/^\s*ip address (\d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+)\s*(secondary)?\s*$/gm)) {
        const p = parsePrefix(m[1]!);
        expect('error' in p ? `${name}: ${m[1]}: ${p.error}` : '').toBe('');
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
