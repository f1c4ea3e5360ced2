import type { VendorParser } from '../types.js';
import { parseCiscoIos } from './parse.js';

/** Cisco IOS / IOS-XE (routers, Catalyst switches, autonomous Aironet access points). */
export const ciscoIosParser: VendorParser = {
  vendor: 'cisco-ios',
  name: 'Cisco IOS / IOS-XE',
  parse: parseCiscoIos,
};
