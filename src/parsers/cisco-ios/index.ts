import { newDevice } from '../../model/index.js';
import type { VendorParser } from '../types.js';

// Placeholder until the grammar-based parser lands (issue #2, item 5).
export const ciscoIosParser: VendorParser = {
  vendor: 'cisco-ios',
  name: 'Cisco IOS / IOS-XE',
  parse(_text, file) {
    return { device: newDevice('cisco-ios', file), diagnostics: [] };
  },
};
