import type { Device, Diagnostic, VendorId } from '../model/index.js';

export interface ParseResult {
  device: Device;
  diagnostics: Diagnostic[];
}

/** One parser per vendor family: `parse(text, file) → {device, diagnostics}`; it never throws. */
export interface VendorParser {
  vendor: VendorId;
  /** Human name, e.g. `Cisco IOS / IOS-XE`. */
  name: string;
  parse(text: string, file: string): ParseResult;
}
