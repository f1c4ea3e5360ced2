import { makeSecret } from '../../model/index.js';
import type { SecretStorage, ServiceName } from '../../model/index.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import { filterKey, type Daemon, type LineContext } from './state.js';

interface SecretToken {
  value: string;
}

/** Yamaha shows a password either as typed (plaintext) or, with `encrypted`, in its hashed form. */
function storageOf(encrypted: boolean): SecretStorage {
  return encrypted ? 'hashed' : 'plaintext';
}

function passwordSecret(kind: 'user-password' | 'enable-password', encrypted: boolean, token: SecretToken) {
  const storage = storageOf(encrypted);
  return makeSecret(kind, storage, token.value, storage === 'plaintext' ? token.value : undefined);
}

/**
 * `login password [encrypted] X`: the password of the unnamed login (no user name asked). The bare
 * form is what the CLI prints for a password entered at a prompt: nothing is stored in the line.
 */
export function loginPassword(ast: { encrypted: boolean; value: SecretToken | null }, ctx: LineContext): 'ignored' | void {
  if (!ast.value) return 'ignored';
  const users = ctx.state.device.management.users;
  users.push({ name: '(login password)', admin: false, password: passwordSecret('user-password', ast.encrypted, ast.value), source: ctx.span });
}

/** `administrator password [encrypted] X`: the password of the `administrator` command (privileged mode). */
export function administratorPassword(ast: { encrypted: boolean; value: SecretToken | null }, ctx: LineContext): 'ignored' | void {
  if (!ast.value) return 'ignored';
  ctx.state.device.management.enable.push({
    form: ast.encrypted ? 'secret' : 'password',
    password: passwordSecret('enable-password', ast.encrypted, ast.value),
    source: ctx.span,
  });
}

/** `login user U [encrypted] X`: a named account. Its rights come from `user attribute` (finalize-management.ts). */
export function loginUser(ast: { name: string; encrypted: boolean; value: SecretToken }, ctx: LineContext): void {
  const users = ctx.state.device.management.users;
  const rest = users.filter((u) => u.name !== ast.name);
  rest.push({ name: ast.name, password: passwordSecret('user-password', ast.encrypted, ast.value), source: ctx.span });
  ctx.state.device.management.users = rest;
}

/** `user attribute [U|*] key=value …`: later settings of the same key replace earlier ones. */
export function userAttribute(ast: { user: string; pairs: { key: string; value: string }[] }, ctx: LineContext): void {
  const attributes = ctx.state.userAttributes;
  const forUser = attributes.get(ast.user) ?? new Map<string, { value: string; source: typeof ctx.span }>();
  for (const { key, value } of ast.pairs) forUser.set(key, { value, source: ctx.span });
  attributes.set(ast.user, forUser);
}

export function daemonService(ast: { daemon: Daemon; on: boolean }, ctx: LineContext): void {
  ctx.state.daemonService[ast.daemon] = { on: ast.on, source: ctx.span };
}

export function daemonHost(ast: { daemon: Daemon; hosts: string[] }, ctx: LineContext): void {
  ctx.state.daemonHosts[ast.daemon] = { hosts: ast.hosts, source: ctx.span };
}

export function loginTimer(ast: { value: number | 'clear' }, ctx: LineContext): void {
  ctx.state.loginTimer = { value: ast.value, source: ctx.span };
}

export function snmpCommunity(ast: { version: string; access: string; value: SecretToken }, ctx: LineContext): void {
  const community = makeSecret('snmp-community', 'plaintext', ast.value.value, ast.value.value);
  ctx.state.device.management.snmp.communities.push({ community, access: ast.access === 'read-write' ? 'rw' : 'ro', source: ctx.span });
}

export function snmpTrapHost(ast: { version: string; address: string }, ctx: LineContext): void {
  ctx.state.device.management.snmp.trapHosts.push({ address: ast.address, version: ast.version === 'snmpv2c' ? 'v2c' : 'v1', source: ctx.span });
}

export function syslogHost(ast: { hosts: string[] }, ctx: LineContext): void {
  ctx.state.device.management.logging.hosts.push(...ast.hosts.map((address) => ({ address, source: ctx.span })));
}

/** `ntpdate SERVER` (once, or from a `schedule at … ntpdate SERVER`): the router sets its clock from SERVER. */
export function ntpdate(ast: { server: string }, ctx: LineContext): void {
  const servers = ctx.state.device.management.ntp.servers;
  if (!servers.some((s) => s.address === ast.server)) servers.push({ address: ast.server, source: ctx.span });
}

const NAMED_ZONES: Record<string, number> = { jst: 540, utc: 0 };

export function timezone(ast: { value: string }, ctx: LineContext): void {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(ast.value);
  const offsetMinutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : NAMED_ZONES[ast.value.toLowerCase()];
  ctx.state.device.management.ntp.timezone = { name: ast.value, ...(offsetMinutes !== undefined ? { offsetMinutes } : {}), source: ctx.span };
}

/** `ipsec ike pre-shared-key GW text X`: the key is stored in clear (vendor-syntax.md §1, IPsec). */
export function ikePreSharedKey(ast: { gateway: number; form: string; value: SecretToken }, ctx: LineContext): void {
  const key = makeSecret('ike-psk', 'plaintext', ast.value.value, ast.value.value);
  ctx.state.ikeKeys.push({ gateway: ast.gateway, key, source: ctx.span });
}

export function ikeRemoteAddress(ast: { gateway: number; address: string }, ctx: LineContext): void {
  ctx.state.ikeRemoteAddress.set(ast.gateway, ast.address);
}

function setService(ctx: LineContext, name: ServiceName, enabled: boolean, iface?: string): void {
  const services = ctx.state.device.management.services;
  const rest = services.filter((s) => !(s.name === name && s.interface === iface));
  rest.push({ name, enabled, explicit: true, ...(iface ? { interface: iface } : {}), source: ctx.span });
  ctx.state.device.management.services = rest;
}

export function dhcpService(ast: { value: 'server' | 'relay' | 'off' }, ctx: LineContext): void {
  setService(ctx, 'dhcp-server', ast.value === 'server');
}

export function proxyArp(ast: { iface: IfRef; on: boolean }, ctx: LineContext): void {
  const name = resolveIfRef(ctx.state, ast.iface);
  interfaceNamed(ctx, name);
  setService(ctx, 'proxy-arp', ast.on, name);
}

/** `ip filter source-route on` discards source-routed packets: the service is then off (Y-CMD 8.1.12). */
export function filterSourceRoute(ast: { on: boolean }, ctx: LineContext): void {
  setService(ctx, 'ip-source-route', !ast.on);
}

/** `ip filter directed-broadcast on` discards directed broadcasts (Y-CMD 8.1.13). */
export function filterDirectedBroadcast(ast: { on: boolean }, ctx: LineContext): void {
  setService(ctx, 'ip-directed-broadcast', !ast.on);
}

/**
 * `ip filter directed-broadcast filter N …`: directed broadcasts pass when these filters pass them
 * (Y-CMD 8.1.13), so the service is on, restricted by the filters, which count as used.
 */
export function filterDirectedBroadcastList(ast: { filters: number[] }, ctx: LineContext): void {
  for (const n of ast.filters) ctx.state.otherFilterUses.add(filterKey(4, n));
  setService(ctx, 'ip-directed-broadcast', true);
}
