import { describe, expect, it } from 'vitest';
import { parseVlanId, parseVlanList } from '../../src/net/vlan.js';

describe('parseVlanId', () => {
  it('accepts 1–4094', () => {
    expect(parseVlanId('1')).toBe(1);
    expect(parseVlanId(' 10 ')).toBe(10);
    expect(parseVlanId('4094')).toBe(4094);
  });

  it.each(['0', '4095', '65535', '-1', '10a', '', '1.5', '10,20'])('rejects %j', (text) => {
    expect(parseVlanId(text)).toBeUndefined();
  });
});

describe('parseVlanList', () => {
  it('expands ranges, sorts and removes repeats', () => {
    expect(parseVlanList('10,20-23')).toEqual([10, 20, 21, 22, 23]);
    expect(parseVlanList('30, 10 ,10-11')).toEqual([10, 11, 30]);
    expect(parseVlanList('5')).toEqual([5]);
    expect(parseVlanList('1-4094')).toHaveLength(4094);
  });

  it.each([
    ['10,,20', 'not a VLAN id'],
    ['0-5', 'not a VLAN id'],
    ['4000-4095', 'not a VLAN id'],
    ['30-20', 'backwards'],
    ['10-', 'not a VLAN id'],
    ['a', 'not a VLAN id'],
    ['', 'not a VLAN id'],
  ])('rejects %j', (text, reason) => {
    const result = parseVlanList(text);
    expect('error' in result && result.error).toContain(reason);
  });
});
