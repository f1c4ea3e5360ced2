import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Device, Filter, Interface } from '../../../src/model/index.js';
import { yamahaRtxParser } from '../../../src/parsers/yamaha-rtx/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseFixture(name: string): ParseResult {
  return yamahaRtxParser.parse(fixtureText(name), name);
}

export function parseText(text: string, file = 'inline.conf'): ParseResult {
  return yamahaRtxParser.parse(text, file);
}

/** The 1-based line number of the first line of the fixture containing `needle`. */
export function lineOf(name: string, needle: string): number {
  const index = fixtureText(name).split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in ${name}`);
  return index + 1;
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
