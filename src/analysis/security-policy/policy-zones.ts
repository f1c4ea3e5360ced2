import type { Device, SecurityPolicy, SecurityZone } from '../../model/index.js';

/**
 * The zones of a device's security policy, with the implicit ones filled in: an interface listed
 * in no zone forms a zone of its own, named after it, intrazone deny (model/security-policy.ts).
 */
export interface PolicyZoneMap {
  zones: SecurityZone[];
  /** Zone of an interface by canonical name. */
  zoneOf(interfaceName: string): SecurityZone;
}

export function policyZones(device: Device, policy: SecurityPolicy): PolicyZoneMap {
  const byInterface = new Map<string, SecurityZone>();
  for (const zone of policy.zones) for (const name of zone.interfaces) byInterface.set(name, zone);
  const zones = [...policy.zones];
  const implicit = (name: string): SecurityZone => {
    const zone: SecurityZone = { name, interfaces: [name], intrazone: 'deny', source: policy.source };
    byInterface.set(name, zone);
    zones.push(zone);
    return zone;
  };
  for (const iface of device.interfaces) if (!byInterface.has(iface.name)) implicit(iface.name);
  return {
    zones,
    zoneOf: (name) => byInterface.get(name) ?? implicit(name),
  };
}
