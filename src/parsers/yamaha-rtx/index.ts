import type { VendorParser } from '../types.js';
import { parseYamahaRtx } from './parse.js';

/** Yamaha RTX / NVR routers (`show config` exports and hand-written configs). */
export const yamahaRtxParser: VendorParser = {
  vendor: 'yamaha-rtx',
  name: 'Yamaha RTX / NVR',
  parse: parseYamahaRtx,
};
