import { makeSecret } from '../../model/index.js';
import type { AccessLine, Secret, SecretStorage, ServiceName } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

interface SecretToken {
  value: string;
}

/**
 * The factory account `manager` ships with password `friend` (Allied Telesis support article
 * "How do I add new users to the authentication database on … AlliedWare Plus": "initially configured
 * with a default username and password (manager/friend)"). Its stored form in every factory
 * running-config is this md5-crypt string (checked: `openssl passwd -1 -salt bJoVec4D friend`).
 */
const FACTORY_MANAGER_HASH = '$1$bJoVec4D$JwOJGPr7YqoExA0GVasdE0';
const FACTORY_PASSWORD = 'friend';

/** `password 8 X` is the encrypted form; AW+ shows md5-crypt (`$1$…`). Without `8` the value is as typed. */
function storedSecret(kind: 'user-password' | 'enable-password' | 'line-password', hashed: boolean, token: SecretToken): Secret {
  if (!hashed) return makeSecret(kind, 'plaintext', token.value, token.value);
  const storage: SecretStorage = token.value.startsWith('$1$') ? 'md5-crypt' : token.value.startsWith('$5$') ? 'sha256' : 'hashed';
  // The factory hash is a known value: its clear text is public, so it is recorded as known.
  return makeSecret(kind, storage, token.value, token.value === FACTORY_MANAGER_HASH ? FACTORY_PASSWORD : undefined);
}

export function hostname(ast: { name: string }, ctx: LineContext): void {
  ctx.state.device.hostname = ast.name;
  ctx.state.device.source = ctx.span;
}

/** `username U privilege N password [8] X`: privilege 15 is full access (AT support article above). */
export function username(ast: { name: string; privilege: number | null; hashed: boolean; value: SecretToken | null }, ctx: LineContext): void {
  const users = ctx.state.device.management.users;
  const previous = users.find((u) => u.name === ast.name);
  const rest = users.filter((u) => u.name !== ast.name);
  // Default privilege of a new user is 1 and is not shown in running-config (same article).
  const privilege = ast.privilege ?? (previous?.privilege !== undefined ? Number(previous.privilege) : 1);
  const password = ast.value ? storedSecret('user-password', ast.hashed, ast.value) : previous?.password;
  rest.push({ name: ast.name, privilege: String(privilege), admin: privilege === 15, ...(password ? { password } : {}), source: ctx.span });
  ctx.state.device.management.users = rest;
}

export function enablePassword(ast: { form: 'password' | 'secret'; level: number | null; hashed: boolean; value: SecretToken }, ctx: LineContext): void {
  ctx.state.device.management.enable.push({
    form: ast.hashed || ast.form === 'secret' ? 'secret' : 'password',
    ...(ast.level !== null ? { level: ast.level } : {}),
    password: storedSecret('enable-password', ast.hashed, ast.value),
    source: ctx.span,
  });
}

/** `service ssh|telnet|http` and their `no` forms; defaults are applied in finalize-management.ts. */
export function service(ast: { name: string; enabled: boolean; family: string | null }, ctx: LineContext): 'ignored' | void {
  // `service telnet ipv6` only switches the IPv6 listener: the IPv4 state is what the audit reads.
  if (ast.family === 'ipv6') return 'ignored';
  ctx.state.services.set(ast.name, { enabled: ast.enabled, source: ctx.span });
}

export function passwordEncryption(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.passwordEncryption = { enabled: ast.enabled, source: ctx.span };
}

/** `ssh server v2only` limits the server to SSHv2; `ssh server v1` / `no ssh server v2only` allow v1. */
export function sshVersion(ast: { version: 2 | null }, ctx: LineContext): void {
  const ssh = ctx.state.device.management.ssh;
  if (ast.version === 2) ssh.version = 2;
  else delete ssh.version;
  ssh.source = ctx.span;
}

export function snmpEnable(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.snmp.enabled = ast.enabled;
}

export function snmpCommunity(ast: { value: SecretToken; access: 'ro' | 'rw'; acl: string | null }, ctx: LineContext): void {
  const community = makeSecret('snmp-community', 'plaintext', ast.value.value, ast.value.value);
  ctx.state.device.management.snmp.communities.push({ community, access: ast.access, ...(ast.acl ? { accessList: ast.acl } : {}), source: ctx.span });
}

