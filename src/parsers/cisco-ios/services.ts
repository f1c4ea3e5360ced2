import type { Interface, ServiceName, ServiceState, SourceSpan } from '../../model/index.js';
import { IGNORED_BLOCK, type Block } from './blocks.js';
import type { InterfaceBlock } from './interfaces.js';
import type { LineContext, ParseState } from './state.js';

/** Services the device runs, as the config states them, plus the platform defaults IOS applies. */

function upsert(state: ParseState, service: ServiceState): void {
  const { services } = state.device.management;
  const index = services.findIndex((s) => s.name === service.name && s.interface === service.interface);
  if (index >= 0) services[index] = service;
  else services.push(service);
}

/** `[no] ip http server`, `[no] cdp run`, `[no] service pad`, … (see ServiceWords in the grammar). */
export function globalService(ast: { name: ServiceName; enabled: boolean }, ctx: LineContext): void {
  if (ast.name === 'dhcp-server') {
    // `service dhcp` switches the DHCP server and relay on or off; the server also needs a pool.
    ctx.state.management.serviceDhcp = { enabled: ast.enabled, source: ctx.span };
    return;
  }
  upsert(ctx.state, { name: ast.name, enabled: ast.enabled, explicit: true, source: ctx.span });
}

/** Per-interface `[no|default] ip proxy-arp` etc.; `default` drops the explicit setting. */
export function interfaceService(ast: { name: ServiceName; enabled: boolean | null }, ctx: LineContext<InterfaceBlock>): void {
  for (const iface of ctx.block.interfaces) {
    if (ast.enabled === null) {
      const { management } = ctx.state.device;
      management.services = management.services.filter((s) => s.name !== ast.name || s.interface !== iface.name);
      continue;
    }
    upsert(ctx.state, { name: ast.name, enabled: ast.enabled, explicit: true, interface: iface.name, source: ctx.span });
  }
}

export function httpAccessClass(ast: { acl: string }, ctx: LineContext): void {
  ctx.state.management.httpAccessClass = ast.acl;
  ctx.state.device.otherFilterBindings.push({ filter: ast.acl, family: 'ipv4', direction: 'in', purpose: 'http-server', source: ctx.span });
}

/** `ip dhcp pool NAME`: the device serves DHCP. The pool's own lines (ranges, options) are not modelled. */
export function dhcpPool(_ast: unknown, ctx: LineContext): Block {
  ctx.state.management.dhcpPools.push(ctx.span);
  return IGNORED_BLOCK;
}

export function tftpServer(ast: { acl: string | null }, ctx: LineContext): void {
  const service: ServiceState = { name: 'tftp-server', enabled: true, explicit: true, source: ctx.span };
  if (ast.acl !== null) service.accessClass = ast.acl;
  upsert(ctx.state, service);
}

/**
 * Defaults of services the config does not mention (Cisco Guide to Harden Cisco IOS Devices; IOS
 * command references). Only defaults that are the same on every IOS / IOS-XE release are applied,
 * plus the classic-IOS ones (releases before 16 and configs without a version line): PAD, BOOTP
 * server and IP source routing are on there. Smart Install and the HTTP servers depend on the
 * platform and are recorded only when the config says so.
 */
const DEFAULTS_ALL_RELEASES: [ServiceName, boolean][] = [
  ['cdp', true],
  ['lldp', false],
  ['domain-lookup', true],
  ['password-recovery', true],
  ['tcp-small-servers', false],
  ['udp-small-servers', false],
  ['finger', false],
  ['identd', false],
  ['config-service', false],
];
const DEFAULTS_CLASSIC_IOS: [ServiceName, boolean][] = [
  ['pad', true],
  ['bootp-server', true],
  ['ip-source-route', true],
];

/** Per-interface defaults of routed interfaces: proxy ARP, redirects and unreachables on, directed broadcast off (12.0+). */
const INTERFACE_DEFAULTS: [ServiceName, boolean][] = [
  ['proxy-arp', true],
  ['ip-redirects', true],
  ['ip-unreachables', true],
  ['ip-directed-broadcast', false],
];

export function finalizeServices(state: ParseState): void {
  const { services } = state.device.management;
  const span = state.device.source;
  const classic = state.versionMajor === undefined || state.versionMajor < 16;
  const defaults = classic ? [...DEFAULTS_ALL_RELEASES, ...DEFAULTS_CLASSIC_IOS] : DEFAULTS_ALL_RELEASES;
  for (const [name, enabled] of defaults) {
    if (!services.some((s) => s.name === name && s.interface === undefined)) {
      services.push({ name, enabled, explicit: false, source: span });
    }
  }
  dhcpServer(state);
  if (state.management.httpAccessClass !== undefined) {
    for (const s of services) {
      if ((s.name === 'http-server' || s.name === 'https-server') && s.interface === undefined) {
        s.accessClass = state.management.httpAccessClass;
      }
    }
  }
  for (const iface of state.device.interfaces) {
    if (!isRoutedIpInterface(iface)) continue;
    for (const [name, enabled] of INTERFACE_DEFAULTS) {
      if (!services.some((s) => s.name === name && s.interface === iface.name)) {
        services.push({ name, enabled, explicit: false, interface: iface.name, source: iface.source });
      }
    }
  }
}

function dhcpServer(state: ParseState): void {
  const { serviceDhcp, dhcpPools } = state.management;
  const services = state.device.management.services;
  if (serviceDhcp && !serviceDhcp.enabled) {
    services.push({ name: 'dhcp-server', enabled: false, explicit: true, source: serviceDhcp.source });
  } else if (dhcpPools.length > 0) {
    services.push({ name: 'dhcp-server', enabled: true, explicit: true, source: dhcpPools[0] as SourceSpan });
  }
}

/** Interfaces where the IP per-interface services apply: routed LAN/WAN interfaces with IPv4. */
function isRoutedIpInterface(iface: Interface): boolean {
  const lanKind = iface.kind === 'physical' || iface.kind === 'subinterface' || iface.kind === 'vlan' || iface.kind === 'aggregate';
  const hasIpv4 = iface.addresses.some((a) => a.family === 4) || iface.dynamicAddress !== undefined || iface.unnumbered !== undefined;
  return lanKind && hasIpv4 && iface.switchport === undefined;
}
