import type { Localized } from '../../model/index.js';
import { canonicalKey } from './canonical.js';

/**
 * A field of a model object to compare, with its label for people and, where the value is short and
 * not secret, how to show it ("action permit → deny"); without `show` only the field's name is said.
 */
export interface FieldSpec<T> {
  label: Localized;
  value: (item: T) => unknown;
  show?: (value: unknown) => string;
}

/** The fields that differ between two versions of an object, as one short bilingual text; undefined when none. */
export function fieldChanges<T>(before: T, after: T, fields: readonly FieldSpec<T>[]): Localized | undefined {
  const ja: string[] = [];
  const en: string[] = [];
  for (const field of fields) {
    const old = field.value(before);
    const now = field.value(after);
    if (canonicalKey(old) === canonicalKey(now)) continue;
    const shown = field.show ? ` ${field.show(old)} → ${field.show(now)}` : '';
    ja.push(`${field.label.ja}${shown}`);
    en.push(`${field.label.en}${shown}`);
  }
  return ja.length === 0 ? undefined : { ja: ja.join('、'), en: en.join(', ') };
}

/** Longer lists are cut short: a detail is a summary, the lines themselves are in before/after. */
const LIST_LIMIT = 8;

/** How a plain value reads in a detail text: lists comma-joined, absent (not set) as `-`, an empty list as `none`. */
export function showPlain(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const shown = value.slice(0, LIST_LIMIT).map(showPlain).join(',');
    return value.length > LIST_LIMIT ? `${shown},… (+${value.length - LIST_LIMIT})` : shown;
  }
  return String(value);
}

export function label(ja: string, en: string): Localized {
  return { ja, en };
}

export function positionMoved(from: number, to: number): Localized {
  return { ja: `位置 ${from} → ${to}`, en: `position ${from} → ${to}` };
}
