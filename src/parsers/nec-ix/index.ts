import type { VendorParser } from '../types.js';
import { parseNecIx } from './parse.js';

/** NEC UNIVERGE IX routers (`show running-config` exports and hand-written configs). */
export const necIxParser: VendorParser = {
  vendor: 'nec-ix',
  name: 'NEC UNIVERGE IX',
  parse: parseNecIx,
};
