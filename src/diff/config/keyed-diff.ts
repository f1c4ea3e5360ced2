/**
 * Pair the items of two unordered collections by a name (an address object by its name, a route by
 * its destination…). Items whose name is on one side only were added or removed; items on both sides
 * are handed back as pairs for the caller to compare. Several items with the same name pair in order.
 */
export interface KeyedDiff<T> {
  added: T[];
  removed: T[];
  both: [T, T][];
}

export function keyedDiff<T>(before: readonly T[], after: readonly T[], nameOf: (item: T) => string): KeyedDiff<T> {
  const waiting = new Map<string, T[]>();
  for (const item of before) {
    const name = nameOf(item);
    const list = waiting.get(name) ?? [];
    list.push(item);
    waiting.set(name, list);
  }
  const added: T[] = [];
  const both: [T, T][] = [];
  for (const item of after) {
    const old = waiting.get(nameOf(item))?.shift();
    if (old === undefined) added.push(item);
    else both.push([old, item]);
  }
  const removed = [...waiting.values()].flat();
  return { added, removed, both };
}
