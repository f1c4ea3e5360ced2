import { formatPrefixAddress, prefixNetwork, type Prefix } from '../../net/prefix.js';
import type { PacketSet, PacketSpace } from '../packet/packet-set.js';

/**
 * Packets whose source or destination lies in a prefix, built once per prefix and side: zones,
 * routes and interface addresses ask for the same few prefixes over and over.
 */
export class AddressSets {
  private readonly cache = new Map<string, PacketSet>();

  constructor(private readonly space: PacketSpace) {}

  of(side: 'src' | 'dst', prefix: Prefix): PacketSet {
    const network = prefixNetwork(prefix);
    const key = `${side}|${network.family}|${network.address}/${network.length}`;
    let set = this.cache.get(key);
    if (set === undefined) {
      set = this.space.address(side, {
        kind: 'prefix',
        address: formatPrefixAddress(network),
        length: network.length,
        family: network.family,
      });
      this.cache.set(key, set);
    }
    return set;
  }

  /** Union over the prefixes. */
  ofAll(side: 'src' | 'dst', prefixes: readonly Prefix[]): PacketSet {
    return prefixes.reduce((set, prefix) => set.union(this.of(side, prefix)), this.space.none());
  }

  /** Packets addressed to one of the hosts (the addresses themselves, not their subnets). */
  hosts(side: 'src' | 'dst', addresses: readonly Prefix[]): PacketSet {
    return this.ofAll(
      side,
      addresses.map((a) => ({ ...a, length: a.family === 4 ? 32 : 128 }) as Prefix),
    );
  }
}
