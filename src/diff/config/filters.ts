import type { Filter, FilterRule, SourceSpan } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { canonicalKey } from './canonical.js';
import { fieldChanges, label, positionMoved, showPlain, type FieldSpec } from './field-changes.js';
import { keyedDiff } from './keyed-diff.js';
import { orderedDiff } from './ordered-diff.js';

/** How a filter is named in a change: by its name, with the family when it is not plain IPv4. */
export function filterLabel(name: string, family: string): string {
  return family === 'ipv4' ? name : `${name} (${family})`;
}

/** Filters by (name, family): added / removed; for a filter on both sides its semantics and its lines. */
export function filterChanges(before: readonly Filter[], after: readonly Filter[]): ConfigChange[] {
  const { added, removed, both } = keyedDiff(before, after, (f) => `${f.family}\u0000${f.name}`);
  const changes: ConfigChange[] = [];
  for (const f of removed) changes.push({ kind: 'filter', op: 'removed', object: filterLabel(f.name, f.family), before: f.source, detail: lineCount(f) });
  for (const f of added) changes.push({ kind: 'filter', op: 'added', object: filterLabel(f.name, f.family), after: f.source, detail: lineCount(f) });
  for (const [old, now] of both) {
    const detail = fieldChanges(old, now, FILTER_FIELDS);
    if (detail) changes.push({ kind: 'filter', op: 'changed', object: filterLabel(now.name, now.family), before: old.source, after: now.source, detail });
    changes.push(...lineChanges(old, now));
  }
  return changes;
}

const FILTER_FIELDS: readonly FieldSpec<Filter>[] = [
  { label: label('既定動作', 'default action'), value: (f) => f.semantics.defaultAction, show: showPlain },
  { label: label('ステートフル', 'stateful'), value: (f) => f.semantics.stateful, show: showPlain },
  { label: label('種類', 'kind'), value: (f) => f.kind, show: showPlain },
];

function lineCount(f: Filter): { ja: string; en: string } {
  const n = filterLines(f).length;
  return { ja: `${n} 行`, en: `${n} line${n === 1 ? '' : 's'}` };
}

/**
 * One line of a filter as the config has it: the consecutive rules a parser made from one source line
 * (an object group or a `udp,tcp` list can give several) belong together.
 */
interface FilterLine {
  rules: FilterRule[];
  source: SourceSpan;
}

function filterLines(f: Filter): FilterLine[] {
  const lines: FilterLine[] = [];
  for (const rule of f.rules) {
    const last = lines[lines.length - 1];
    if (last && last.source.file === rule.source.file && last.source.line === rule.source.line) last.rules.push(rule);
    else lines.push({ rules: [rule], source: rule.source });
  }
  return lines;
}

/** A renumbered line, or one with a new remark, is the same line: seq and remark are not compared. */
const NOT_THE_LINE = new Set(['seq', 'remark']);

function lineKey(line: FilterLine): string {
  return line.rules.map((r) => canonicalKey(r, NOT_THE_LINE)).join('\n');
}

/**
 * Lines added, removed and moved. A move is a change of what the filter does because the first
 * matching line decides (`semantics.firstMatch`; Cisco IOS Security Configuration Guide, "IP Access
 * List Overview"; Yamaha RTX applies a secure filter list in list order — see model/filter.ts and the
 * vendor parsers).
 */
function lineChanges(old: Filter, now: Filter): ConfigChange[] {
  const a = filterLines(old);
  const b = filterLines(now);
  const diff = orderedDiff(a.map(lineKey), b.map(lineKey));
  const parent = filterLabel(now.name, now.family);
  const object = (i: number): string => `${parent} #${i + 1}`;
  const text = (line: FilterLine) => ({ ja: line.source.text.trim(), en: line.source.text.trim() });
  const changes: ConfigChange[] = [];
  for (const i of diff.removed) changes.push({ kind: 'filter-line', op: 'removed', object: object(i), parent, before: a[i]!.source, detail: text(a[i]!) });
  for (const j of diff.added) changes.push({ kind: 'filter-line', op: 'added', object: object(j), parent, after: b[j]!.source, detail: text(b[j]!) });
  for (const [i, j] of diff.moved) {
    const moved = positionMoved(i + 1, j + 1);
    const line = b[j]!.source.text.trim();
    changes.push({ kind: 'filter-line', op: 'moved', object: object(j), parent, before: a[i]!.source, after: b[j]!.source, detail: { ja: `${moved.ja}: ${line}`, en: `${moved.en}: ${line}` } });
  }
  return changes;
}
