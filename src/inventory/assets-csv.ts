import type { Asset, Diagnostic, Zone } from '../model/index.js';
import { formatIpv4, parseIpv4 } from '../net/ipv4.js';
import { formatIpv6, parseIpv6 } from '../net/ipv6.js';
import { normalizeMac } from '../net/mac.js';
import type { ColumnAliases, CsvRow } from './read-csv.js';
import { readCsv } from './read-csv.js';
import type { RowReporter } from './row-reporter.js';
import { cell, hasRequiredColumns, rowReporter } from './row-reporter.js';
import { unknownZoneMessage, zoneLookup } from './zone-lookup.js';

/**
 * assets.csv: the approved endpoints (承認済み端末), one per row, known by IP address, MAC address or
 * both. SEG-04 reads them as evidence that an approved flow's endpoint is pinned by MAC.
 */
export const ASSETS_COLUMNS: ColumnAliases = {
  hostname: ['ホスト名', '端末名', '機器名', 'host', 'name'],
  ip: ['IPアドレス', 'IP address', 'address', 'アドレス'],
  mac: ['MACアドレス', 'MAC address'],
  zone: ['ゾーン', 'ゾーン名', '領域'],
  description: ['説明', '備考', '用途', 'note'],
};

export interface AssetsCsvResult {
  assets: Asset[];
  diagnostics: Diagnostic[];
  encoding: string;
}

/** Read assets.csv; a zone, when given, must name a zone of `zones` (the zones.csv of the same run). */
export function readAssetsCsv(bytes: Uint8Array, file: string, zones: readonly Zone[]): AssetsCsvResult {
  const table = readCsv(bytes, file, ASSETS_COLUMNS);
  const diagnostics = [...table.diagnostics];
  const result: AssetsCsvResult = { assets: [], diagnostics, encoding: table.encoding };
  if (table.headerLine === 0 || !hasRequiredColumns(table, file, diagnostics, [], [['ip', 'mac']])) return result;

  const findZone = zoneLookup(zones);
  // First row of each address, so that one IP given two different MACs is noticed.
  const firstByIp = new Map<string, { line: number; mac: string | undefined }>();
  for (const row of table.rows) {
    const report = rowReporter(table, file, row, diagnostics);
    const ip = readIp(row, report);
    const mac = readMac(row, report);
    if (cell(row, 'ip') === '' && cell(row, 'mac') === '') {
      report.error(['ip', 'mac'], 'row names no endpoint: fill ip, mac or both', () => 'ip・mac の少なくとも一方を指定してください');
    }
    const zoneText = cell(row, 'zone');
    const zone = zoneText === '' ? undefined : findZone(zoneText);
    if (zoneText !== '' && zone === undefined) {
      const message = unknownZoneMessage(zoneText, zones);
      report.error(['zone'], message.en, message.ja);
    }
    if (!report.ok()) continue;

    if (ip !== undefined) {
      const earlier = firstByIp.get(ip);
      if (earlier === undefined) firstByIp.set(ip, { line: row.line, mac });
      else if (earlier.mac !== mac) {
        report.warning(['ip', 'mac'], `IP ${ip} is also listed at line ${earlier.line} with another MAC`, (l) => `列 ${l}: IP ${ip} は ${earlier.line} 行目にも別の MAC で登録されています`);
      }
    }
    const asset: Asset = { source: { file, line: row.line, text: row.text } };
    const hostname = cell(row, 'hostname');
    const description = cell(row, 'description');
    if (hostname !== '') asset.hostname = hostname;
    if (ip !== undefined) asset.ip = ip;
    if (mac !== undefined) asset.mac = mac;
    if (zone !== undefined) asset.zone = zone;
    if (description !== '') asset.description = description;
    result.assets.push(asset);
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return result;
}

/** One host address, IPv4 or IPv6, in canonical text form; a prefix is not an endpoint. */
function readIp(row: CsvRow, report: RowReporter): string | undefined {
  const text = cell(row, 'ip');
  if (text === '') return undefined;
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return formatIpv4(v4);
  const v6 = parseIpv6(text);
  if (v6 !== undefined) return formatIpv6(v6);
  report.error(['ip'], `"${text}" is not an IPv4 or IPv6 host address (one address, no prefix length)`, (l) => `列 ${l} の値「${text}」はホストの IP アドレスとして不正です（プレフィックス長なしで 1 つ）`);
  return undefined;
}

function readMac(row: CsvRow, report: RowReporter): string | undefined {
  const text = cell(row, 'mac');
  if (text === '') return undefined;
  const mac = normalizeMac(text);
  if (mac === undefined) report.error(['mac'], `"${text}" is not a MAC address (one per row)`, (l) => `列 ${l} の値「${text}」は MAC アドレスとして不正です（1 行に 1 つ）`);
  return mac;
}
