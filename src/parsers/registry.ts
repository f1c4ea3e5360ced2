import type { VendorId } from '../model/index.js';
import { alliedTelesisAwplusParser } from './alliedtelesis-awplus/index.js';
import { ciscoIosParser } from './cisco-ios/index.js';
import { fortigateParser } from './fortigate/index.js';
import { necIxParser } from './nec-ix/index.js';
import type { VendorParser } from './types.js';
import { yamahaRtxParser } from './yamaha-rtx/index.js';

/** Parsers by vendor. A vendor detected but missing here is reported as "no parser yet". */
export const PARSERS: Partial<Record<VendorId, VendorParser>> = {
  'cisco-ios': ciscoIosParser,
  'yamaha-rtx': yamahaRtxParser,
  fortigate: fortigateParser,
  'alliedtelesis-awplus': alliedTelesisAwplusParser,
  'nec-ix': necIxParser,
};

export function parserFor(vendor: VendorId): VendorParser | undefined {
  return PARSERS[vendor];
}

export const VENDOR_IDS: readonly VendorId[] = [
  'cisco-ios', 'cisco-nxos', 'cisco-asa', 'arista-eos', 'yamaha-rtx', 'nec-ix', 'alliedtelesis-awplus',
  'fortigate', 'paloalto-panos', 'juniper-junos', 'aruba-aos-switch', 'aruba-aoscx', 'hpe-comware',
  'linux-iptables', 'linux-nftables',
];
