import type { AddressMatch, FilterRule, ManagementProtocol, ServiceName, SourceSpan } from '../../model/index.js';
import type { AdminAccess } from './interfaces.js';
import { ipAndMask, networkOf } from './addresses.js';
import { secretOf } from './ipsec.js';
import { tablesAt, type ConvertState } from './state.js';
import { modelled, setting, subtable, value, values, type Entry, type Table } from './tree.js';

/**
 * Defaults of `config system global` that matter for the audit (FortiOS CLI reference, `config
 * system global`): `admintimeout` 5 minutes, `admin-lockout-threshold` 3 failed logins,
 * `admin-lockout-duration` 60 seconds, `admin-telnet` enable, `pre-login-banner` disable.
 */
const ADMINTIMEOUT_DEFAULT_MINUTES = 5;
const LOCKOUT_THRESHOLD_DEFAULT = 3;
const LOCKOUT_DURATION_DEFAULT = 60;

/** The `config system global` table (in `config global` for multi-VDOM configs). */
export function globalTable(state: ConvertState): Table | undefined {
  return tablesAt(state, 'system global')[0];
}

/**
 * Administrative ports when `config system global` does not set them (FortiOS CLI reference,
 * `config system global`: `admin-port` 80, `admin-sport` 443, `admin-ssh-port` 22, `admin-telnet-port` 23).
 */
const ADMIN_PORTS: [string, ServiceName, number][] = [
  ['admin-port', 'http-server', 80],
  ['admin-sport', 'https-server', 443],
  ['admin-ssh-port', 'ssh-server', 22],
  ['admin-telnet-port', 'telnet-server', 23],
];

/** Hostname, private-data-encryption, admin-telnet and the admin ports: read before the interfaces. */
export function readGlobalFirst(state: ConvertState): AdminAccess {
  const global = globalTable(state);
  const ports: AdminAccess['ports'] = {};
  for (const [key, service, fallback] of ADMIN_PORTS) {
    const set = global ? Number(value(global, key)) : NaN;
    ports[service] = Number.isInteger(set) && set > 0 ? set : fallback;
  }
  if (!global) return { telnetGloballyOff: false, ports };
  modelled(global.rec);
  const hostname = setting(global, 'hostname');
  if (hostname) {
    state.device.hostname = hostname.values[0] ?? '';
    state.device.source = hostname.rec.span;
  }
  state.privateDataEncryption = value(global, 'private-data-encryption') === 'enable';
  return { telnetGloballyOff: value(global, 'admin-telnet') === 'disable', ports };
}

export function convertManagement(state: ConvertState): void {
  const mgmt = state.device.management;
  const global = globalTable(state);
  const deviceSpan = state.device.source;
  // FortiOS offers SSH version 2 only (FortiOS Administration Guide, "SSH": SSHv1 is not supported).
  mgmt.ssh = { version: 2 };

  const timeout = global ? setting(global, 'admintimeout') : undefined;
  const lineSource = timeout?.rec.span ?? deviceSpan;
  const minutes = timeout ? Number(timeout.values[0]) : undefined;
  const remote = [...new Set(state.allowAccess.flatMap((a) => a.protocols.filter((p) => p === 'ssh' || p === 'telnet')))] as ManagementProtocol[];
  // `admintimeout` applies to every administrator session: GUI, SSH, Telnet and console.
  for (const kind of ['console', 'vty'] as const) {
    mgmt.lines.push({
      kind,
      name: kind === 'console' ? 'console' : 'admin sessions (SSH/Telnet/GUI)',
      transportInput: kind === 'console' ? ['serial'] : remote,
      ...(minutes !== undefined && Number.isFinite(minutes) ? { execTimeout: minutes * 60 } : {}),
      execTimeoutDefault: ADMINTIMEOUT_DEFAULT_MINUTES * 60,
      login: 'local',
      source: lineSource,
    });
  }

  const threshold = global ? setting(global, 'admin-lockout-threshold') : undefined;
  const duration = global ? setting(global, 'admin-lockout-duration') : undefined;
  mgmt.loginLockout.push({
    attempts: threshold ? Number(threshold.values[0]) : LOCKOUT_THRESHOLD_DEFAULT,
    blockSeconds: duration ? Number(duration.values[0]) : LOCKOUT_DURATION_DEFAULT,
    mechanism: threshold ? 'admin-lockout-threshold' : 'admin-lockout-threshold (FortiOS default 3)',
    source: threshold?.rec.span ?? duration?.rec.span ?? deviceSpan,
  });

  if (global) banners(state, global);
  if (global) {
    const tz = setting(global, 'timezone');
    if (tz) mgmt.ntp.timezone = { name: tz.values[0] ?? '', ...timezoneOffset(tz.values[0] ?? ''), source: tz.rec.span };
    // `admin-telnet disable` switches Telnet off on every interface; `enable` only lets allowaccess decide.
    const telnet = setting(global, 'admin-telnet');
    if (telnet?.values[0] === 'disable') mgmt.services.push({ name: 'telnet-server', enabled: false, explicit: true, source: telnet.rec.span });
  }
  admins(state);
  passwordPolicy(state);
  eventRecording(state);
  snmp(state);
  ntp(state);
  logging(state);
}

