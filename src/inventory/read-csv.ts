import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { decodeBytes } from '../input/decode.js';

/**
 * Reading of the inventory CSVs (zones.csv now, assets.csv and flows.csv later), as Excel writes them:
 * UTF-8 with or without BOM or Shift_JIS, Japanese or English headers, `#` comment lines. Every row
 * keeps its line number and raw text so that any problem can be pinned to file:line.
 */

/** Canonical column name → the header spellings accepted for it. */
export type ColumnAliases = Readonly<Record<string, readonly string[]>>;

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  /** The record as written (several physical lines when a quoted field holds a newline). */
  text: string;
  /** Canonical column → trimmed value; '' when the cell is empty. */
  values: Record<string, string>;
}

export interface CsvTable {
  /** Canonical column → header as written in the file, for the columns present. */
  headers: Map<string, string>;
  /** Line of the header row; 0 when there is none. */
  headerLine: number;
  rows: CsvRow[];
  /** How the bytes were decoded (`utf-8`, `utf-8-bom`, `shift_jis`, …), `unknown` when they could not be. */
  encoding: string;
  diagnostics: Diagnostic[];
}

/** Headers compare ignoring case, width (全角/半角), spaces, `_` and `-`. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** `cidr`, or `アドレス (cidr)` when the file spells the column differently: for messages. */
export function columnLabel(table: CsvTable, column: string): string {
  const written = table.headers.get(column);
  return written === undefined || written === column ? column : `${written} (${column})`;
}

/** `zones.csv:5`, the location prefix of every CSV message. */
export function location(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Rows that are only separators (`,,,` left by Excel) carry no data. */
function isBlankRecord(record: string[]): boolean {
  return record.every((value) => value === '');
}

/** A physical line that csv-parse skips between records: blank or a `#` comment. */
function isSkippedLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

export function readCsv(bytes: Uint8Array, file: string, columns: ColumnAliases): CsvTable {
  const table: CsvTable = { headers: new Map(), headerLine: 0, rows: [], encoding: 'unknown', diagnostics: [] };
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    table.diagnostics.push(diagnostic(file, 0, '', `${file}: ${decoded.reason}`, decoded.error === 'empty' ? 'empty-file' : 'binary-file', 'error'));
    return table;
  }
  table.encoding = decoded.encoding;

  // csv-parse miscounts lines when a quoted field holds CRLF; one line ending keeps numbers exact.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const physicalLines = text.split('\n');
  const aliasIndex = buildAliasIndex(columns);

  // csv-parse reports where a record ends; it starts at the first non-skipped line after the last one.
  let lastEnd = 0;
  const startOf = (endLine: number): number => {
    let line = lastEnd + 1;
    while (line < endLine && isSkippedLine(physicalLines[line - 1] ?? '')) line++;
    lastEnd = endLine;
    return line;
  };
  const rawText = (start: number, end: number): string => physicalLines.slice(start - 1, end).join('\n');

  // Canonical column of each field; undefined under an unknown (already reported) or empty header.
  let columnOf: (string | undefined)[] | undefined;
  let emptyHeaders = new Set<number>();
  const onRecord = (record: string[], endLine: number): void => {
    const start = startOf(endLine);
    const text = rawText(start, endLine);
    if (columnOf === undefined) {
      table.headerLine = start;
      columnOf = readHeader(record, file, start, text, aliasIndex, columns, table);
      emptyHeaders = new Set(record.flatMap((header, i) => (header === '' ? [i] : [])));
      return;
    }
    if (isBlankRecord(record)) return;
    const row: CsvRow = { line: start, text, values: {} };
    record.forEach((value, i) => {
      const column = columnOf![i];
      if (column !== undefined) row.values[column] = value;
      else if (value !== '' && emptyHeaders.has(i)) {
        table.diagnostics.push(csvError(file, start, text, `${location(file, start)}, column ${i + 1}: value "${value}" in a column without a header / 見出しのない列（${i + 1} 列目）に値があります`));
      }
    });
    table.rows.push(row);
  };

  const onSkip = (err: CsvError): void => {
    const endLine = numberOr(err.lines, lastEnd + 1);
    const start = startOf(endLine);
    table.diagnostics.push(csvError(file, start, rawText(start, endLine), describeParseError(err, file, start, table, columnOf)));
  };

  try {
    parse(text, {
      relax_column_count: false,
      skip_empty_lines: true,
      trim: true,
      comment: '#',
      // `#` only starts a comment at the start of a line; `Room #3` in a description is data.
      comment_no_infix: true,
      // Report every broken record and go on, rather than stopping at the first.
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) onSkip(err);
        return undefined;
      },
      on_record: (record, context) => {
        onRecord(record, context.lines);
        return null;
      },
    });
  } catch (e) {
    // Errors csv-parse cannot skip past still name the file.
    const err = e as CsvError;
    const line = numberOr(err.lines, 0);
    table.diagnostics.push(csvError(file, line, '', `${location(file, line)}: ${err.message} / CSV を読み取れません`));
  }
  reportUnreadLines(physicalLines, lastEnd, file, table);
  if (columnOf === undefined && table.diagnostics.length === 0) {
    table.diagnostics.push(csvError(file, 0, '', `${file}: no header row / 見出し行がありません`));
  }
  return table;
}

