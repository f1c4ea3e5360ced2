import type { SourceSpan } from '../../model/index.js';
import { canonicalKey } from './canonical.js';

/**
 * The lines to show for a change of a composite setting (SNMP, AAA, banners…): on each side the first
 * element carrying a source span that has no equal on the other side, innermost first (a changed
 * community rather than the whole SNMP block). Undefined on a side where no such element exists.
 */
export function differingSpans(before: unknown, after: unknown): { before?: SourceSpan; after?: SourceSpan } {
  const a = spanned(before);
  const b = spanned(after);
  const keysA = new Set(a.map((n) => n.key));
  const keysB = new Set(b.map((n) => n.key));
  const old = a.find((n) => !keysB.has(n.key))?.span;
  const now = b.find((n) => !keysA.has(n.key))?.span;
  return { ...(old ? { before: old } : {}), ...(now ? { after: now } : {}) };
}

interface SpannedNode {
  key: string;
  span: SourceSpan;
}

/** Every object with a `source` span inside `value`, children before their parent. */
function spanned(value: unknown, out: SpannedNode[] = []): SpannedNode[] {
  if (Array.isArray(value)) {
    for (const v of value) spanned(v, out);
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  for (const [key, field] of Object.entries(value)) if (key !== 'source') spanned(field, out);
  const source = (value as { source?: unknown }).source;
  if (isSpan(source)) out.push({ key: canonicalKey(value), span: source });
  return out;
}

function isSpan(value: unknown): value is SourceSpan {
  return typeof value === 'object' && value !== null && typeof (value as SourceSpan).file === 'string' && typeof (value as SourceSpan).line === 'number';
}
