import type { Secret } from '../../model/index.js';

/**
 * A stable comparison key of a model object: JSON with keys sorted, so two objects that mean the same
 * give the same string whatever order their fields were built in. Where an object came from is not
 * what it is: `source`, `sourceSpan` and any SourceSpan-valued field are dropped, so a line that only
 * moved in the file compares equal. A Secret compares by its fingerprint alone (the same value stored
 * differently is the same secret); keys are for comparing only and are never printed, so the
 * fingerprint cannot leak through them.
 *
 * `omit` names fields dropped at the top level only (e.g. a filter line's `seq` and `remark`).
 */
export function canonicalKey(value: unknown, omit: ReadonlySet<string> = NO_FIELDS): string {
  return JSON.stringify(normalize(value, omit)) ?? 'undefined';
}

const NO_FIELDS: ReadonlySet<string> = new Set();
const WHERE_FIELDS = new Set(['source', 'sourceSpan']);

function normalize(value: unknown, omit: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(v, NO_FIELDS) ?? null);
  if (value === null || typeof value !== 'object') return value;
  if (isSecret(value)) return { secret: value.fingerprint };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (omit.has(key) || WHERE_FIELDS.has(key)) continue;
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined || isSourceSpan(field)) continue;
    out[key] = normalize(field, NO_FIELDS);
  }
  return out;
}

/** Secrets carry their fingerprint as a non-enumerable property (see model/secret.ts). */
function isSecret(value: object): value is Secret {
  return typeof (value as { fingerprint?: unknown }).fingerprint === 'string' && 'storage' in value && 'kind' in value;
}

/** A SourceSpan under another field name (e.g. `accessClass.source` is dropped by name, this by shape). */
function isSourceSpan(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const span = value as Record<string, unknown>;
  return Object.keys(span).length === 3 && typeof span.file === 'string' && typeof span.line === 'number' && typeof span.text === 'string';
}
