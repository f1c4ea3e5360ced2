import type { Device, Direction, Filter, FilterFamily, Interface, Localized, SourceSpan } from '../../model/index.js';

/**
 * Everything in a device's model that names a filter, and which filter each name resolves to.
 *
 * - `access-control`: the filter decides what may pass or connect (interface bindings, management
 *   line access classes, other bindings such as the HTTP server or NTP, service access classes,
 *   SNMP communities, groups and users).
 * - `selector`: the filter only picks traffic for another feature (VPN protected traffic, NAT source
 *   list); its permit lines let nothing through by themselves.
 *
 * A reference resolves by name within its family; a reference whose setting does not say the family
 * (`family` undefined, e.g. an SNMP community's list) resolves to a filter of that name in any family.
 */

export type FilterUse = 'access-control' | 'selector';

export interface FilterReference {
  filter: string;
  family?: FilterFamily;
  use: FilterUse;
  /** What holds the reference, for messages: `interface Vlan10 (in)`, `line vty 0 4`, `SNMP community #1`. */
  holder: Localized;
  /** Set for interface bindings. */
  interface?: Interface;
  direction?: Direction;
  source: SourceSpan;
}

const DIRECTION_JA: Record<Direction, string> = { in: '受信', out: '送信' };

export function filterReferences(device: Device): FilterReference[] {
  const refs: FilterReference[] = [];
  for (const iface of device.interfaces) {
    for (const b of iface.filters) {
      refs.push({
        filter: b.filter,
        family: b.family,
        use: 'access-control',
        holder: { ja: `インタフェース ${iface.name}（${DIRECTION_JA[b.direction]}）`, en: `interface ${iface.name} (${b.direction})` },
        interface: iface,
        direction: b.direction,
        source: b.source,
      });
    }
  }
  for (const line of device.management.lines) {
    const b = line.accessClass;
    if (b) refs.push({ filter: b.filter, family: b.family, use: 'access-control', holder: both(`line ${line.name}`), direction: b.direction, source: b.source });
  }
  for (const b of device.otherFilterBindings) {
    refs.push({ filter: b.filter, family: b.family, use: 'access-control', holder: both(b.purpose), direction: b.direction, source: b.source });
  }
  for (const s of device.management.services) {
    if (s.accessClass !== undefined) refs.push({ filter: s.accessClass, use: 'access-control', holder: both(s.name), source: s.source });
  }
  const snmp = device.management.snmp;
  snmp.communities.forEach((c, i) => {
    // The community itself is a secret: it is named by its position only.
    if (c.accessList !== undefined) refs.push({ filter: c.accessList, use: 'access-control', holder: both(`SNMP community #${i + 1}`), source: c.source });
  });
  for (const g of snmp.v3Groups) {
    if (g.accessList !== undefined) refs.push({ filter: g.accessList, use: 'access-control', holder: both(`SNMP group ${g.name}`), source: g.source });
  }
  for (const u of snmp.v3Users) {
    if (u.accessList !== undefined) refs.push({ filter: u.accessList, use: 'access-control', holder: both(`SNMP user ${u.name}`), source: u.source });
  }
  for (const t of device.vpn.tunnels) {
    if (t.protectedTraffic !== undefined) refs.push({ filter: t.protectedTraffic, use: 'selector', holder: both(`VPN ${t.name}`), source: t.source });
  }
  for (const n of device.nat) {
    if (n.inside.list !== undefined) refs.push({ filter: n.inside.list, use: 'selector', holder: both('NAT'), source: n.source });
  }
  return refs;
}

/** Whether the reference names this filter. */
export function refersTo(ref: FilterReference, filter: Filter): boolean {
  return ref.filter === filter.name && (ref.family === undefined || ref.family === filter.family);
}

/** The filter a reference resolves to; undefined when the device defines none that fits. */
export function resolveReference(device: Device, ref: FilterReference): Filter | undefined {
  return device.filters.find((f) => refersTo(ref, f));
}

/** The references that name each filter of the device (an empty list: nothing uses it). */
export function referencesByFilter(device: Device, refs = filterReferences(device)): Map<Filter, FilterReference[]> {
  const byName = new Map<string, Filter[]>();
  for (const f of device.filters) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const result = new Map<Filter, FilterReference[]>(device.filters.map((f) => [f, []]));
  for (const ref of refs) {
    for (const f of byName.get(ref.filter) ?? []) if (refersTo(ref, f)) result.get(f)!.push(ref);
  }
  return result;
}

/** Holder labels are the same in both languages (they quote config names). */
function both(text: string): Localized {
  return { ja: text, en: text };
}
