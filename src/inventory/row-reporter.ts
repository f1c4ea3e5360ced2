import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import type { CsvRow, CsvTable } from './read-csv.js';
import { columnLabel, location } from './read-csv.js';

/**
 * Problems of one inventory CSV row, each naming file:line and the column as the file spells it,
 * in English and Japanese (the same form zones.csv uses).
 */
export interface RowReporter {
  /** False once an error was reported for the row: it then contributes nothing. */
  ok(): boolean;
  /** `ja` is the whole Japanese sentence; `label` gives the column as the file spells it. */
  error(columns: string[], en: string, ja: (label: string) => string, detail?: string): void;
  warning(columns: string[], en: string, ja: (label: string) => string): void;
}

export function rowReporter(table: CsvTable, file: string, row: CsvRow, diagnostics: Diagnostic[]): RowReporter {
  let errors = 0;
  const report = (columns: string[], en: string, ja: (label: string) => string, level: 'error' | 'warning', detail?: string): void => {
    const label = columns.map((c) => columnLabel(table, c)).join(', ');
    const reason = `${location(file, row.line)}, column ${label}: ${en} / ${ja(label)}${detail ? ` (${detail})` : ''}`;
    diagnostics.push(diagnostic(file, row.line, row.text, reason, 'csv-row', level));
  };
  return {
    ok: () => errors === 0,
    error: (columns, en, ja, detail) => {
      errors++;
      report(columns, en, ja, 'error', detail);
    },
    warning: (columns, en, ja) => report(columns, en, ja, 'warning'),
  };
}

/**
 * Report the columns the header lacks: every column of `required`, and for each group of
 * `oneOf` at least one of its columns. True when nothing is missing.
 */
export function hasRequiredColumns(
  table: CsvTable,
  file: string,
  diagnostics: Diagnostic[],
  required: readonly string[],
  oneOf: readonly (readonly string[])[] = [],
): boolean {
  const missing = required.filter((c) => !table.headers.has(c));
  for (const group of oneOf) {
    if (!group.some((c) => table.headers.has(c))) missing.push(group.join(' | '));
  }
  for (const column of missing) {
    diagnostics.push(
      diagnostic(file, table.headerLine, '', `${location(file, table.headerLine)}: missing column ${column} / 列 ${column} がありません`, 'csv-row', 'error'),
    );
  }
  return missing.length === 0;
}

/** The trimmed value of a column; '' when the column is absent or the cell empty. */
export function cell(row: CsvRow, column: string): string {
  return (row.values[column] ?? '').trim();
}
