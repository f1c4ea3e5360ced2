import { diagnostic } from '../../model/index.js';
import type { ParseResult } from '../types.js';
import { convert, MODELLED_TABLES } from './convert.js';
import { classifyTable } from './ignored.js';
import { logicalLines } from './logical-lines.js';
import { readTree, safeText, type ConfigTree } from './read-tree.js';
import { newConvertState, type ConvertState } from './state.js';
import { topTable, type LineRecord, type Table } from './tree.js';

/**
 * FortiGate (FortiOS 5.x–7.6) parser. The file is read into its block structure (read-tree.ts,
 * one grammar call per logical line), the converters turn the tables they know into the model and
 * mark the lines they used, and every non-blank line is then counted exactly once: modelled, ignored
 * (comments, structure and unused settings of modelled tables, tables of the ignore list) or
 * unrecognized (a diagnostic with file and line). Nothing here throws.
 */
export function parseFortigate(text: string, file: string): ParseResult {
  let tree: ConfigTree;
  try {
    tree = readTree(logicalLines(text.split(/\r\n|\r|\n/)), file);
  } catch (error) {
    tree = { records: [], tables: [], vdoms: [], diagnostics: [diagnostic(file, 0, '', `internal parser error: ${errorText(error)} / 内部エラーのため解析を中断しました`, 'parser-error', 'error')] };
  }
  const state = newConvertState(file, tree);
  const first = tree.records[0];
  if (first) state.device.source = first.span;
  readHeader(state);
  convert(state);
  count(state);
  return { device: state.device, diagnostics: [...tree.diagnostics, ...state.diagnostics] };
}

/** `#config-version=FGT60F-7.2.5-FW-build1517-…` → model name and FortiOS version. */
function readHeader(state: ConvertState): void {
  const header = state.tree.header;
  if (!header) return;
  const m = /^config-version=([A-Za-z0-9]+)-(\d+)\.(\d+)(?:\.(\d+))?-/.exec(header.text);
  if (!m) return;
  const [, model, major, minor, patch] = m;
  // 5.x headers write the minor version with two digits (`FGVM64-5.02-…` is 5.2).
  const version = `${Number(major)}.${Number(minor)}${patch !== undefined ? `.${Number(patch)}` : ''}`;
  state.device.os = { name: `FortiOS (${model})`, version, ...(model !== undefined ? { model } : {}), source: header.rec.span };
  state.majorVersion = Number(major);
  header.rec.status = 'modelled';
}

function count(state: ConvertState): void {
  const { stats } = state.device;
  for (const rec of state.tree.records) {
    const status = rec.status ?? defaultStatus(rec);
    stats.lines += rec.physical;
    if (status === 'modelled') stats.modelled += rec.physical;
    else if (status === 'ignored') stats.ignored += rec.physical;
    else {
      stats.unrecognized += rec.physical;
      for (let k = 0; k < rec.physical; k++) {
        // Not understood: whatever follows a secret-ish word is masked too, beyond the grammar's redaction.
        state.diagnostics.push(diagnostic(state.file, rec.lineNo + k, k === 0 ? safeText(rec.span.text) : '', rec.reason ?? 'not understood / 解析できない行'));
      }
    }
  }
}

/** Lines no converter claimed: by the table they sit in. */
function defaultStatus(rec: LineRecord): 'ignored' | 'unrecognized' {
  if (rec.wrapper || !rec.table) return 'ignored';
  const top = topTable(rec.table);
  if (MODELLED_TABLES.has(top.path)) return 'ignored';
  const known = classifyTable(top.path);
  if (known.kind === 'ignored') return 'ignored';
  // An empty table (`config firewall policy64` / `end`, as full configurations print them) sets nothing.
  if (isEmpty(top)) return 'ignored';
  rec.reason = known.kind === 'not-yet' ? known.reason : `configuration table "config ${top.path}" is not modelled / 未対応の設定ブロック config ${top.path}`;
  return 'unrecognized';
}

function isEmpty(table: Table): boolean {
  return table.settings.size === 0 && table.entries.length === 0 && table.tables.length === 0;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
