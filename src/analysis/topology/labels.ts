import type { Device } from '../../model/index.js';
import type { L3Interface } from './types.js';

/** How messages name a device: its hostname, or its file when the config sets none. */
export function deviceLabel(device: Device): string {
  return device.hostname === '' ? device.file : device.hostname;
}

/** `core01 Vlan10`. */
export function interfaceLabel(l3: L3Interface): string {
  return `${deviceLabel(l3.device)} ${l3.interface.name}`;
}
