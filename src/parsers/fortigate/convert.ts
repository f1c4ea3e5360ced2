import { diagnostic } from '../../model/index.js';
import { convertInterfaces, type AdminAccess } from './interfaces.js';
import { convertIpsec } from './ipsec.js';
import { convertLocalIn } from './local-in.js';
import { convertManagement, readGlobalFirst } from './management.js';
import { convertSettings } from './settings.js';
import { convertObjects } from './objects.js';
import { convertPolicies } from './policy.js';
import { convertRoutes } from './routes.js';
import { convertSslVpn } from './ssl-vpn.js';
import type { ConvertState } from './state.js';
import { convertVips } from './vip.js';
import { convertWireless } from './wireless.js';
import { convertZones } from './zones.js';

/**
 * Tables the converters read. Lines of these tables that no converter marked (settings no rule
 * needs, e.g. an interface's `snmp-index`, and the `config`/`next`/`end` structure) count as ignored.
 */
export const MODELLED_TABLES = new Set([
  'system global', 'system interface', 'system zone', 'router static', 'firewall address', 'firewall addrgrp',
  'firewall service custom', 'firewall service group', 'firewall policy', 'firewall local-in-policy', 'firewall vip',
  'firewall ssl-ssh-profile', 'vpn ipsec phase1-interface', 'vpn ipsec phase2-interface', 'wireless-controller vap',
  'system admin', 'system password-policy', 'system snmp community', 'system snmp user', 'system snmp sysinfo',
  'system ntp', 'log syslogd setting', 'log syslogd2 setting', 'log syslogd3 setting', 'log syslogd4 setting',
  'log syslogd filter', 'log fortianalyzer setting', 'log fortianalyzer2 setting', 'log fortianalyzer3 setting',
  'log fortianalyzer-cloud setting', 'system settings', 'vpn ssl settings',
]);

/**
 * The converters, in an order where each finds what it needs: interfaces before zones, routes and
 * tunnels; objects and VIPs before the policies. Each runs on its own: a failure is a whole-file
 * diagnostic and the others still run.
 */
export function convert(state: ConvertState): void {
  let admin: AdminAccess = { telnetGloballyOff: false, ports: {} };
  let objects: ReturnType<typeof convertObjects> = { addresses: new Map(), addressGroups: new Map(), services: new Map(), serviceGroups: new Map() };
  let vips: ReturnType<typeof convertVips> = new Map();
  let zones: ReturnType<typeof convertZones> = [];
  const steps: [string, () => void][] = [
    ['system global', () => (admin = readGlobalFirst(state))],
    ['interfaces', () => convertInterfaces(state, admin)],
    ['zones', () => (zones = convertZones(state))],
    ['objects', () => (objects = convertObjects(state))],
    ['routes', () => convertRoutes(state, objects)],
    ['VIPs', () => (vips = convertVips(state))],
    ['policies', () => convertPolicies(state, zones, objects, vips)],
    ['local-in policies', () => convertLocalIn(state, objects)],
    ['IPsec', () => convertIpsec(state)],
    ['SSL VPN', () => convertSslVpn(state)],
    ['wireless', () => convertWireless(state)],
    ['management', () => convertManagement(state)],
    ['system settings', () => convertSettings(state)],
  ];
  for (const [name, step] of steps) {
    try {
      step();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      state.diagnostics.push(diagnostic(state.file, 0, '', `internal error while reading ${name}: ${message} / ${name} の処理中に内部エラーが発生しました`, 'parser-error', 'error'));
    }
  }
}
