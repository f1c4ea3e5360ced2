import type { Zone } from '../../model/index.js';
import { parsePrefix, type Prefix } from '../../net/prefix.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface, Topology } from '../topology/types.js';
import type { ZoneIndex } from '../zone-index.js';
import type { AddressSets } from './address-sets.js';

/**
 * Where each zone is in the network: the routed interfaces it attaches at and the addresses it holds.
 *
 * - Attachments: the L3 interfaces whose strongest zones.csv match (ZoneIndex.ofInterface) is the
 *   zone; an internet zone also attaches at every interface a device+interface row binds to it (the
 *   uplink), whatever else matches that interface.
 * - Explicit space: the zone's CIDR rows plus the subnets of its attachments.
 * - Space: the explicit space; an internet zone without CIDR rows means "every address not in any
 *   other zone", the complement of the other zones' explicit spaces.
 */
export interface ZoneSpace {
  zone: Zone;
  attachments: L3Interface[];
  /** CIDRs and attachment subnets. */
  prefixes: Prefix[];
  srcExplicit: PacketSet;
  dstExplicit: PacketSet;
  src: PacketSet;
  dst: PacketSet;
  /** True for an internet zone whose space is everything outside the other zones. */
  complement: boolean;
}

export function zoneSpaces(zones: ZoneIndex, topology: Topology, addresses: AddressSets): ZoneSpace[] {
  const attachments = new Map<string, L3Interface[]>(zones.zones.map((z) => [z.name, []]));
  for (const l3 of topology.l3Interfaces) {
    const assignments = zones.ofInterface(l3.device, l3.interface);
    const attached = new Set<string>();
    if (assignments[0] !== undefined) attached.add(assignments[0].zone);
    for (const a of assignments) {
      if (a.class === 'internet' && a.binding.selector.kind === 'interface') attached.add(a.zone);
    }
    for (const zone of attached) attachments.get(zone)?.push(l3);
  }

  const explicit = zones.zones.map((zone) => {
    const prefixes: Prefix[] = [];
    for (const binding of zone.bindings) {
      if (binding.selector.kind !== 'cidr') continue;
      const parsed = parsePrefix(`${binding.selector.address}/${binding.selector.prefixLength}`);
      if (!('error' in parsed)) prefixes.push(parsed);
    }
    const hasCidr = prefixes.length > 0;
    const attached = attachments.get(zone.name) ?? [];
    for (const l3 of attached) prefixes.push(...l3.subnets);
    return {
      zone,
      attachments: attached,
      prefixes,
      srcExplicit: addresses.ofAll('src', prefixes),
      dstExplicit: addresses.ofAll('dst', prefixes),
      complement: zone.class === 'internet' && !hasCidr,
    };
  });

  const internal = explicit.filter((z) => !z.complement);
  const none = addresses.ofAll('src', []);
  const internalSrc = internal.reduce((set, z) => set.union(z.srcExplicit), none);
  const internalDst = internal.reduce((set, z) => set.union(z.dstExplicit), none);
  return explicit.map((z) => ({
    ...z,
    src: z.complement ? internalSrc.complement() : z.srcExplicit,
    dst: z.complement ? internalDst.complement() : z.dstExplicit,
  }));
}
