import { SyntaxError as GrammarSyntaxError, parse as parseGrammar } from '../../generated/fortigate.js';
import { diagnostic, REDACTED, redactBlobs, redactLoose, redactRanges } from '../../model/index.js';
import type { Diagnostic } from '../../model/index.js';
import { secretRanges } from '../secret-ranges.js';
import type { LogicalLine } from './logical-lines.js';
import type { Entry, LineRecord, Table } from './tree.js';

export const NOT_UNDERSTOOD = 'not understood / 解析できない行';

/** What the block reader produces: every line's record, the top-level tables, and the VDOMs seen. */
export interface ConfigTree {
  records: LineRecord[];
  tables: Table[];
  vdoms: string[];
  /** `#config-version=…` header line. */
  header?: { text: string; rec: LineRecord };
  diagnostics: Diagnostic[];
}

type Frame = { kind: 'table'; table: Table; wrapper: boolean } | { kind: 'entry'; entry: Entry; wrapper: boolean };

interface ValueToken {
  value: string;
  start: number;
  end: number;
  secret: boolean;
}

type Ast =
  | { type: 'comment'; text: string }
  | { type: 'config'; words: string[] }
  | { type: 'edit'; name: string }
  | { type: 'set'; key: string; values: ValueToken[] }
  | { type: 'list-edit'; verb: string; key: string; values: ValueToken[] }
  | { type: 'unset'; key: string }
  | { type: 'next' }
  | { type: 'end' };

/**
 * Reads the logical lines into tables and entries, tracking nesting by `config`/`edit`/`next`/`end`
 * (never by indentation). `config vdom` + `edit <vdom>` and `config global` wrap tables of a VDOM
 * or of the global scope (FortiOS multi-VDOM export, vendor-syntax.md §4). A structure line that
 * does not fit (an `end` with nothing open, a `next` outside an entry) is a diagnostic and changes
 * nothing, so the rest of the file is still read.
 */