export function snmpHost(ast: { address: string; version: string | null }, ctx: LineContext): void {
  const version = ast.version === '3' ? 'v3' : ast.version === '1' ? 'v1' : 'v2c';
  ctx.state.device.management.snmp.trapHosts.push({ address: ast.address, version, source: ctx.span });
}

export function snmpGroup(ast: { name: string; level: 'noauth' | 'auth' | 'priv' }, ctx: LineContext): void {
  ctx.state.device.management.snmp.v3Groups.push({ name: ast.name, level: ast.level, source: ctx.span });
}

export function snmpUser(ast: { name: string; group: string; auth: [string, SecretToken] | null; priv: [string, SecretToken] | null }, ctx: LineContext): void {
  const level = ast.priv ? 'priv' : ast.auth ? 'auth' : 'noauth';
  ctx.state.device.management.snmp.v3Users.push({
    name: ast.name,
    group: ast.group,
    level,
    ...(ast.auth ? { authProtocol: ast.auth[0] } : {}),
    ...(ast.priv ? { privProtocol: ast.priv[0] } : {}),
    source: ctx.span,
  });
}

export function ntpServer(ast: { address: string }, ctx: LineContext): void {
  const servers = ctx.state.device.management.ntp.servers;
  if (!servers.some((s) => s.address === ast.address)) servers.push({ address: ast.address, source: ctx.span });
}

export function ntpKey(_ast: unknown, _ctx: LineContext): 'ignored' {
  // The key is a secret with no model field beyond NTP authentication; the line is redacted.
  return 'ignored';
}

export function ntpAuthenticate(_ast: unknown, ctx: LineContext): void {
  ctx.state.device.management.ntp.authenticate = true;
}

/** Syslog severities by name (RFC 5424 numbers). */
const LEVELS: Record<string, number> = {
  emergencies: 0, alerts: 1, critical: 2, errors: 3, warnings: 4, notices: 5, informational: 6, debugging: 7,
};

/** `log host A [level L]`: messages go to the remote syslog server A. */
export function logHost(ast: { address: string; level: string | null }, ctx: LineContext): void {
  const logging = ctx.state.device.management.logging;
  if (!logging.hosts.some((h) => h.address === ast.address)) logging.hosts.push({ address: ast.address, source: ctx.span });
  if (ast.level !== null) {
    const level = LEVELS[ast.level] ?? (/^[0-7]$/.test(ast.level) ? Number(ast.level) : undefined);
    if (level === undefined) throw new LineNotUnderstood(`log level "${ast.level}" not understood / ログレベルが不正です`);
    logging.trapLevel = logging.trapLevel === undefined ? level : Math.max(logging.trapLevel, level);
    logging.source = ctx.span;
  }
}

/** `clock timezone JST plus 9`: the zone name and its offset from UTC. */
export function timezone(ast: { name: string; sign: 'plus' | 'minus'; hours: number; minutes: number }, ctx: LineContext): void {
  const offsetMinutes = (ast.sign === 'minus' ? -1 : 1) * (ast.hours * 60 + ast.minutes);
  ctx.state.device.management.ntp.timezone = { name: ast.name, offsetMinutes, source: ctx.span };
}

export function banner(ast: { kind: 'motd' | 'login' | 'exec'; text: string }, ctx: LineContext): void {
  ctx.state.device.management.banners.push({ kind: ast.kind, text: ast.text.trim(), source: ctx.span });
}

/**
 * `aaa authentication|authorization|accounting SERVICE LIST METHOD…`. AW+ has no `aaa new-model`:
 * the method lists are always in force, so AAA counts as enabled once one is configured.
 * `aaa authentication dot1x default group radius` is what switches 802.1X on for the device (AT
 * port-auth overview-31): it is recorded as the global 802.1X switch.
 */
export function aaaMethod(ast: { kind: 'authentication' | 'authorization' | 'accounting'; service: string; list: string; methods: string[] }, ctx: LineContext): void {
  const aaa = ctx.state.device.management.aaa;
  aaa.enabled = true;
  aaa.source = aaa.source ?? ctx.span;
  aaa.methods.push({ kind: ast.kind, service: ast.service, list: ast.list, methods: ast.methods, source: ctx.span });
  if (ast.kind === 'authentication' && ast.service === 'dot1x') {
    ctx.state.device.management.dot1xSystemAuthControl = { enabled: ast.methods.length > 0, source: ctx.span };
  }
}

