import { makeSecret } from '../../model/index.js';
import { currentInterface } from './interfaces.js';
import type { LineContext, Server } from './state.js';

interface SecretToken {
  value: string;
}

export function hostname(ast: { name: string }, ctx: LineContext): void {
  const { device } = ctx.state;
  device.hostname = ast.name;
  device.source = ctx.span;
}

/** `timezone +09 00` (hours and minutes east of UTC) or a zone name. */
export function timezone(ast: { sign?: '+' | '-'; hours?: number; minutes?: number; name?: string }, ctx: LineContext): void {
  const ntp = ctx.state.device.management.ntp;
  if (ast.name !== undefined) {
    const offsetMinutes = ast.name.toLowerCase() === 'jst' ? 540 : ast.name.toLowerCase() === 'utc' ? 0 : undefined;
    ntp.timezone = { name: ast.name, ...(offsetMinutes !== undefined ? { offsetMinutes } : {}), source: ctx.span };
    return;
  }
  const minutes = (ast.sign === '-' ? -1 : 1) * (ast.hours! * 60 + ast.minutes!);
  const text = `${ast.sign}${String(ast.hours).padStart(2, '0')}:${String(ast.minutes).padStart(2, '0')}`;
  ntp.timezone = { name: text, offsetMinutes: minutes, source: ctx.span };
}

/**
 * `username U password plain|hash [N] PW [administrator]`: `plain` keeps the password readable in
 * the config, `hash` stores a one-way hash (vendor-syntax.md §2). `administrator` gives full rights.
 */
export function username(ast: { name: string; form: 'plain' | 'hash'; value: SecretToken; admin: boolean }, ctx: LineContext): void {
  const storage = ast.form === 'plain' ? 'plaintext' : 'hashed';
  const password = makeSecret('user-password', storage, ast.value.value, storage === 'plaintext' ? ast.value.value : undefined);
  const mgmt = ctx.state.device.management;
  mgmt.users = mgmt.users.filter((u) => u.name !== ast.name);
  mgmt.users.push({ name: ast.name, admin: ast.admin, ...(ast.admin ? { privilege: 'administrator' } : {}), password, source: ctx.span });
}

export function serverEnable(ast: { server: Server; on: boolean }, ctx: LineContext): void {
  ctx.state.servers[ast.server] = { on: ast.on, source: ctx.span };
}

export function serverAccessList(ast: { server: Server; acl: string }, ctx: LineContext): void {
  ctx.state.serverAcls[ast.server] = { acl: ast.acl, source: ctx.span };
}

export function terminalTimeout(ast: { seconds: number }, ctx: LineContext): void {
  ctx.state.terminalTimeout = { seconds: ast.seconds, source: ctx.span };
}

/** `logging timestamp datetime` / `syslog timestamp datetime`: log lines carry the date and time. */
export function logTimestamp(ast: { value: string }, ctx: LineContext): void {
  const logging = ctx.state.device.management.logging;
  logging.timestamps = ast.value !== 'none';
  logging.source ??= ctx.span;
}

export function syslogEnable(ast: { on: boolean }, ctx: LineContext): void {
  ctx.state.syslogEnabled = { on: ast.on, source: ctx.span };
}

export function syslogHost(ast: { address: string }, ctx: LineContext): void {
  const hosts = ctx.state.syslogHosts;
  if (!hosts.some((h) => h.address === ast.address)) hosts.push({ address: ast.address, source: ctx.span });
}

export function ntpEnable(ast: { on: boolean }, ctx: LineContext): void {
  ctx.state.ntpEnabled = { on: ast.on, source: ctx.span };
}

export function ntpServer(ast: { address: string }, ctx: LineContext): void {
  const servers = ctx.state.device.management.ntp.servers;
  if (!servers.some((s) => s.address === ast.address)) servers.push({ address: ast.address, source: ctx.span });
}

export function snmpEnable(ast: { on: boolean }, ctx: LineContext): void {
  ctx.state.snmpEnabled = ast.on;
}

/** `ppp profile P`: the router's own account at its provider; its lines are read only to redact the password. */
export function pppProfileHeader(ast: { name: string }, ctx: LineContext): 'ignored' {
  ctx.state.mode = { kind: 'ppp-profile', name: ast.name };
  return 'ignored';
}

/** `snmp-agent ip community C [ACL] [ro|rw]`: v1/v2c community, read-only unless `rw` ([M]: the `ro|rw` word is not seen in the corpus). */
export function snmpCommunity(ast: { value: SecretToken; acl: string | null; access: 'ro' | 'rw' }, ctx: LineContext): void {
  const community = makeSecret('snmp-community', 'plaintext', ast.value.value, ast.value.value);
  const snmp = ctx.state.device.management.snmp;
  // The same community written twice (configs repeat lines) is one community.
  snmp.communities = snmp.communities.filter((c) => c.community.fingerprint !== community.fingerprint);
  snmp.communities.push({ community, access: ast.access, ...(ast.acl ? { accessList: ast.acl } : {}), source: ctx.span });
}

/** `snmp-agent ip host A C [version 1|2]`: trap receiver (version 1 unless stated). */
export function snmpHost(ast: { address: string; version: string | null }, ctx: LineContext): void {
  const traps = ctx.state.device.management.snmp.trapHosts;
  if (traps.some((t) => t.address === ast.address)) return;
  traps.push({ address: ast.address, version: ast.version === '2' ? 'v2c' : ast.version === '3' ? 'v3' : 'v1', source: ctx.span });
}

/** `[no] ip proxy-arp` on an interface. */
export function proxyArp(ast: { on: boolean }, ctx: LineContext): void {
  const iface = currentInterface(ctx).name;
  const mgmt = ctx.state.device.management;
  mgmt.services = mgmt.services.filter((s) => !(s.name === 'proxy-arp' && s.interface === iface));
  mgmt.services.push({ name: 'proxy-arp', enabled: ast.on, explicit: true, interface: iface, source: ctx.span });
}