/**
 * Some quote errors make csv-parse stop reading altogether (e.g. text after a closing quote); the
 * lines it never reached are reported rather than dropped.
 */
function reportUnreadLines(physicalLines: string[], lastEnd: number, file: string, table: CsvTable): void {
  let first = 0;
  let last = 0;
  for (let line = lastEnd + 1; line <= physicalLines.length; line++) {
    if (isSkippedLine(physicalLines[line - 1]!)) continue;
    if (first === 0) first = line;
    last = line;
  }
  if (first === 0) return;
  const text = physicalLines.slice(first - 1, last).join('\n');
  table.diagnostics.push(csvError(file, first, text, `${location(file, first)}: lines ${first}–${last} were not read because of the CSV error above / 上記の CSV エラーのため ${first}〜${last} 行目は読み込まれていません`));
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function buildAliasIndex(columns: ColumnAliases): Map<string, string> {
  const index = new Map<string, string>();
  for (const [column, aliases] of Object.entries(columns)) {
    index.set(normalizeHeader(column), column);
    for (const alias of aliases) index.set(normalizeHeader(alias), column);
  }
  return index;
}

/** Map each header cell to its canonical column; unknown and repeated headers are errors. */
function readHeader(
  record: string[],
  file: string,
  line: number,
  text: string,
  aliasIndex: Map<string, string>,
  columns: ColumnAliases,
  table: CsvTable,
): (string | undefined)[] {
  const known = Object.keys(columns).join(', ');
  return record.map((header, i) => {
    if (header === '') return undefined; // Excel leaves empty headers over unused trailing columns.
    const column = aliasIndex.get(normalizeHeader(header));
    if (column === undefined) {
      table.diagnostics.push(csvError(file, line, text, `${location(file, line)}, column ${i + 1}: unknown column "${header}"; expected one of ${known} / 列名「${header}」は不明です（使える列: ${known}）`));
      return undefined;
    }
    if (table.headers.has(column)) {
      table.diagnostics.push(csvError(file, line, text, `${location(file, line)}, column ${i + 1}: "${header}" repeats column ${columnLabel(table, column)} / 列「${header}」が重複しています`));
      return undefined;
    }
    table.headers.set(column, header);
    return column;
  });
}

function describeParseError(err: CsvError, file: string, line: number, table: CsvTable, columnOf: (string | undefined)[] | undefined): string {
  // csv-parse's `column` is the 0-based index of the field it was reading.
  const index = typeof err.column === 'number' ? err.column : undefined;
  const canonical = index === undefined ? undefined : columnOf?.[index];
  const column = canonical !== undefined ? columnLabel(table, canonical) : index !== undefined ? String(index + 1) : undefined;
  const at = column === undefined ? location(file, line) : `${location(file, line)}, column ${column}`;
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const got = Array.isArray(err.record) ? String(err.record.length) : '?';
      const expected = columnOf === undefined ? '?' : String(columnOf.length);
      return `${location(file, line)}: row has ${got} fields, the header has ${expected} / 列数が見出し行と一致しません（見出し ${expected} 列、この行 ${got} 列）`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${at}: quote (") opened in this row is never closed / 引用符 (") が閉じられていません`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${at}: misplaced quote ("); quote the whole field and double quotes inside it ("") / 引用符 (") の位置が不正です`;
    default:
      return `${at}: ${err.message} / CSV の形式が不正です`;
  }
}

function csvError(file: string, line: number, text: string, reason: string): Diagnostic {
  return diagnostic(file, line, text, reason, 'csv-row', 'error');
}
