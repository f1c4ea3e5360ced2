/** Union-find over string keys (path halving, union by size): near-constant time per operation. */
export interface DisjointSets {
  /** The set's representative; adds the key as a set of its own when new. */
  find(key: string): number;
  union(a: string, b: string): void;
  /** Keys in the order they were first seen. */
  keys(): string[];
}

export function createDisjointSets(): DisjointSets {
  const ids = new Map<string, number>();
  const parent: number[] = [];
  const size: number[] = [];

  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = parent.length;
      ids.set(key, id);
      parent.push(id);
      size.push(1);
    }
    return id;
  };

  const root = (id: number): number => {
    let x = id;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };

  return {
    find: (key) => root(idOf(key)),
    union(a, b) {
      let x = root(idOf(a));
      let y = root(idOf(b));
      if (x === y) return;
      if (size[x] < size[y]) [x, y] = [y, x];
      parent[y] = x;
      size[x] += size[y];
    },
    keys: () => [...ids.keys()],
  };
}
