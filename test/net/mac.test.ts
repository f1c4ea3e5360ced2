import { describe, expect, it } from 'vitest';
import { normalizeMac } from '../../src/net/mac.js';

describe('normalizeMac', () => {
  it.each([
    '0011.2233.4455',
    '00:11:22:33:44:55',
    '00-11-22-33-44-55',
    '0011-2233-4455',
    '001122-334455',
    '001122334455',
    ' 00:11:22:33:44:55 ',
  ])('normalises %j', (text) => {
    expect(normalizeMac(text)).toBe('00:11:22:33:44:55');
  });

  it('lower-cases hex digits', () => {
    expect(normalizeMac('AABB.CCDD.EEFF')).toBe('aa:bb:cc:dd:ee:ff');
    expect(normalizeMac('AA:BB:CC:DD:EE:0F')).toBe('aa:bb:cc:dd:ee:0f');
  });

  it.each(['0011.2233.445', '00:11:22:33:44', '00:11:22:33:44:55:66', '00:11-22:33:44:55', '0011.2233-4455', 'gg:11:22:33:44:55', '', '0:1:2:3:4:5'])(
    'rejects %j',
    (text) => {
      expect(normalizeMac(text)).toBeUndefined();
    },
  );
});