/** `aaa local authentication attempts max-fail N` / `… lockout-time S` (local user lockout). */
export function aaaLockout(ast: { what: 'max-fail' | 'lockout-time'; value: number }, ctx: LineContext): void {
  const mechanism = 'aaa local authentication attempts';
  const list = ctx.state.device.management.loginLockout;
  let lockout = list.find((l) => l.mechanism === mechanism);
  if (!lockout) {
    lockout = { mechanism, source: ctx.span };
    list.push(lockout);
  }
  if (ast.what === 'max-fail') {
    lockout.attempts = ast.value;
    lockout.source = ctx.span;
  } else {
    lockout.blockSeconds = ast.value;
  }
}

/** A server key as typed (plaintext) or, after `8`, in the device's encrypted form. */
function serverKey(kind: 'radius-key' | 'tacacs-key', token: SecretToken, encrypted: boolean): Secret {
  return encrypted ? makeSecret(kind, 'encrypted', token.value) : makeSecret(kind, 'plaintext', token.value, token.value);
}

/** `radius-server host A … [key [8] X]`: a host without its own key uses `radius-server key` (finalize). */
export function radiusHost(ast: { address: string; opts: { key?: SecretToken; encrypted?: boolean }[] }, ctx: LineContext): void {
  const option = ast.opts.find((o) => o.key);
  const key = option?.key ? serverKey('radius-key', option.key, option.encrypted === true) : undefined;
  ctx.state.radiusServers.push({ address: ast.address, ...(key ? { key } : {}), source: ctx.span });
}

export function radiusKey(ast: { value: SecretToken; encrypted: boolean }, ctx: LineContext): void {
  ctx.state.radiusKey = { key: serverKey('radius-key', ast.value, ast.encrypted), source: ctx.span };
}

export function tacacsHost(ast: { address: string; key: { value: SecretToken; encrypted: boolean } | null }, ctx: LineContext): void {
  const key = ast.key ? serverKey('tacacs-key', ast.key.value, ast.key.encrypted) : undefined;
  ctx.state.device.management.aaa.tacacsServers.push({ address: ast.address, ...(key ? { key } : {}), source: ctx.span });
}

export function passwordMinLength(ast: { value: number }, ctx: LineContext): void {
  ctx.state.device.management.passwordPolicy = { minLength: ast.value, source: ctx.span };
}

export function domainLookup(ast: { enabled: boolean }, ctx: LineContext): void {
  setService(ctx, 'domain-lookup', ast.enabled);
}

function setService(ctx: LineContext, name: ServiceName, enabled: boolean): void {
  const services = ctx.state.device.management.services.filter((s) => s.name !== name);
  services.push({ name, enabled, explicit: true, source: ctx.span });
  ctx.state.device.management.services = services;
}

// ---------------------------------------------------------------------------------------------
// line con 0 / line vty 0 4
// ---------------------------------------------------------------------------------------------

/** `line con 0` / `line vty 0 4`: opens line mode. Transport and timeout defaults are applied in finalize. */
export function lineHead(ast: { kind: 'console' | 'vty' | 'aux'; first: number; last: number | null }, ctx: LineContext): void {
  const label = ast.kind === 'console' ? 'con' : ast.kind;
  const name = `${label} ${ast.first}${ast.last !== null ? ` ${ast.last}` : ''}`;
  const lines = ctx.state.device.management.lines;
  let line = lines.find((l) => l.name === name);
  if (!line) {
    line = { kind: ast.kind, name, source: ctx.span };
    lines.push(line);
  }
  ctx.state.mode = { kind: 'line', line };
}

function currentLine(ctx: LineContext): AccessLine {
  const mode = ctx.state.mode;
  if (mode.kind !== 'line') throw new LineNotUnderstood('line setting outside line mode / line 設定の位置が不正です');
  return mode.line;
}

export function execTimeout(ast: { minutes: number; seconds: number }, ctx: LineContext): void {
  currentLine(ctx).execTimeout = ast.minutes * 60 + ast.seconds;
}

export function accessClass(ast: { name: string }, ctx: LineContext): void {
  currentLine(ctx).accessClass = { filter: ast.name, family: 'ipv4', direction: 'in', source: ctx.span };
}

export function login(ast: { how: 'aaa' | 'password' | 'none' }, ctx: LineContext): void {
  currentLine(ctx).login = ast.how;
}

export function linePassword(ast: { hashed: boolean; value: SecretToken }, ctx: LineContext): void {
  currentLine(ctx).password = storedSecret('line-password', ast.hashed, ast.value);
}
