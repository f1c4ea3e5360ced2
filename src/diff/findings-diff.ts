import type { Finding } from '../model/index.js';

/** Findings of two runs compared by their stable ids (rule, device, object, key — never line numbers). */
export interface FindingsDiff {
  added: Finding[];
  resolved: Finding[];
  unchanged: Finding[];
  /** Same id, but the status or severity moved (e.g. an exception expired, a severity override changed). */
  changed: { before: Finding; after: Finding }[];
}

export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const beforeById = new Map(before.map((f) => [f.id, f]));
  const afterIds = new Set(after.map((f) => f.id));
  const diff: FindingsDiff = { added: [], resolved: [], unchanged: [], changed: [] };
  for (const f of after) {
    const old = beforeById.get(f.id);
    if (old === undefined) diff.added.push(f);
    else if (old.status !== f.status || old.severity !== f.severity) diff.changed.push({ before: old, after: f });
    else diff.unchanged.push(f);
  }
  for (const f of before) if (!afterIds.has(f.id)) diff.resolved.push(f);
  return diff;
}
