import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { displayPath } from '../input/collect.js';
import { emptyConfig } from '../config/audit-config.js';
import { readConfig } from '../config/read-config.js';
import { readAssetsCsv } from './assets-csv.js';
import { readExceptionsCsv } from './exceptions-csv.js';
import { readFlowsCsv } from './flows-csv.js';
import { readLinksCsv } from './links-csv.js';
import type { Inventory } from './types.js';
import { readZonesCsv } from './zones-csv.js';

export interface LoadInventoryOptions {
  /** zones.csv given on the command line (`--zones`). */
  zonesPath?: string;
  /** flows.csv given explicitly; else a flows.csv next to the configs is used. */
  flowsPath?: string;
  /** assets.csv given explicitly; else an assets.csv next to the configs is used. */
  assetsPath?: string;
  /** links.csv given explicitly; else a links.csv next to the configs is used. */
  linksPath?: string;
  /** exceptions.csv given explicitly; else an exceptions.csv next to the configs is used. */
  exceptionsPath?: string;
  /** segaudit.json given explicitly (`--config`); else a segaudit.json next to the configs is used. */
  configFile?: string;
  /** Rule ids segaudit.json may name (checked). */
  ruleIds?: readonly string[];
  /** The config paths of the run; inventory files next to them are picked up when no path is given. */
  configPaths: string[];
}

/** How messages name each inventory file. */
const FILE_KINDS = {
  zones: { name: 'zones.csv', en: 'zones file', ja: 'ゾーン定義ファイル' },
  flows: { name: 'flows.csv', en: 'flows file', ja: '許可通信台帳ファイル' },
  assets: { name: 'assets.csv', en: 'assets file', ja: '端末台帳ファイル' },
  links: { name: 'links.csv', en: 'links file', ja: '接続定義ファイル' },
  exceptions: { name: 'exceptions.csv', en: 'exceptions file', ja: '例外措置台帳ファイル' },
  config: { name: 'segaudit.json', en: 'settings file', ja: '設定ファイル' },
} as const;
type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

/** `name` in the first config path when it is a directory, else next to it; undefined when there is none. */
export function findInventoryFile(configPaths: string[], name: string): string | undefined {
  const first = configPaths[0];
  if (first === undefined) return undefined;
  try {
    const candidate = statSync(first).isDirectory() ? join(first, name) : join(dirname(first), name);
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** zones.csv in the first config path when it is a directory, else next to it; undefined when there is none. */
export function findZonesCsv(configPaths: string[]): string | undefined {
  return findInventoryFile(configPaths, FILE_KINDS.zones.name);
}

/** Read the inventory of a run. Never throws: unreadable or broken files become error diagnostics. */
export function loadInventory(opts: LoadInventoryOptions): Inventory {
  const inventory: Inventory = { zones: [], flows: [], assets: [], links: [], exceptions: [], config: emptyConfig(), files: [], diagnostics: [] };
  const read = (explicitPath: string | undefined, kind: FileKind) =>
    readInventoryFile(explicitPath ?? findInventoryFile(opts.configPaths, kind.name), kind, inventory);

  const zonesFile = read(opts.zonesPath, FILE_KINDS.zones);
  if (zonesFile !== undefined) {
    const zones = readZonesCsv(zonesFile.bytes, zonesFile.file);
    inventory.zones = zones.zones;
    record(inventory, zonesFile, zones);
  }
  // flows.csv and assets.csv name zones, so they are read after zones.csv and checked against it.
  const flowsFile = read(opts.flowsPath, FILE_KINDS.flows);
  if (flowsFile !== undefined) {
    const flows = readFlowsCsv(flowsFile.bytes, flowsFile.file, inventory.zones);
    inventory.flows = flows.flows;
    record(inventory, flowsFile, flows);
  }
  const assetsFile = read(opts.assetsPath, FILE_KINDS.assets);
  if (assetsFile !== undefined) {
    const assets = readAssetsCsv(assetsFile.bytes, assetsFile.file, inventory.zones);
    inventory.assets = assets.assets;
    record(inventory, assetsFile, assets);
  }
  const linksFile = read(opts.linksPath, FILE_KINDS.links);
  if (linksFile !== undefined) {
    const links = readLinksCsv(linksFile.bytes, linksFile.file);
    inventory.links = links.links;
    record(inventory, linksFile, links);
  }
  const exceptionsFile = read(opts.exceptionsPath, FILE_KINDS.exceptions);
  if (exceptionsFile !== undefined) {
    const exceptions = readExceptionsCsv(exceptionsFile.bytes, exceptionsFile.file, opts.ruleIds ?? []);
    inventory.exceptions = exceptions.exceptions;
    record(inventory, exceptionsFile, exceptions);
  }
  const configFile = read(opts.configFile, FILE_KINDS.config);
  if (configFile !== undefined) {
    const decoded = decodeJson(configFile.bytes);
    const config = readConfig(decoded, configFile.file, opts.ruleIds ?? []);
    inventory.config = config.config;
    record(inventory, configFile, { diagnostics: config.diagnostics, encoding: 'utf-8' });
  }
  return inventory;
}

interface InventoryFile {
  /** Path as messages show it. */
  file: string;
  bytes: Buffer;
}

/** The bytes of an inventory file; undefined when there is no file or it cannot be read (an error then). */
function readInventoryFile(path: string | undefined, kind: FileKind, inventory: Inventory): InventoryFile | undefined {
  if (path === undefined) return undefined;
  const file = displayPath(path);
  try {
    return { file, bytes: readFileSync(path) };
  } catch (e) {
    const reason = `${file}: cannot read ${kind.en}: ${(e as Error).message} / ${kind.ja}を読めません`;
    inventory.diagnostics.push(diagnostic(file, 0, '', reason, 'unreadable', 'error'));
    return undefined;
  }
}

/** Keep a file's problems and its fingerprint for the evidence manifest. */
function record(inventory: Inventory, input: InventoryFile, result: { diagnostics: Diagnostic[]; encoding: string }): void {
  inventory.diagnostics.push(...result.diagnostics);
  inventory.files.push({ path: input.file, sha256: createHash('sha256').update(input.bytes).digest('hex'), encoding: result.encoding });
}

/** segaudit.json is UTF-8 (JSON's only encoding, RFC 8259 §8.1); a BOM is tolerated. */
function decodeJson(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