/** `pre-login-banner enable` shows the `pre_admin-disclaimer-text` message before login; `post-login-banner` after. */
function banners(state: ConvertState, global: Table): void {
  const mgmt = state.device.management;
  for (const [key, kind, message] of [['pre-login-banner', 'login', 'pre_admin-disclaimer-text'], ['post-login-banner', 'exec', 'post_admin-disclaimer-text']] as const) {
    const on = setting(global, key);
    if (on?.values[0] !== 'enable') continue;
    const custom = state.tree.tables.find((t) => t.path === `system replacemsg admin ${message}`);
    const buffer = custom ? setting(custom, 'buffer') : undefined;
    // Without a custom message FortiOS shows its factory disclaimer text.
    mgmt.banners.push({ kind, text: buffer?.values[0] ?? '(FortiOS factory disclaimer)', source: buffer?.rec.span ?? on.rec.span });
  }
}

/** FortiOS 7.x writes zone names (`Asia/Tokyo`); older versions an index into their zone table (60 = GMT+9 Osaka, Sapporo, Tokyo). */
function timezoneOffset(word: string): { offsetMinutes?: number } {
  if (word === 'Asia/Tokyo' || word === '60') return { offsetMinutes: 540 };
  if (word === 'UTC' || word === 'Etc/UTC') return { offsetMinutes: 0 };
  return {};
}

/**
 * `config system admin`: each administrator; `accprofile super_admin` is the full administrator.
 * No `set password` line means the account has no password (FortiOS prints none for an empty one).
 * `trusthost1`…`trusthost10` (default 0.0.0.0/0 = anywhere) restrict where the account may log in
 * from: a permit-list filter named `admin <name> trusthost` bound for that account.
 */
function admins(state: ConvertState): void {
  const mgmt = state.device.management;
  for (const table of tablesAt(state, 'system admin')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const profile = value(entry, 'accprofile');
      if (value(entry, 'remote-auth') === 'enable') {
        remoteAdmin(state, entry);
        continue;
      }
      const password = setting(entry, 'password');
      // `two-factor` (default disable; fortitoken, fortitoken-cloud, email, sms): FortiOS CLI reference, `config system admin`.
      const twoFactor = value(entry, 'two-factor') ?? 'disable';
      mgmt.users.push({
        name: entry.name,
        ...(profile !== undefined ? { privilege: profile } : {}),
        admin: profile === 'super_admin',
        mfa: twoFactor !== 'disable',
        ...(password && password.values.length > 0 ? { password: secretOf(state, 'user-password', password.values) } : {}),
        source: entry.rec.span,
      });
      const from = trustedHosts(state, entry);
      if (from.length > 0) mgmt.users[mgmt.users.length - 1]!.access = { from, source: entry.rec.span };
    }
  }
}

/**
 * `set remote-auth enable`: the administrator logs in through the RADIUS/LDAP/TACACS+ servers of
 * `remote-group` (FortiOS Administration Guide, "Remote authentication for administrators"); no
 * local password exists, so it is an AAA login method, not a local account.
 */
function remoteAdmin(state: ConvertState, entry: Entry): void {
  const aaa = state.device.management.aaa;
  aaa.enabled = true;
  aaa.source ??= entry.rec.span;
  const group = value(entry, 'remote-group');
  aaa.methods.push({ kind: 'authentication', service: 'login', list: `admin ${entry.name}`, methods: [`remote-group ${group ?? '(none)'}`, 'radius/ldap/tacacs+'], source: entry.rec.span });
  trustedHosts(state, entry);
}

