import { describe, expect, it } from 'vitest';
import { parseRegisterDate } from '../../src/inventory/register-date.js';

describe('parseRegisterDate', () => {
  it('reads western dates with -, / or . and 年月日', () => {
    expect(parseRegisterDate('2026-04-01')).toBe('2026-04-01');
    expect(parseRegisterDate('2026/4/1')).toBe('2026-04-01');
    expect(parseRegisterDate('2026.12.31')).toBe('2026-12-31');
    expect(parseRegisterDate('2026年4月1日')).toBe('2026-04-01');
    expect(parseRegisterDate(' ２０２６／４／１ ')).toBe('2026-04-01');
  });

  it('reads 和暦: R/H abbreviations, 令和/平成, 元年 and full-width digits', () => {
    expect(parseRegisterDate('R8.4.1')).toBe('2026-04-01');
    expect(parseRegisterDate('r8/4/1')).toBe('2026-04-01');
    expect(parseRegisterDate('令和8年4月1日')).toBe('2026-04-01');
    expect(parseRegisterDate('令和８年４月１日')).toBe('2026-04-01');
    expect(parseRegisterDate('Ｒ８．４．１')).toBe('2026-04-01');
    expect(parseRegisterDate('令和 8年 4月 1日')).toBe('2026-04-01');
    expect(parseRegisterDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseRegisterDate('R1.5.1')).toBe('2019-05-01');
    expect(parseRegisterDate('H31.4.30')).toBe('2019-04-30');
    expect(parseRegisterDate('平成元年1月8日')).toBe('1989-01-08');
    expect(parseRegisterDate('平成30年3月31日')).toBe('2018-03-31');
  });

  it('knows leap years', () => {
    expect(parseRegisterDate('2028-02-29')).toBe('2028-02-29');
    expect(parseRegisterDate('R10.2.29')).toBe('2028-02-29');
    expect(parseRegisterDate('2027-02-29')).toEqual({ error: expect.stringContaining('"2027-02-29" is not a calendar date') });
  });

  it('rejects days outside the era', () => {
    expect(parseRegisterDate('R1.4.30')).toEqual({ error: expect.stringContaining('outside the 令和 era (from 2019-05-01)') });
    expect(parseRegisterDate('H31.5.1')).toEqual({ error: expect.stringContaining('outside the 平成 era (1989-01-08 – 2019-04-30)') });
    expect(parseRegisterDate('平成元年1月7日')).toEqual({ error: expect.stringContaining('（1989-01-07）は平成の期間外です') });
    expect(parseRegisterDate('R0.5.1')).toEqual({ error: expect.stringContaining('era year 0 does not exist') });
  });

  it('rejects anything else, with the accepted forms in the message', () => {
    for (const text of ['', '4/1', '2026-13-01', '2026-04-00', '26/4/1', '2026年4月1', 'S60.1.1', 'R8.4', '2026-04-01T00:00', 'tomorrow']) {
      const result = parseRegisterDate(text);
      expect(result, text).toEqual({ error: expect.stringContaining(`"${text}"`) });
    }
    expect(parseRegisterDate('4/1')).toEqual({ error: expect.stringContaining('write 2026-04-01, 2026/4/1, R8.4.1, 令和8年4月1日') });
    expect(parseRegisterDate('46113')).toEqual({ error: expect.stringContaining('Excel date serial number') });
  });
});
