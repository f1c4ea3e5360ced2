import type { Diagnostic, LinkEnd, ManualLink } from '../model/index.js';
import { interfaceNamesEqual } from '../net/interface-name.js';
import type { ColumnAliases, CsvRow } from './read-csv.js';
import { readCsv } from './read-csv.js';
import type { RowReporter } from './row-reporter.js';
import { cell, hasRequiredColumns, rowReporter } from './row-reporter.js';

/**
 * links.csv: links between device interfaces that the configs cannot show (a media converter, an
 * unmanaged switch, a carrier circuit). The topology adds them to the links it derives.
 */
export const LINKS_COLUMNS: ColumnAliases = {
  device_a: ['機器A', '装置A', 'ホスト名A', 'hostname a'],
  interface_a: ['インタフェースA', 'インターフェースA', 'ポートA', 'if a', 'port a'],
  device_b: ['機器B', '装置B', 'ホスト名B', 'hostname b'],
  interface_b: ['インタフェースB', 'インターフェースB', 'ポートB', 'if b', 'port b'],
  description: ['説明', '備考', 'note'],
};

const END_COLUMNS = ['device_a', 'interface_a', 'device_b', 'interface_b'] as const;

export interface LinksCsvResult {
  links: ManualLink[];
  diagnostics: Diagnostic[];
  encoding: string;
}

export function readLinksCsv(bytes: Uint8Array, file: string): LinksCsvResult {
  const table = readCsv(bytes, file, LINKS_COLUMNS);
  const diagnostics = [...table.diagnostics];
  const result: LinksCsvResult = { links: [], diagnostics, encoding: table.encoding };
  if (table.headerLine === 0 || !hasRequiredColumns(table, file, diagnostics, END_COLUMNS)) return result;

  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const report = rowReporter(table, file, row, diagnostics);
    for (const column of END_COLUMNS) {
      if (cell(row, column) === '') report.error([column], `${column} is empty`, (l) => `列 ${l} が空です`);
    }
    if (!report.ok()) continue;
    const a: LinkEnd = { device: cell(row, 'device_a'), interface: cell(row, 'interface_a') };
    const b: LinkEnd = { device: cell(row, 'device_b'), interface: cell(row, 'interface_b') };
    if (sameEnd(a, b)) {
      report.error([...END_COLUMNS], 'both ends are the same interface', () => '両端が同じインタフェースです');
      continue;
    }
    if (isDuplicate(a, b, row, report, firstLine)) continue;
    const link: ManualLink = { a, b, source: { file, line: row.line, text: row.text } };
    const description = cell(row, 'description');
    if (description !== '') link.description = description;
    result.links.push(link);
  }
  diagnostics.sort((x, y) => x.line - y.line);
  return result;
}

/** Device names compare ignoring case (hostnames are case-insensitive); interfaces ignoring case and spaces. */
function sameEnd(x: LinkEnd, y: LinkEnd): boolean {
  return x.device.toLowerCase() === y.device.toLowerCase() && interfaceNamesEqual(x.interface, y.interface);
}

/** A link written twice (in either direction) is counted once, with a warning. */
function isDuplicate(a: LinkEnd, b: LinkEnd, row: CsvRow, report: RowReporter, firstLine: Map<string, number>): boolean {
  const key = [endKey(a), endKey(b)].sort().join(' <-> ');
  const earlier = firstLine.get(key);
  if (earlier === undefined) {
    firstLine.set(key, row.line);
    return false;
  }
  report.warning([...END_COLUMNS], `same link as line ${earlier}; counted once`, (l) => `列 ${l} は ${earlier} 行目と同じリンクです（1 回として扱います）`);
  return true;
}

function endKey(end: LinkEnd): string {
  return `${end.device.toLowerCase()} ${end.interface.replace(/\s+/g, '').toLowerCase()}`;
}
