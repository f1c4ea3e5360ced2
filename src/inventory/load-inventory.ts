import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagnostic } from '../model/index.js';
import { displayPath } from '../input/collect.js';
import type { Inventory } from './types.js';
import { readZonesCsv } from './zones-csv.js';

export interface LoadInventoryOptions {
  /** zones.csv given on the command line (`--zones`). */
  zonesPath?: string;
  /** The config paths of the run; a zones.csv next to them is picked up when zonesPath is absent. */
  configPaths: string[];
}

/** zones.csv in the first config path when it is a directory, else next to it; undefined when there is none. */
export function findZonesCsv(configPaths: string[]): string | undefined {
  const first = configPaths[0];
  if (first === undefined) return undefined;
  try {
    const candidate = statSync(first).isDirectory() ? join(first, 'zones.csv') : join(dirname(first), 'zones.csv');
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Read the inventory of a run. Never throws: unreadable or broken files become error diagnostics. */
export function loadInventory(opts: LoadInventoryOptions): Inventory {
  const inventory: Inventory = { zones: [], files: [], diagnostics: [] };
  const zonesPath = opts.zonesPath ?? findZonesCsv(opts.configPaths);
  if (zonesPath === undefined) return inventory;

  const file = displayPath(zonesPath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(zonesPath);
  } catch (e) {
    inventory.diagnostics.push(diagnostic(file, 0, '', `${file}: cannot read zones file: ${(e as Error).message} / ゾーン定義ファイルを読めません`, 'unreadable', 'error'));
    return inventory;
  }
  const zones = readZonesCsv(bytes, file);
  inventory.zones = zones.zones;
  inventory.diagnostics.push(...zones.diagnostics);
  inventory.files.push({ path: file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding: zones.encoding });
  return inventory;
}
