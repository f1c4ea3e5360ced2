import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'banners.cfg';
const result = parseFixture(FILE);
const { device } = result;

describe('Cisco IOS banners', () => {
  it('understands every line, and every banner line counts as modelled', () => {
    expectFullyUnderstood(result);
    expect(device.stats).toEqual({ lines: 15, modelled: 13, ignored: 2, unrecognized: 0 });
  });

  it('reads ^C, single-character and \\x03 delimiters, on one line or many', () => {
    expect(device.management.banners.map((b) => [b.kind, b.text])).toEqual([
      ['motd', 'Replaced motd'],
      ['login', 'Login here'],
      ['exec', 'first line\nsecond line'],
      ['incoming', 'incoming text'],
    ]);
    const motd = device.management.banners[0]!;
    expect(motd.source).toEqual({ file: FILE, line: lineOf(FILE, 'banner motd ^CReplaced'), text: 'banner motd ^CReplaced motd^C' });
  });

  it('keeps blank and indented lines inside a multi-line banner, and goes on after it', () => {
    const { device: d } = parseText('banner motd ^C\nAuthorized access only.\n\n  Disconnect now.\n^C\nhostname after\n');
    expect(d.management.banners).toEqual([
      { kind: 'motd', text: 'Authorized access only.\n\n  Disconnect now.', source: { file: 'inline.cfg', line: 1, text: 'banner motd ^C' } },
    ]);
    expect(d.hostname).toBe('after');
  });

  it('the `^CC` form: text starting with the letter C right after the delimiter', () => {
    const { device: d } = parseText('banner login ^CC\nThis is private.\n^C\n');
    expect(d.management.banners[0]!.text).toBe('C\nThis is private.');
  });

  it('a banner that never closes is reported, and the following lines are still parsed', () => {
    const { device: d, diagnostics } = parseText('banner motd ^C\nno end here\nhostname still-parsed\n');
    expect(diagnostics.map((x) => [x.line, x.code])).toEqual([
      [1, 'unrecognized'],
      [2, 'unrecognized'],
    ]);
    expect(d.hostname).toBe('still-parsed');
    expect(d.management.banners).toEqual([]);
  });
});
