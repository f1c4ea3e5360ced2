import type { Device, Interface } from '../../model/index.js';

/** What a port does with frames once the link is up. */
export type PortMode =
  /** Untagged frames in the access VLAN (plus the tagged voice VLAN). */
  | 'access'
  /** Tagged frames of the allowed VLANs, untagged ones in the native VLAN. */
  | 'trunk'
  /** 802.1Q tunnel (QinQ): every frame, tagged or not, enters the access VLAN. */
  | 'tunnel'
  /** Private-VLAN port: the model lacks its associations, so it joins nothing. */
  | 'isolated'
  /** Not a switch port: its frames are its own segment (and its sub-interfaces' tags). */
  | 'routed';

/** Dynamic Trunking Protocol stance of a port. */
type DtpStance = 'trunk' | 'silent-trunk' | 'desirable' | 'auto' | 'none';

/**
 * Catalyst switch ports default to `switchport mode dynamic auto` (Cisco Catalyst configuration
 * guides, "Default Layer 2 Ethernet interface configuration"); other platforms default to access and
 * speak no DTP.
 */
function dtpStance(device: Device, iface: Interface): DtpStance {
  const port = iface.switchport;
  if (port === undefined) return 'none';
  switch (port.mode) {
    case 'trunk':
      return port.nonegotiate === true ? 'silent-trunk' : 'trunk';
    case 'dynamic':
      return port.dynamicMode === 'desirable' ? 'desirable' : 'auto';
    case undefined:
      return device.vendor === 'cisco-ios' ? 'auto' : 'none';
    default:
      return 'none';
  }
}

/**
 * DTP outcome (Cisco: "dynamic desirable" trunks with trunk, desirable or auto; "dynamic auto"
 * trunks with trunk or desirable; a trunk with `nonegotiate` sends no DTP, so a dynamic peer stays
 * access). Without a known peer a dynamic port is taken as access.
 */
function negotiatesTrunk(self: DtpStance, peer: DtpStance | undefined): boolean {
  if (peer === undefined) return false;
  if (self === 'desirable') return peer === 'trunk' || peer === 'desirable' || peer === 'auto';
  if (self === 'auto') return peer === 'trunk' || peer === 'desirable';
  return false;
}

/** Mode of a port, negotiated with the port at the other end of its link when it has one. */
export function portMode(device: Device, iface: Interface, peer?: { device: Device; interface: Interface }): PortMode {
  const port = iface.switchport;
  if (port === undefined) return 'routed';
  switch (port.mode) {
    case 'access':
      return 'access';
    case 'trunk':
      return 'trunk';
    case 'dot1q-tunnel':
      return 'tunnel';
    case 'private-vlan':
      return 'isolated';
    default: {
      const self = dtpStance(device, iface);
      const other = peer === undefined ? undefined : dtpStance(peer.device, peer.interface);
      return negotiatesTrunk(self, other) ? 'trunk' : 'access';
    }
  }
}
