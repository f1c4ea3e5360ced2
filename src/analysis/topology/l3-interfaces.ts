import type { Device, Interface } from '../../model/index.js';
import { prefixNetwork, type Prefix } from '../../net/prefix.js';
import { interfacePrefix, isLinkLocal } from './addresses.js';
import { interfacesOf } from './device-interfaces.js';
import type { L3Interface } from './types.js';

function prefixesOf(iface: Interface): Prefix[] {
  const prefixes: Prefix[] = [];
  for (const address of iface.addresses) {
    const prefix = interfacePrefix(address);
    if (prefix !== undefined) prefixes.push(prefix);
  }
  return prefixes;
}

/**
 * Every interface that routes: up, with an address, an `ip unnumbered` lender, a DHCP/PPP
 * address (its subnet is unknown, but routes can still point out of it), or a tunnel (IPsec tunnels
 * of Yamaha RTX and FortiGate route-based VPNs usually have no address of their own; routes point
 * out of them and the tunnel pairs them with the peer). In device and interface order.
 */
export function collectL3Interfaces(devices: Device[]): L3Interface[] {
  const found: L3Interface[] = [];
  for (const device of devices) {
    const interfaces = interfacesOf(device);
    for (const iface of device.interfaces) {
      if (!interfaces.isUp(iface)) continue;
      const own = prefixesOf(iface);
      const l3: L3Interface = {
        id: found.length,
        device,
        interface: iface,
        vrf: iface.vrf ?? '',
        addresses: own,
        subnets: own.filter((p) => !isLinkLocal(p)).map(prefixNetwork),
      };
      if (own.length === 0 && iface.unnumbered !== undefined) {
        // The lender's address is used as the source, but its subnet is connected on the lender only.
        const lender = interfaces.named(iface.unnumbered);
        l3.addresses = lender === undefined ? [] : prefixesOf(lender);
        l3.borrowedFrom = lender?.name ?? iface.unnumbered;
      } else if (own.length === 0 && iface.dynamicAddress === undefined && iface.tunnel === undefined) {
        continue;
      }
      found.push(l3);
    }
  }
  return found;
}
