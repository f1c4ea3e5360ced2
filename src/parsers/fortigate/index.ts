import type { VendorParser } from '../types.js';
import { parseFortigate } from './parse.js';

/** Fortinet FortiGate firewalls, FortiOS 5.x–7.6 (`show` / `show full-configuration` / backup files). */
export const fortigateParser: VendorParser = {
  vendor: 'fortigate',
  name: 'Fortinet FortiGate (FortiOS)',
  parse: parseFortigate,
};
