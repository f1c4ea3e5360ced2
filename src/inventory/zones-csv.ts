import type { Diagnostic, SourceSpan, Zone, ZoneSelector } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { formatPrefix, formatPrefixAddress, hasHostBits, parsePrefix, prefixNetwork } from '../net/prefix.js';
import { parseVlanId } from '../net/vlan.js';
import type { ColumnAliases, CsvRow, CsvTable } from './read-csv.js';
import { location, readCsv } from './read-csv.js';
import { rowReporter, type RowReporter } from './row-reporter.js';
import { parseZoneClass, zoneClassNames } from './zone-class.js';

/**
 * zones.csv: one row binds a zone to one piece of the network — a CIDR, a VLAN (optionally on one
 * device), a device's interface, or an SSID. Rows of one zone name make up that zone.
 */
export const ZONES_COLUMNS: ColumnAliases = {
  zone: ['ゾーン', 'ゾーン名', '領域'],
  class: ['種別', '区分', 'zone class', 'ゾーン種別'],
  cidr: ['address', 'prefix', 'network', 'アドレス', 'サブネット', 'ネットワーク'],
  vlan: ['vlan id'],
  device: ['機器', 'ホスト名', 'hostname'],
  interface: ['インタフェース', 'インターフェース', 'if', 'ポート'],
  ssid: [],
  description: ['説明', '備考'],
};

/** Columns that tie a row to the network; a row uses exactly one (device goes with vlan or interface). */
const SELECTOR_COLUMNS = ['cidr', 'vlan', 'interface', 'ssid'] as const;

export interface ZonesCsvResult {
  zones: Zone[];
  diagnostics: Diagnostic[];
  encoding: string;
}

export function readZonesCsv(bytes: Uint8Array, file: string): ZonesCsvResult {
  const table = readCsv(bytes, file, ZONES_COLUMNS);
  const diagnostics = [...table.diagnostics];
  const result: ZonesCsvResult = { zones: [], diagnostics, encoding: table.encoding };
  if (table.headerLine === 0 || !hasRequiredColumns(table, file, diagnostics)) return result;

  const zonesByName = new Map<string, { zone: Zone; line: number }>();
  // Which zone each selector was first given to, so one VLAN/CIDR/… cannot silently sit in two zones.
  const claimed = new Map<string, { key: string; zone: string; line: number }>();

  for (const row of table.rows) {
    const report = rowReporter(table, file, row, diagnostics);
    const name = (row.values.zone ?? '').trim();
    if (name === '') report.error(['zone'], 'zone name is empty', (l) => `列 ${l} のゾーン名が空です`);
    const classText = row.values.class ?? '';
    const zoneClass = parseZoneClass(classText);
    if (classText === '') {
      report.error(['class'], 'class is empty', (l) => `列 ${l} の種別が空です`);
    } else if (zoneClass === undefined) {
      report.error(
        ['class'],
        `"${classText}" is not a zone class; use one of ${zoneClassNames('en')} or a Japanese name`,
        (l) => `列 ${l} の値「${classText}」は種別として不正です（使える値: ${zoneClassNames('ja')} または英語の種別名）`,
      );
    }
    const selector = readSelector(row, report);
    if (!report.ok() || selector === undefined || zoneClass === undefined) continue;

    // Names merge ignoring width (全角/半角) so that `職員室ＬＡＮ` and `職員室LAN` are one zone.
    const key = name.normalize('NFKC');
    const existing = zonesByName.get(key);
    if (existing !== undefined && existing.zone.class !== zoneClass) {
      report.error(
        ['class'],
        `zone "${name}" was declared ${existing.zone.class} at line ${existing.line}; this row says ${zoneClass}`,
        (l) => `ゾーン「${name}」の列 ${l} が ${existing.line} 行目（${existing.zone.class}）と食い違います（この行: ${zoneClass}）`,
      );
      continue;
    }
    const selectorKey = keyOf(selector);
    const earlier = claimed.get(selectorKey);
    if (earlier !== undefined) {
      const columns = selectorColumns(selector);
      if (earlier.key === key) {
        report.warning(columns, `same binding as line ${earlier.line}; counted once`, (l) => `列 ${l} は ${earlier.line} 行目と同じ指定です（1 回として扱います）`);
      } else {
        report.error(columns, `already bound to zone "${earlier.zone}" at line ${earlier.line}`, (l) => `列 ${l} の値は ${earlier.line} 行目でゾーン「${earlier.zone}」に割り当て済みです`);
      }
      continue;
    }
    claimed.set(selectorKey, { key, zone: name, line: row.line });

    let entry = existing;
    if (entry === undefined) {
      entry = { zone: { name, class: zoneClass, bindings: [] }, line: row.line };
      zonesByName.set(key, entry);
      result.zones.push(entry.zone);
    }
    const description = (row.values.description ?? '').trim();
    if (description !== '' && entry.zone.description === undefined) entry.zone.description = description;
    const source: SourceSpan = { file, line: row.line, text: row.text };
    entry.zone.bindings.push({ selector, source });
  }
  // CSV syntax problems were found first; report everything in file order (sort is stable).
  diagnostics.sort((a, b) => a.line - b.line);
  return result;
}

