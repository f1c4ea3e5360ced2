import type { Device, Interface } from '../../model/index.js';
import { interfaceNamesMatch } from '../../net/interface-name.js';

/** Finds a device's interfaces by name and tells whether they are up. */
export interface DeviceInterfaces {
  /** By exact name (case and spaces ignored), else by a unique abbreviation (`Gi0/1`). */
  named(name: string): Interface | undefined;
  /** Not shut down, and neither is the parent of a sub-interface. */
  isUp(iface: Interface): boolean;
  /** Up sub-interfaces of a port. */
  subinterfacesOf(iface: Interface): Interface[];
}

const cache = new WeakMap<Device, DeviceInterfaces>();

function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/** Index of a device's interfaces, built on first use and kept for the device's lifetime. */
export function interfacesOf(device: Device): DeviceInterfaces {
  const cached = cache.get(device);
  if (cached !== undefined) return cached;

  const byKey = new Map<string, Interface>();
  for (const iface of device.interfaces) if (!byKey.has(nameKey(iface.name))) byKey.set(nameKey(iface.name), iface);

  const named = (name: string): Interface | undefined => {
    const exact = byKey.get(nameKey(name));
    if (exact !== undefined) return exact;
    const matches = device.interfaces.filter((i) => interfaceNamesMatch(i.name, name));
    return matches.length === 1 ? matches[0] : undefined;
  };

  const children = new Map<Interface, Interface[]>();
  for (const iface of device.interfaces) {
    if (iface.kind !== 'subinterface' || iface.parent === undefined) continue;
    const parent = named(iface.parent);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(iface);
    children.set(parent, list);
  }

  const isUp = (iface: Interface): boolean => {
    if (iface.shutdown) return false;
    if (iface.kind === 'subinterface' && iface.parent !== undefined) {
      const parent = named(iface.parent);
      if (parent !== undefined && parent.shutdown) return false;
    }
    return true;
  };

  const index: DeviceInterfaces = {
    named,
    isUp,
    subinterfacesOf: (iface) => (children.get(iface) ?? []).filter(isUp),
  };
  cache.set(device, index);
  return index;
}
