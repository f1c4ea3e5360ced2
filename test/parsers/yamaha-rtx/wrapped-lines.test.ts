import { describe, expect, it } from 'vitest';
import { filter, parseText } from './helpers.js';

/** A console capture wraps at 80 columns: the first 79 characters, then the rest at column 0. */
function wrapAt79(line: string): string {
  return `${line.slice(0, 79)}\n${line.slice(79)}`;
}

describe('Yamaha RTX console captures wrapped at 80 columns', () => {
  const long = ' ip pp secure filter in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31';
  const defs = Array.from({ length: 22 }, (_, i) => `ip filter ${10 + i} pass * *`).join('\n');

  it('re-joins a wrapped line and counts both physical lines', () => {
    const { device, diagnostics } = parseText(`pp select 1\n${wrapAt79(long)}\npp select none\n${defs}\n`);
    expect(diagnostics).toEqual([]);
    expect(filter(device, 'pp1 in').rules.map((r) => r.seq)).toEqual(Array.from({ length: 22 }, (_, i) => 10 + i));
    expect(device.stats).toMatchObject({ lines: 26, unrecognized: 0 });
  });

  it('leaves a 79-character line alone when the next line is a command of its own', () => {
    const line = `description lan1 "${'x'.repeat(79 - 'description lan1 "'.length - 1)}"`;
    expect(line).toHaveLength(79);
    const { device } = parseText(`${line}\nip lan1 address 192.168.1.1/24\n`);
    expect(device.interfaces[0]!.addresses).toHaveLength(1);
    expect(device.stats.modelled).toBe(2);
  });
});
