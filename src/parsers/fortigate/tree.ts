import type { SourceSpan } from '../../model/index.js';

/**
 * The block structure of a FortiOS config as read (read-tree.ts): tables (`config …`) holding either
 * settings directly (`config system global` / `set …`) or entries (`edit "port1"` … `next`), and
 * entries holding settings and nested tables. Every line keeps a record; converters mark the lines
 * they turn into the model, and the driver counts the rest (parse.ts).
 */
export type LineStatus = 'modelled' | 'ignored' | 'unrecognized';

export interface LineRecord {
  /** 1-based number of the first physical line. */
  lineNo: number;
  /** Physical lines the logical line spans (a quoted value may run over several). */
  physical: number;
  /** Evidence: the first physical line, secrets already redacted. */
  span: SourceSpan;
  status?: LineStatus;
  /** Why the line was not understood, shown to users (bilingual). */
  reason?: string;
  /** Innermost table the line belongs to; undefined outside any table. */
  table?: Table;
  /** Part of the `config vdom` / `config global` wrapping, not of a table. */
  wrapper?: boolean;
}

export interface Setting {
  key: string;
  values: string[];
  rec: LineRecord;
}

export interface Entry {
  name: string;
  rec: LineRecord;
  settings: Map<string, Setting>;
  tables: Table[];
  table: Table;
}

export interface Table {
  /** Words of the `config` line, e.g. `['system', 'interface']`. */
  words: string[];
  /** The words joined with blanks: `system interface`. */
  path: string;
  rec: LineRecord;
  /** VDOM the table belongs to: a VDOM name, `global`, or undefined in a single-VDOM config. */
  vdom?: string;
  settings: Map<string, Setting>;
  entries: Entry[];
  tables: Table[];
  /** Entry or table holding this one; undefined for a top-level table. */
  parent?: Entry | Table;
}

/** Settings holder: a table without entries or an entry. */
export type Holder = Table | Entry;

/** A setting by key, marking its line as modelled (read = used). */
export function setting(holder: Holder, key: string): Setting | undefined {
  const found = holder.settings.get(key);
  if (found && found.rec.status === undefined) found.rec.status = 'modelled';
  return found;
}

/** The first value of a setting, marking it modelled. */
export function value(holder: Holder, key: string): string | undefined {
  return setting(holder, key)?.values[0];
}

export function values(holder: Holder, key: string): string[] {
  return setting(holder, key)?.values ?? [];
}

/** `enable`/`disable` settings; undefined when absent. */
export function flag(holder: Holder, key: string): boolean | undefined {
  const v = value(holder, key);
  return v === undefined ? undefined : v === 'enable';
}

/** A nested table of an entry or table by path (`config hosts` inside an SNMP community). */
export function subtable(holder: Holder, path: string): Table | undefined {
  return holder.tables.find((t) => t.path === path);
}

/** Mark the line as understood and modelled (e.g. the `edit` line of an entry turned into an element). */
export function modelled(rec: LineRecord): void {
  if (rec.status === undefined) rec.status = 'modelled';
}

/** A value that makes no sense: the line becomes a diagnostic (the element may still be kept). */
export function reject(rec: LineRecord, reason: string): void {
  rec.status = 'unrecognized';
  rec.reason = reason;
}

/** The top-level table a table sits in (itself when it is one). */
export function topTable(table: Table): Table {
  let current: Table = table;
  while (current.parent) current = 'table' in current.parent ? current.parent.table : current.parent;
  return current;
}
