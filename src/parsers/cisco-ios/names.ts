import type { InterfaceKind } from '../../model/index.js';

/**
 * Canonical IOS interface names. Configs write `GigabitEthernet0/1`, people and some commands write
 * `Gi0/1` or `gigabitethernet 0/1`; the model always holds the full name IOS prints in
 * `show running-config`.
 */
const CANONICAL_TYPES: Record<string, string> = {};

function addType(full: string, ...abbreviations: string[]): void {
  CANONICAL_TYPES[full.toLowerCase()] = full;
  for (const a of abbreviations) CANONICAL_TYPES[a] = full;
}

addType('GigabitEthernet', 'gi', 'gig', 'ge');
addType('FastEthernet', 'fa');
addType('TenGigabitEthernet', 'te', 'ten', 'tengig');
addType('Ethernet', 'et', 'eth');
addType('Port-channel', 'po');
addType('Vlan', 'vl');
addType('Loopback', 'lo');
addType('Tunnel', 'tu');
addType('Dot11Radio', 'do');
addType('Serial', 'se');
addType('Dialer', 'di');
addType('TwoGigabitEthernet', 'tw');
addType('FiveGigabitEthernet', 'fi');
addType('TwentyFiveGigE', 'twe');
addType('FortyGigabitEthernet', 'fo');
addType('HundredGigE', 'hu');
addType('AppGigabitEthernet', 'ap');
addType('Virtual-Template', 'vt');
addType('Virtual-Access', 'va');
addType('Null', 'nu');
addType('ATM');
addType('Async');
addType('BVI');
addType('BDI');
addType('NVI');
addType('Cellular');
addType('VirtualPortGroup');
addType('Wlan-GigabitEthernet');
addType('Embedded-Service-Engine');

const KINDS: Record<string, InterfaceKind> = {
  Vlan: 'vlan',
  Loopback: 'loopback',
  Tunnel: 'tunnel',
  'Port-channel': 'aggregate',
  Dot11Radio: 'wireless',
  'Virtual-Template': 'virtual',
  'Virtual-Access': 'virtual',
  Dialer: 'virtual',
  Null: 'virtual',
  BVI: 'virtual',
  BDI: 'virtual',
  NVI: 'virtual',
  VirtualPortGroup: 'virtual',
  GigabitEthernet: 'physical',
  FastEthernet: 'physical',
  TenGigabitEthernet: 'physical',
  Ethernet: 'physical',
  TwoGigabitEthernet: 'physical',
  FiveGigabitEthernet: 'physical',
  TwentyFiveGigE: 'physical',
  FortyGigabitEthernet: 'physical',
  HundredGigE: 'physical',
  AppGigabitEthernet: 'physical',
  Serial: 'physical',
  ATM: 'physical',
  Async: 'physical',
  Cellular: 'physical',
  'Wlan-GigabitEthernet': 'physical',
  'Embedded-Service-Engine': 'physical',
};

/** Type word and position: `Dot11Radio` + `0.10`. The position is the trailing run of digits, `/`, `.`, `:`. */
function split(name: string): { type: string; position: string } {
  const m = /^(.*?)([0-9][0-9/.:]*)$/.exec(name);
  if (!m) return { type: name, position: '' };
  // A digit run inside the type word (`Dot11Radio`) is followed by a letter, so it is never the tail.
  return { type: m[1]!, position: m[2]! };
}

/** `gi0/1` → `GigabitEthernet0/1`, `ethernet 1/11` → `Ethernet1/11`; unknown types keep their spelling. */
export function canonicalInterfaceName(raw: string): string {
  const { type, position } = split(raw.replace(/\s+/g, ''));
  return (CANONICAL_TYPES[type.toLowerCase()] ?? type) + position;
}

/** The part before the number: `GigabitEthernet` of `GigabitEthernet0/1.10`. */
export function interfaceType(name: string): string {
  return split(name).type;
}

/** Parent of a sub-interface (`Gi0/0.10` → `GigabitEthernet0/0`), undefined for other names. */
export function parentInterface(name: string): string | undefined {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : undefined;
}

/** Kind of an interface from its canonical name. */
export function interfaceKind(name: string): InterfaceKind {
  if (parentInterface(name) !== undefined) return 'subinterface';
  return KINDS[interfaceType(name)] ?? 'other';
}
