import { ipv4NetworkAddress } from '../../net/ipv4.js';
import { ipv6NetworkAddress } from '../../net/ipv6.js';
import type { Prefix } from '../../net/prefix.js';

/**
 * Values stored by network prefix, looked up by longest-prefix match: one hash map per prefix
 * length, probed longest first (at most 33 or 129 probes, no matter how many prefixes).
 */
export interface PrefixTable<V> {
  get(prefix: Prefix): V | undefined;
  set(prefix: Prefix, value: V): void;
  /** Values whose prefix contains the address (a host prefix), longest prefix first. */
  containing(address: Prefix): V[];
  /** Every value, longest prefix first, then IPv4 before IPv6, then by network address. */
  values(): V[];
}

type Network = number | bigint;

interface FamilyTable<V> {
  byLength: Map<number, Map<Network, V>>;
  lengthsLongestFirst: number[];
}

function networkOf(prefix: Prefix, length: number): Network {
  return prefix.family === 4 ? ipv4NetworkAddress(prefix.address, length) : ipv6NetworkAddress(prefix.address, length);
}

export function createPrefixTable<V>(): PrefixTable<V> {
  const families: Record<4 | 6, FamilyTable<V>> = {
    4: { byLength: new Map(), lengthsLongestFirst: [] },
    6: { byLength: new Map(), lengthsLongestFirst: [] },
  };

  return {
    get(prefix) {
      return families[prefix.family].byLength.get(prefix.length)?.get(networkOf(prefix, prefix.length));
    },
    set(prefix, value) {
      const table = families[prefix.family];
      let byNetwork = table.byLength.get(prefix.length);
      if (byNetwork === undefined) {
        byNetwork = new Map();
        table.byLength.set(prefix.length, byNetwork);
        table.lengthsLongestFirst = [...table.byLength.keys()].sort((a, b) => b - a);
      }
      byNetwork.set(networkOf(prefix, prefix.length), value);
    },
    containing(address) {
      const table = families[address.family];
      const found: V[] = [];
      for (const length of table.lengthsLongestFirst) {
        if (length > address.length) continue;
        const value = table.byLength.get(length)!.get(networkOf(address, length));
        if (value !== undefined) found.push(value);
      }
      return found;
    },
    values() {
      const all: V[] = [];
      const lengths = new Set([...families[4].lengthsLongestFirst, ...families[6].lengthsLongestFirst]);
      for (const length of [...lengths].sort((a, b) => b - a)) {
        for (const family of [4, 6] as const) {
          const byNetwork = families[family].byLength.get(length);
          if (byNetwork === undefined) continue;
          const networks = [...byNetwork.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          for (const network of networks) all.push(byNetwork.get(network)!);
        }
      }
      return all;
    },
  };
}
