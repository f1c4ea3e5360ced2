import type { Interface, InterfaceKind, ManagementProtocol, ServiceName } from '../../model/index.js';
import { ipAndMask } from './addresses.js';
import { tablesAt, vrfOf, type ConvertState } from './state.js';
import { modelled, reject, setting, value, values, type Entry } from './tree.js';

/** FortiOS `set type` → model kind (FortiOS CLI reference, `config system interface`). */
const KINDS: Record<string, InterfaceKind> = {
  physical: 'physical',
  vlan: 'subinterface',
  aggregate: 'aggregate',
  redundant: 'aggregate',
  loopback: 'loopback',
  tunnel: 'tunnel',
  'hard-switch': 'virtual',
  switch: 'virtual',
  'vap-switch': 'wireless',
  'emac-vlan': 'subinterface',
  'vdom-link': 'virtual',
  'fext-wan': 'physical',
  'fortilink': 'physical',
  'wl-mesh': 'wireless',
  'geneve': 'tunnel',
  'vxlan': 'tunnel',
  'ssl': 'tunnel',
};

/**
 * `set allowaccess …` words → the management service the interface serves. `fgfm` is the
 * FortiManager protocol through which a FortiManager pushes configuration to the unit.
 */
const ALLOWACCESS: Record<string, { service: ServiceName; protocol: ManagementProtocol }> = {
  http: { service: 'http-server', protocol: 'http' },
  https: { service: 'https-server', protocol: 'https' },
  ssh: { service: 'ssh-server', protocol: 'ssh' },
  telnet: { service: 'telnet-server', protocol: 'telnet' },
  fgfm: { service: 'config-service', protocol: 'other' },
};

/** What `config system global` says about the administrative services. */
export interface AdminAccess {
  telnetGloballyOff: boolean;
  /** Listening ports by service (`admin-port`, `admin-sport`, `admin-ssh-port`, `admin-telnet-port`). */
  ports: Partial<Record<ServiceName, number>>;
}

/** Interfaces and what each one exposes for management (`allowaccess`). */
export function convertInterfaces(state: ConvertState, admin: AdminAccess): void {
  for (const table of tablesAt(state, 'system interface')) {
    for (const entry of table.entries) {
      const iface = convertInterface(state, entry);
      state.device.interfaces.push(iface);
      allowAccess(state, entry, iface, admin);
    }
  }
}

function convertInterface(state: ConvertState, entry: Entry): Interface {
  modelled(entry.rec);
  // `show` omits `set type vlan` (the default once `vlanid` is set): a VLAN id makes it a VLAN sub-interface.
  const type = value(entry, 'type') ?? (entry.settings.has('vlanid') ? 'vlan' : 'physical');
  const kind = KINDS[type] ?? 'other';
  const iface: Interface = { name: entry.name, kind, shutdown: value(entry, 'status') === 'down', addresses: [], filters: [], source: entry.rec.span, ...vrfOf(state, value(entry, 'vdom')) };
  const description = value(entry, 'description') ?? value(entry, 'alias');
  if (description !== undefined && description !== '') iface.description = description;
  const ip = setting(entry, 'ip');
  if (ip) {
    const parsed = ipAndMask(ip.values);
    if (!parsed) reject(ip.rec, 'address not understood / アドレスを解析できません');
    else if (parsed.address !== '0.0.0.0') iface.addresses.push({ address: parsed.address, prefixLength: parsed.length, family: 4 });
  }
  for (const secondary of entry.tables.filter((t) => t.path === 'secondaryip')) {
    modelled(secondary.rec);
    for (const sub of secondary.entries) {
      const parsed = ipAndMask(values(sub, 'ip'));
      if (parsed) iface.addresses.push({ address: parsed.address, prefixLength: parsed.length, family: 4, secondary: true });
    }
  }
  const mode = value(entry, 'mode');
  if (mode === 'dhcp') iface.dynamicAddress = 'dhcp';
  else if (mode === 'pppoe') iface.dynamicAddress = 'pppoe';
  const parent = value(entry, 'interface');
  if (parent !== undefined) iface.parent = parent;
  const vlanid = setting(entry, 'vlanid');
  if (vlanid) {
    const id = Number(vlanid.values[0]);
    if (Number.isInteger(id) && id >= 1 && id <= 4094) iface.encapsulationVlan = id;
    else reject(vlanid.rec, 'VLAN id out of range / VLAN ID が範囲外です');
  }
  return iface;
}

/**
 * Each protocol of `allowaccess` is a management service on that interface (explicit). Telnet is
 * served only while `admin-telnet` is not disabled in `config system global` (FortiOS 7.x).
 * HTTP stays a plaintext listener even with `admin-https-redirect` (it only redirects after the
 * plaintext request).
 */
function allowAccess(state: ConvertState, entry: Entry, iface: Interface, admin: AdminAccess): void {
  const access = setting(entry, 'allowaccess');
  if (!access) return;
  const words = new Set(access.values);
  for (const [word, { service }] of Object.entries(ALLOWACCESS)) {
    if (!words.has(word)) continue;
    const enabled = !(word === 'telnet' && admin.telnetGloballyOff);
    const port = admin.ports[service];
    state.device.management.services.push({ name: service, enabled, explicit: true, interface: iface.name, ...(port !== undefined ? { port } : {}), source: access.rec.span });
  }
  state.allowAccess.push({ iface: iface.name, protocols: [...words].flatMap((w) => (ALLOWACCESS[w] ? [ALLOWACCESS[w]!.protocol] : [])), source: access.rec.span });
}

