import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Device, Diagnostic, Filter, Interface } from '../../src/model/index.js';
import type { ParseResult, VendorParser } from '../../src/parsers/types.js';

/** Fixture helpers for one vendor parser's tests, reading fixtures from `fixturesDir`. */
export function parserFixtures(parser: VendorParser, fixturesDir: string, inlineFile: string) {
  const fixtureText = (name: string): string => readFileSync(join(fixturesDir, name), 'utf8');
  return {
    FIXTURES: fixturesDir,
    fixtureText,
    parseFixture: (name: string): ParseResult => parser.parse(fixtureText(name), name),
    parseText: (text: string, file = inlineFile): ParseResult => parser.parse(text, file),
    /** The 1-based line number of the first line of the fixture containing `needle`. */
    lineOf(name: string, needle: string): number {
      const index = fixtureText(name).split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
      if (index < 0) throw new Error(`"${needle}" not in ${name}`);
      return index + 1;
    },
  };
}

/** Every line counted once; no line diagnostics. */
export function expectFullyUnderstood(result: ParseResult): void {
  const lines = result.diagnostics.filter((d: Diagnostic) => d.code === 'unrecognized').map((d) => `${d.line}: ${d.text} — ${d.reason}`);
  expect(lines).toEqual([]);
  const s = result.device.stats;
  expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
}

export function iface(device: Device, name: string): Interface {
  const found = device.interfaces.find((i) => i.name === name);
  if (!found) throw new Error(`no interface ${name}: ${device.interfaces.map((i) => i.name).join(', ')}`);
  return found;
}

export function filter(device: Device, name: string, family = 'ipv4'): Filter {
  const found = device.filters.find((f) => f.name === name && f.family === family);
  if (!found) throw new Error(`no ${family} filter ${name}: ${device.filters.map((f) => f.name).join(', ')}`);
  return found;
}