/** zone and class, and at least one selector column, must be in the header. */
function hasRequiredColumns(table: CsvTable, file: string, diagnostics: Diagnostic[]): boolean {
  const missing = ['zone', 'class'].filter((c) => !table.headers.has(c));
  if (!SELECTOR_COLUMNS.some((c) => table.headers.has(c))) missing.push(SELECTOR_COLUMNS.join(' | '));
  for (const column of missing) {
    diagnostics.push(
      diagnostic(file, table.headerLine, '', `${location(file, table.headerLine)}: missing column ${column} / 列 ${column} がありません`, 'csv-row', 'error'),
    );
  }
  return missing.length === 0;
}

/** The one selector of a row, or undefined after reporting why there is none. */
function readSelector(row: CsvRow, report: RowReporter): ZoneSelector | undefined {
  const value = (column: string): string => (row.values[column] ?? '').trim();
  const device = value('device');
  const used = SELECTOR_COLUMNS.filter((c) => value(c) !== '');
  if (used.length === 0) {
    report.error(
      [...SELECTOR_COLUMNS],
      'row binds nothing: fill exactly one of cidr, vlan, device+interface, ssid',
      () => 'cidr・vlan・device+interface・ssid のいずれか 1 つを指定してください',
    );
    return undefined;
  }
  if (used.length > 1) {
    report.error(used, `row fills ${used.join(' and ')}; use one row per binding`, (l) => `列 ${l} が同時に指定されています（1 行に 1 つだけ指定してください）`);
    return undefined;
  }
  switch (used[0]!) {
    case 'cidr': {
      if (device !== '') return deviceNotAllowed(report, 'cidr');
      const text = value('cidr');
      const parsed = parsePrefix(text);
      if ('error' in parsed) {
        report.error(['cidr'], `"${text}" is not a valid prefix`, (l) => `列 ${l} の値「${text}」が不正です`, parsed.error);
        return undefined;
      }
      const network = prefixNetwork(parsed);
      if (hasHostBits(parsed)) {
        report.warning(['cidr'], `"${text}" has host bits set; read as ${formatPrefix(network)}`, (l) => `列 ${l} の値「${text}」にホスト部があります（${formatPrefix(network)} として扱います）`);
      }
      return { kind: 'cidr', address: formatPrefixAddress(network), prefixLength: network.length, family: network.family };
    }
    case 'vlan': {
      const text = value('vlan');
      const vlan = parseVlanId(text);
      if (vlan === undefined) {
        report.error(['vlan'], `"${text}" is not a VLAN id (1–4094; one VLAN per row)`, (l) => `列 ${l} の値「${text}」は VLAN 番号として不正です（1〜4094、1 行に 1 つ）`);
        return undefined;
      }
      return device === '' ? { kind: 'vlan', vlan } : { kind: 'vlan', vlan, device };
    }
    case 'interface': {
      if (device === '') {
        report.error(['interface', 'device'], `interface "${value('interface')}" needs a device`, () => `インタフェース「${value('interface')}」には機器名 (device) が必要です`);
        return undefined;
      }
      return { kind: 'interface', device, interface: value('interface') };
    }
    case 'ssid': {
      if (device !== '') return deviceNotAllowed(report, 'ssid');
      // SSIDs are case-sensitive and may hold spaces inside; only the CSV trim applies.
      return { kind: 'ssid', ssid: row.values.ssid! };
    }
  }
}

function deviceNotAllowed(report: RowReporter, column: string): undefined {
  report.error(['device'], `device only applies to vlan or interface rows, not to ${column}`, (l) => `列 ${l} は vlan または interface の行でのみ指定できます（${column} の行では指定できません）`);
  return undefined;
}

function selectorColumns(selector: ZoneSelector): string[] {
  switch (selector.kind) {
    case 'cidr':
      return ['cidr'];
    case 'vlan':
      return selector.device === undefined ? ['vlan'] : ['device', 'vlan'];
    case 'interface':
      return ['device', 'interface'];
    case 'ssid':
      return ['ssid'];
  }
}

/** Identity of a selector for duplicate detection; device and interface names ignore case and spaces. */
function keyOf(selector: ZoneSelector): string {
  switch (selector.kind) {
    case 'cidr':
      return `cidr ${selector.address}/${selector.prefixLength}`;
    case 'vlan':
      return `vlan ${selector.device?.toLowerCase() ?? '*'} ${selector.vlan}`;
    case 'interface':
      return `interface ${selector.device.toLowerCase()} ${selector.interface.replace(/\s+/g, '').toLowerCase()}`;
    case 'ssid':
      return `ssid ${selector.ssid}`;
  }
}
