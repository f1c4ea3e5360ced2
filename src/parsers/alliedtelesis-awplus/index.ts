import type { VendorParser } from '../types.js';
import { parseAwplus } from './parse.js';

/** Allied Telesis AlliedWare Plus switches and AR-series routers (`show running-config`). */
export const alliedTelesisAwplusParser: VendorParser = {
  vendor: 'alliedtelesis-awplus',
  name: 'Allied Telesis AlliedWare Plus',
  parse: parseAwplus,
};
