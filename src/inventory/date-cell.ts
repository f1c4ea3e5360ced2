import type { CsvRow } from './read-csv.js';
import { parseRegisterDate } from './register-date.js';
import type { RowReporter } from './row-reporter.js';
import { cell } from './row-reporter.js';

/** A register's date column as an ISO date; an unreadable date is a row error; empty = undefined. */
export function readDateCell(row: CsvRow, report: RowReporter, column: string): string | undefined {
  const text = cell(row, column);
  if (text === '') return undefined;
  const date = parseRegisterDate(text);
  if (typeof date === 'object') {
    report.error([column], `"${text}" is not a date`, (l) => `列 ${l} の値「${text}」が不正です`, date.error);
    return undefined;
  }
  return date;
}
