import type { Device, Interface, Zone, ZoneAssignment } from '../model/index.js';

/**
 * Answers "which policy zone is this interface / VLAN / SSID / address in?" from zones.csv.
 * Built once per run by buildZoneIndex (zone-binding.ts); rules only read it.
 */
export interface ZoneIndex {
  /** False when no zones.csv was given: zone-dependent rules then report 要確認 (manual). */
  available: boolean;
  zones: Zone[];
  /**
   * Zones of an interface, strongest evidence first: device+interface rows, then VLAN (access VLAN,
   * SVI number, sub-interface tag), then addresses (the interface's subnet overlaps a zone CIDR).
   */
  ofInterface(device: Device, iface: Interface): ZoneAssignment[];
  ofVlan(device: Device, vlan: number): ZoneAssignment[];
  ofSsid(ssid: string): ZoneAssignment[];
  /** Most specific zone CIDR containing the address. */
  ofAddress(address: string): ZoneAssignment | undefined;
}
