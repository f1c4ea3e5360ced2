import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { analyzeNetwork, type NetworkAnalysis } from '../../../src/analysis/reachability/network-analysis.js';
import { buildZoneIndex, NO_ZONES } from '../../../src/analysis/zone-binding.js';
import { readZonesCsv } from '../../../src/inventory/zones-csv.js';
import type { Device } from '../../../src/model/index.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

/** Hand-written IOS configs (file name → text) parsed with the real parser; fails on lines it does not understand. */
export function parseConfigs(configs: Record<string, string>): Device[] {
  return Object.entries(configs).map(([file, text]) => {
    const { device, diagnostics } = ciscoIosParser.parse(text, file);
    expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${file}:${d.line}: ${d.text} (${d.reason})`)).toEqual([]);
    return device;
  });
}

export function analysisOf(configs: Record<string, string>, zonesCsv?: string): NetworkAnalysis {
  const devices = parseConfigs(configs);
  return analysisOfDevices(devices, zonesCsv);
}

export function analysisOfDevices(devices: Device[], zonesCsv?: string): NetworkAnalysis {
  if (zonesCsv === undefined) return analyzeNetwork({ devices, zones: NO_ZONES });
  const { zones, diagnostics } = readZonesCsv(Buffer.from(zonesCsv), 'zones.csv');
  expect(diagnostics.filter((d) => d.level === 'error').map((d) => d.reason)).toEqual([]);
  return analyzeNetwork({ devices, zones: buildZoneIndex(zones, devices) });
}

/** The configs of a directory (e.g. the bundled sample). */
export function configsIn(dir: string): Record<string, string> {
  const configs: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cfg')).sort()) configs[file] = readFileSync(join(dir, file), 'utf8');
  return configs;
}
