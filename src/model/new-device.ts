import type { Device, VendorId } from './device.js';
import { emptyManagement } from './management.js';

/** A device with every collection empty; parsers fill it in. */
export function newDevice(vendor: VendorId, file: string): Device {
  return {
    hostname: '',
    vendor,
    file,
    interfaces: [],
    vlans: [],
    filters: [],
    addressObjects: [],
    serviceObjects: [],
    routes: [],
    nat: [],
    vpn: { ikeProposals: [], ipsecProposals: [], tunnels: [], preSharedKeys: [] },
    wlans: [],
    management: emptyManagement(),
    otherFilterBindings: [],
    ipRouting: false,
    stats: { lines: 0, modelled: 0, ignored: 0, unrecognized: 0 },
    source: { file, line: 1, text: '' },
  };
}