function trustedHosts(state: ConvertState, entry: Entry): string[] {
  const from: string[] = [];
  const rules: FilterRule[] = [];
  let source: SourceSpan | undefined;
  for (let n = 1; n <= 10; n++) {
    const host = setting(entry, `trusthost${n}`);
    if (!host) continue;
    const parsed = ipAndMask(host.values);
    if (!parsed || parsed.length === 0) continue;
    source ??= host.rec.span;
    const src: AddressMatch = { kind: 'prefix', address: networkOf(parsed.address, parsed.length), length: parsed.length, family: 4 };
    from.push(`${src.address}/${src.length}`);
    rules.push({ action: 'permit', match: { protocol: undefined, src: [src], dst: [{ kind: 'any' }] }, source: host.rec.span });
  }
  if (!source) return from;
  const name = `admin ${entry.name} trusthost`;
  state.device.filters.push({ name, family: 'ipv4', kind: 'host-list', rules, semantics: { firstMatch: true, defaultAction: 'deny', stateful: false }, source });
  state.device.otherFilterBindings.push({ filter: name, family: 'ipv4', direction: 'in', source, purpose: `admin ${entry.name}` });
  return from;
}

/** `config system password-policy`: applies only with `status enable` (default disable); `minimum-length` default 8. */
function passwordPolicy(state: ConvertState): void {
  state.device.management.passwordPolicyAvailable = true;
  const table = tablesAt(state, 'system password-policy')[0];
  if (!table) return;
  const status = setting(table, 'status');
  if (status?.values[0] !== 'enable') return;
  const length = setting(table, 'minimum-length');
  state.device.management.passwordPolicy = { minLength: length ? Number(length.values[0]) : 8, source: length?.rec.span ?? status.rec.span };
}

/**
 * `config log eventfilter`: `event` and `system` default to enable (FortiOS 7.6 CLI reference,
 * `config log eventfilter`, Default column). System events include administrator logins, failed
 * logins and configuration changes, kept in the device's own log (and sent to the remote log
 * targets), so both records exist unless one of the two is disabled.
 */
function eventRecording(state: ConvertState): void {
  const table = tablesAt(state, 'log eventfilter')[0];
  const set = table ? (['event', 'system'] as const).flatMap((key) => setting(table, key) ?? []) : [];
  const off = set.find((s) => s.values[0] === 'disable');
  const enabled = off === undefined;
  const decisive = off ?? set.find((s) => s.key === 'system');
  const source = decisive?.rec.span ?? state.device.source;
  const platformDefault = decisive === undefined ? { platformDefault: true } : {};
  const mechanism = decisive ? `log eventfilter ${decisive.key}` : 'log eventfilter system (FortiOS default enable)';
  state.device.management.loginLogging = { success: enabled, failure: enabled, ...platformDefault, source };
  state.device.management.commandLogging = { enabled, mechanism, ...platformDefault, source };
}

/**
 * SNMP (FortiOS CLI reference, `config system snmp community` / `user`): a community's `set name` is
 * the community string (a secret); FortiGate SNMP is read-only; `config hosts` restricts which managers
 * may query (0.0.0.0/0 = any). v3 `security-level` no-auth-no-priv (default) / auth-no-priv / auth-priv.
 */
function snmp(state: ConvertState): void {
  const snmpModel = state.device.management.snmp;
  const sysinfo = tablesAt(state, 'system snmp sysinfo')[0];
  if (sysinfo) snmpModel.enabled = value(sysinfo, 'status') === 'enable';
  for (const table of tablesAt(state, 'system snmp community')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      if (value(entry, 'status') === 'disable') continue;
      const name = setting(entry, 'name');
      const v1 = value(entry, 'query-v1-status') !== 'disable';
      const v2 = value(entry, 'query-v2c-status') !== 'disable';
      if (!name || (!v1 && !v2)) continue;
      const hosts = communityHosts(state, entry);
      snmpModel.communities.push({ community: secretOf(state, 'snmp-community', name.values), access: 'ro', ...(hosts ? { accessList: hosts } : {}), source: name.rec.span });
    }
  }
  const levels = { 'no-auth-no-priv': 'noauth', 'auth-no-priv': 'auth', 'auth-priv': 'priv' } as const;
  for (const table of tablesAt(state, 'system snmp user')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      if (value(entry, 'status') === 'disable') continue;
      const level = levels[(value(entry, 'security-level') ?? 'no-auth-no-priv') as keyof typeof levels] ?? 'noauth';
      const auth = value(entry, 'auth-proto');
      const priv = value(entry, 'priv-proto');
      snmpModel.v3Users.push({ name: entry.name, level, ...(auth !== undefined && level !== 'noauth' ? { authProtocol: auth } : {}), ...(priv !== undefined && level === 'priv' ? { privProtocol: priv } : {}), source: entry.rec.span });
      for (const host of values(entry, 'notify-hosts')) snmpModel.trapHosts.push({ address: host, version: 'v3', source: entry.rec.span });
    }
  }
}

