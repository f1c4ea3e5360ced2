import type { Diagnostic, RuleException } from '../model/index.js';
import type { ColumnAliases } from './read-csv.js';
import { readCsv } from './read-csv.js';
import { readDateCell } from './date-cell.js';
import { cell, hasRequiredColumns, rowReporter } from './row-reporter.js';

/**
 * exceptions.csv: the rule-level 例外措置 register (対策基準 第2章7(4), research §5.4). A row names a
 * rule, a device (or `*`) and optionally the finding's object; an in-date row marks the matching
 * findings 例外承認済み. Flows between zones are approved in flows.csv instead.
 */
export const EXCEPTIONS_COLUMNS: ColumnAliases = {
  id: ['例外番号', '承認番号', 'exception id', 'approval id', 'id'],
  rule: ['ルールID', 'ルール', 'rule id', 'rule'],
  device: ['機器', '機器名', 'ホスト名', 'device', 'hostname'],
  object: ['対象', '対象設定', 'object', 'target'],
  reason: ['理由', '合理的な理由', 'reason'],
  compensating: ['代替措置', '補完的統制', 'compensating control', 'compensating'],
  approver: ['承認者', '許可者', 'approver', 'approved by'],
  approved_date: ['承認日', '許可日', 'approved', 'approved date', 'approval date'],
  expiry: ['有効期限', '期限', 'expires', 'expiry', 'expiry date'],
};

export interface ExceptionsCsvResult {
  exceptions: RuleException[];
  diagnostics: Diagnostic[];
  encoding: string;
}

export function readExceptionsCsv(bytes: Uint8Array, file: string, ruleIds: readonly string[]): ExceptionsCsvResult {
  const table = readCsv(bytes, file, EXCEPTIONS_COLUMNS);
  const diagnostics = [...table.diagnostics];
  const result: ExceptionsCsvResult = { exceptions: [], diagnostics, encoding: table.encoding };
  if (table.headerLine === 0 || !hasRequiredColumns(table, file, diagnostics, ['id', 'rule', 'device', 'reason'])) return result;

  for (const row of table.rows) {
    const report = rowReporter(table, file, row, diagnostics);
    const id = cell(row, 'id');
    const ruleId = cell(row, 'rule').toUpperCase();
    const device = cell(row, 'device');
    const reason = cell(row, 'reason');
    if (id === '') report.error(['id'], 'exception id is empty', (l) => `列 ${l}（例外番号）が空です`);
    if (ruleId === '') report.error(['rule'], 'rule id is empty', (l) => `列 ${l}（ルールID）が空です`);
    else if (ruleIds.length > 0 && !ruleIds.includes(ruleId)) report.error(['rule'], `no such rule ${ruleId} (see segaudit rules)`, (l) => `列 ${l}: ルール ${ruleId} はありません（segaudit rules で一覧できます）`);
    if (device === '') report.error(['device'], 'device is empty; give a hostname or *', (l) => `列 ${l}（機器）が空です。ホスト名か * を指定してください`);
    if (reason === '') report.error(['reason'], 'reason is empty; an exception needs its reason (7(4))', (l) => `列 ${l}（理由）が空です。例外措置には理由が必要です（7(4)）`);
    const approvedDate = readDateCell(row, report, 'approved_date');
    const expiry = readDateCell(row, report, 'expiry');
    if (approvedDate !== undefined && expiry !== undefined && expiry < approvedDate) {
      report.error(['expiry'], `expiry ${expiry} is before the approval date ${approvedDate}`, (l) => `列 ${l} の有効期限 ${expiry} が承認日 ${approvedDate} より前です`);
    }
    if (!report.ok()) continue;
    const exception: RuleException = { id, ruleId, device, reason, source: { file, line: row.line, text: row.text } };
    const object = cell(row, 'object');
    const compensating = cell(row, 'compensating');
    const approver = cell(row, 'approver');
    if (object !== '') exception.object = object;
    if (compensating !== '') exception.compensatingControl = compensating;
    if (approver !== '') exception.approver = approver;
    if (approvedDate !== undefined) exception.approvedDate = approvedDate;
    if (expiry !== undefined) exception.expiry = expiry;
    result.exceptions.push(exception);
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return result;
}
