import type { Device, VendorId } from './device.js';
import type { Diagnostic } from './source.js';

/** One input file as read: what it was taken for and its fingerprint for the evidence manifest. */
export interface InputFile {
  path: string;
  size: number;
  sha256: string;
  vendor?: VendorId;
  /** How the text was decoded. */
  encoding?: string;
  status: 'parsed' | 'skipped' | 'error';
  /** Set when the file was read as an operational export (`show interfaces status` …), not as a config. */
  kind?: 'operational-export';
}

/** All devices of one audit run plus everything that could not be understood. */
export interface Network {
  devices: Device[];
  inputs: InputFile[];
  diagnostics: Diagnostic[];
}