function communityHosts(state: ConvertState, entry: Entry): string | undefined {
  const hosts = subtable(entry, 'hosts');
  if (!hosts) return undefined;
  modelled(hosts.rec);
  const rules: FilterRule[] = [];
  for (const host of hosts.entries) {
    modelled(host.rec);
    const parsed = ipAndMask(values(host, 'ip'));
    if (!parsed) continue;
    if (parsed.length === 0) return undefined;
    rules.push({ action: 'permit', match: { protocol: undefined, src: [{ kind: 'prefix', address: networkOf(parsed.address, parsed.length), length: parsed.length, family: 4 }], dst: [{ kind: 'any' }] }, source: host.rec.span });
    if (value(host, 'host-type') !== 'query') state.device.management.snmp.trapHosts.push({ address: parsed.address, version: 'v2c', source: host.rec.span });
  }
  if (rules.length === 0) return undefined;
  const name = `snmp community ${entry.name} hosts`;
  state.device.filters.push({ name, family: 'ipv4', kind: 'host-list', rules, semantics: { firstMatch: true, defaultAction: 'deny', stateful: false }, source: hosts.rec.span });
  state.device.otherFilterBindings.push({ filter: name, family: 'ipv4', direction: 'in', source: hosts.rec.span, purpose: 'snmp' });
  return name;
}

/**
 * `config system ntp`: with `ntpsync enable`, `type fortiguard` (the default) syncs from FortiGuard's
 * NTP service, `type custom` from the `config ntpserver` entries.
 */
function ntp(state: ConvertState): void {
  const table = tablesAt(state, 'system ntp')[0];
  if (!table) return;
  const sync = setting(table, 'ntpsync');
  if (sync?.values[0] !== 'enable') return;
  const servers = state.device.management.ntp.servers;
  const type = setting(table, 'type');
  if ((type?.values[0] ?? 'fortiguard') === 'fortiguard') {
    servers.push({ address: 'FortiGuard NTP', source: (type ?? sync).rec.span });
    return;
  }
  const list = subtable(table, 'ntpserver');
  for (const entry of list?.entries ?? []) {
    modelled(entry.rec);
    const server = setting(entry, 'server');
    if (server?.values[0]) servers.push({ address: server.values[0], source: server.rec.span });
  }
}

/** FortiOS syslog severities (`set severity` of `log syslogd filter`, default information). */
const SEVERITIES: Record<string, number> = { emergency: 0, alert: 1, critical: 2, error: 3, warning: 4, notification: 5, information: 6, debug: 7 };

/**
 * Remote log targets: `log syslogd[2-4] setting` and `log fortianalyzer[2-3] setting` with `status
 * enable` and `server`, and `log fortianalyzer-cloud setting`. FortiOS log messages always carry
 * `date=` and `time=` fields (FortiOS Log Message Reference, "Log message fields"): timestamps on.
 */
function logging(state: ConvertState): void {
  const logs = state.device.management.logging;
  logs.timestamps = true;
  for (const path of ['log syslogd setting', 'log syslogd2 setting', 'log syslogd3 setting', 'log syslogd4 setting', 'log fortianalyzer setting', 'log fortianalyzer2 setting', 'log fortianalyzer3 setting', 'log fortianalyzer-cloud setting']) {
    for (const table of tablesAt(state, path)) {
      modelled(table.rec);
      if (value(table, 'status') !== 'enable') continue;
      const server = setting(table, 'server');
      const address = path.includes('cloud') ? 'FortiAnalyzer Cloud' : server?.values[0];
      if (address) logs.hosts.push({ address, source: (server ?? table).rec.span });
    }
  }
  const filter = tablesAt(state, 'log syslogd filter')[0];
  const severity = filter ? setting(filter, 'severity') : undefined;
  if (severity && SEVERITIES[severity.values[0] ?? ''] !== undefined) {
    logs.trapLevel = SEVERITIES[severity.values[0]!]!;
    logs.source = severity.rec.span;
  }
}