export function readTree(lines: LogicalLine[], file: string): ConfigTree {
  const tree: ConfigTree = { records: [], tables: [], vdoms: [], diagnostics: [] };
  const stack: Frame[] = [];
  let vdom: string | undefined;

  for (const line of lines) {
    const content = line.text.trim();
    if (content === '') continue;
    const indent = line.text.length - line.text.trimStart().length;
    const rec: LineRecord = { lineNo: line.lineNo, physical: line.physical, span: { file, line: line.lineNo, text: safeText(line.text) } };
    tree.records.push(rec);
    const current = innermostTable(stack);
    if (current) rec.table = current;

    let ast: Ast;
    try {
      ast = parseGrammar(content, { startRule: 'Line' }) as Ast;
    } catch (error) {
      if (!(error instanceof GrammarSyntaxError)) throw error;
      rec.status = 'unrecognized';
      rec.reason = NOT_UNDERSTOOD;
      continue;
    }
    const ranges = secretRanges(ast, indent);
    const top = stack[stack.length - 1];
    if (ast.type === 'set' && isSnmpCommunityName(current, top, ast.key)) {
      // The community string is the name of the entry's `set name` (FortiOS `config system snmp community`).
      for (const v of ast.values) ranges.push([v.start + indent, v.end + indent]);
    }
    rec.span = { file, line: line.lineNo, text: firstLine(ranges.length === 0 ? line.text : redactRanges(line.text, ranges)) };

    switch (ast.type) {
      case 'comment':
        rec.status = 'ignored';
        if (ast.text.startsWith('config-version=') && !tree.header) tree.header = { text: ast.text, rec };
        break;
      case 'config': {
        const path = ast.words.join(' ');
        const atRoot = !current && (top === undefined || top.wrapper);
        if (atRoot && (path === 'vdom' || path === 'global')) {
          const wrapper: Table = newTable(ast.words, rec, undefined);
          stack.push({ kind: 'table', table: wrapper, wrapper: true });
          rec.wrapper = true;
          if (path === 'global') vdom = 'global';
          delete rec.table;
          break;
        }
        const parent = top?.kind === 'entry' && !top.wrapper ? top.entry : current;
        const table = newTable(ast.words, rec, parent);
        if (vdom !== undefined) table.vdom = vdom;
        if (!parent) tree.tables.push(table);
        else parent.tables.push(table);
        rec.table = table;
        stack.push({ kind: 'table', table, wrapper: false });
        break;
      }
      case 'edit': {
        if (top?.kind !== 'table') {
          unrecognized(rec, 'edit outside a config table / config の外の edit');
          break;
        }
        if (top.wrapper) {
          // `config vdom` / `edit root`: the tables that follow belong to VDOM root.
          vdom = ast.name;
          if (!tree.vdoms.includes(ast.name)) tree.vdoms.push(ast.name);
          rec.wrapper = true;
          stack.push({ kind: 'entry', entry: newEntry(ast.name, rec, top.table), wrapper: true });
          break;
        }
        const entry = newEntry(ast.name, rec, top.table);
        top.table.entries.push(entry);
        stack.push({ kind: 'entry', entry, wrapper: false });
        break;
      }
      case 'set':
      case 'list-edit': {
        const holder = top?.kind === 'entry' ? top.entry : top?.table;
        if (!holder || top?.wrapper) {
          unrecognized(rec, 'set outside a config table / config の外の set');
          break;
        }
        const values = ast.values.map((v) => v.value);
        const previous = holder.settings.get(ast.key);
        // `append` adds to a list, `unselect` takes values out of it; `set` and `select` replace it.
        const verb = ast.type === 'list-edit' ? ast.verb : 'set';
        const merged =
          verb === 'append' ? [...(previous?.values ?? []), ...values] : verb === 'unselect' ? (previous?.values ?? []).filter((v) => !values.includes(v)) : values;
        holder.settings.set(ast.key, { key: ast.key, values: merged, rec });
        break;
      }
      case 'unset': {
        const holder = top?.kind === 'entry' ? top.entry : top?.table;
        if (!holder || top?.wrapper) unrecognized(rec, 'unset outside a config table / config の外の unset');
        else holder.settings.delete(ast.key);
        break;
      }
      case 'next':
        if (top?.kind !== 'entry') unrecognized(rec, 'next outside an edit / edit の外の next');
        else {
          if (top.wrapper) rec.wrapper = true;
          stack.pop();
        }
        break;
      case 'end': {
        // An entry left open by a missing `next` is closed with its table.
        if (top?.kind === 'entry') {
          if (top.wrapper) rec.wrapper = true;
          stack.pop();
        }
        const closing = stack[stack.length - 1];
        if (!closing) {
          unrecognized(rec, 'end with no open config / 対応する config の無い end');
          break;
        }
        stack.pop();
        if (closing.wrapper) {
          rec.wrapper = true;
          delete rec.table;
          // Outside the wrappers nothing belongs to a VDOM.
          if (stack.length === 0) vdom = undefined;
        }
        break;
      }
    }
  }
  if (stack.length > 0) {
    const open = stack.filter((f) => f.kind === 'table').map((f) => (f.kind === 'table' ? f.table.path : '')).join(' > ');
    tree.diagnostics.push(diagnostic(file, 0, '', `file ends inside "config ${open}": truncated? / ファイルが config ${open} の途中で終わっています（途中で切れている可能性）`, 'truncated', 'warning'));
  }
  return tree;
}

function innermostTable(stack: Frame[]): Table | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i]!;
    if (frame.wrapper) return undefined;
    if (frame.kind === 'table') return frame.table;
  }
  return undefined;
}

function isSnmpCommunityName(table: Table | undefined, top: Frame | undefined, key: string): boolean {
  return key === 'name' && table?.path === 'system snmp community' && table.parent === undefined && top?.kind === 'entry';
}

function newTable(words: string[], rec: LineRecord, parent: Entry | Table | undefined): Table {
  return { words, path: words.join(' '), rec, settings: new Map(), entries: [], tables: [], ...(parent ? { parent } : {}) };
}

function newEntry(name: string, rec: LineRecord, table: Table): Entry {
  return { name, rec, settings: new Map(), tables: [], table };
}

function unrecognized(rec: LineRecord, reason: string): void {
  rec.status = 'unrecognized';
  rec.reason = reason;
}

/** Only the first physical line of a value spanning lines is quoted as evidence. */
function firstLine(text: string): string {
  const cut = text.indexOf('\n');
  return cut < 0 ? text : `${text.slice(0, cut)} …`;
}

/**
 * Text of a line the grammar did not understand: anything after a secret-ish keyword and any long
 * base64 run (certificate or key material, `ENC` blobs) is masked.
 */
export function safeText(text: string): string {
  const line = firstLine(text).replace(/\bENC\s+\S+/g, `ENC ${REDACTED}`);
  const secretKey = SECRETISH_SET.exec(line);
  if (secretKey) return `${secretKey[1]} ${REDACTED}`;
  return redactBlobs(redactLoose(line));
}

/** `set <key> …` whose key names a credential (`auth-token`, `sso-password`, `api-key`, …): the values are masked. */
const SECRETISH_SET = /^(\s*(?:set|append)\s+\S*(?:pass|key|secret|token|psk|pwd|community|cert|auth)\S*)\s+\S.*$/i;
