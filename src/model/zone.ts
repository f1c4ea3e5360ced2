import type { SourceSpan } from './source.js';

/** The policy's areas (領域). See design.md, "Zones". */
export type ZoneClass =
  | 'koumu-internal'
  | 'koumu-external'
  | 'learning'
  | 'guest'
  | 'management'
  | 'dmz'
  | 'internet'
  | 'closed-wan';

export const ZONE_CLASSES: readonly ZoneClass[] = [
  'koumu-internal',
  'koumu-external',
  'learning',
  'guest',
  'management',
  'dmz',
  'internet',
  'closed-wan',
];

/** How a zone is tied to the network. */
export type ZoneSelector =
  | { kind: 'cidr'; address: string; prefixLength: number; family: 4 | 6 }
  | { kind: 'vlan'; vlan: number; device?: string }
  | { kind: 'interface'; device: string; interface: string }
  | { kind: 'ssid'; ssid: string };

export interface ZoneBinding {
  selector: ZoneSelector;
  /** Row of zones.csv that declared it. */
  source: SourceSpan;
}

export interface Zone {
  name: string;
  class: ZoneClass;
  bindings: ZoneBinding[];
  description?: string;
}

/** Where an interface, VLAN or SSID of a device landed, and why. */
export interface ZoneAssignment {
  zone: string;
  class: ZoneClass;
  /** Which binding matched: the zones.csv row. */
  binding: ZoneBinding;
}
