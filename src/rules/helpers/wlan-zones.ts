import type { Device, Wlan, ZoneAssignment } from '../../model/index.js';
import type { RuleContext } from '../types.js';
import { uniqueZones } from './zones.js';

/**
 * Zones an SSID serves: its own zones.csv SSID rows first, then the zone of the VLAN it bridges to, or
 * of the interface it enters (tunnelled SSIDs). Empty when zones.csv says nothing about it.
 */
export function zonesOfWlan(ctx: RuleContext, device: Device, wlan: Wlan): ZoneAssignment[] {
  return uniqueZones([...ctx.zones.ofSsid(wlan.ssid), ...bridgedZonesOfWlan(ctx, device, wlan)]);
}

/** Zones of the VLAN (or interface) the SSID's traffic is put on, as the config shows it. */
export function bridgedZonesOfWlan(ctx: RuleContext, device: Device, wlan: Wlan): ZoneAssignment[] {
  if (wlan.vlan !== undefined) return ctx.zones.ofVlan(device, wlan.vlan);
  const iface = wlan.interface !== undefined ? device.interfaces.find((i) => i.name === wlan.interface) : undefined;
  return iface ? ctx.zones.ofInterface(device, iface) : [];
}
