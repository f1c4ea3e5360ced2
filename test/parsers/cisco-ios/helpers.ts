import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Device, Diagnostic, Filter, Interface } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseFixture(name: string): ParseResult {
  return ciscoIosParser.parse(fixtureText(name), name);
}

export function parseText(text: string, file = 'inline.cfg'): ParseResult {
  return ciscoIosParser.parse(text, file);
}

/** The 1-based line number of the first line of the fixture containing `needle`. */
export function lineOf(name: string, needle: string): number {
  const index = fixtureText(name)
    .split(/\r\n|\r|\n/)
    .findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in ${name}`);
  return index + 1;
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
  if (!found) throw new Error(`no ${family} filter ${name}`);
  return found;
}
