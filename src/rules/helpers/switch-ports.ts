import type { Device, Interface } from '../../model/index.js';

/** VLAN a port without `switchport access vlan` belongs to (IEEE 802.1Q default VLAN). */
export const DEFAULT_ACCESS_VLAN = 1;

/** Physical layer-2 ports of the device, whatever their mode or state. */
export function physicalSwitchPorts(device: Device): Interface[] {
  return device.interfaces.filter((i) => i.kind === 'physical' && i.switchport !== undefined);
}

/**
 * Access ports that are up: physical switch ports in access mode (or with no mode set, which on most
 * switches ends as an access port towards an end device), not administratively down.
 */
export function activeAccessPorts(device: Device): Interface[] {
  return physicalSwitchPorts(device).filter((i) => {
    const mode = i.switchport!.mode;
    return (mode === 'access' || mode === undefined) && !i.shutdown;
  });
}

export function accessVlanOf(port: Interface): number {
  return port.switchport?.accessVlan ?? DEFAULT_ACCESS_VLAN;
}

/** Port-based authentication (802.1X or MAB) that is actually enforced on the port. */
export function hasEnforcedAuthentication(port: Interface): boolean {
  const ac = port.accessControl;
  return ac !== undefined && ac.portControl === 'auto' && (ac.dot1x || ac.mab);
}
