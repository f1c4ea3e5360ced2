import { diagnostic } from '../../model/index.js';
import type { AddressMatch, FilterRule, ManagementProtocol, ServiceName } from '../../model/index.js';
import type { Daemon, ParseState } from './state.js';

/**
 * Defaults when the config does not mention a daemon (vendor-syntax.md §1, Y-CMD 4.38, 4.65, 33.1):
 * telnetd on, sshd off, httpd on.
 */
const DAEMONS: { daemon: Daemon; service: ServiceName; protocol: ManagementProtocol; defaultOn: boolean }[] = [
  { daemon: 'telnetd', service: 'telnet-server', protocol: 'telnet', defaultOn: true },
  { daemon: 'sshd', service: 'ssh-server', protocol: 'ssh', defaultOn: false },
  { daemon: 'httpd', service: 'http-server', protocol: 'http', defaultOn: true },
];

/** `login timer` default and the cap for TELNET/SSH/HTTP sessions when it is `clear` (Y-CMD 4.53). */
const LOGIN_TIMER_DEFAULT = 300;

export function finalizeManagement(state: ParseState): void {
  const { device } = state;
  const mgmt = device.management;
  for (const { daemon, service, defaultOn } of DAEMONS) {
    const set = state.daemonService[daemon];
    const accessClass = hostFilter(state, daemon);
    mgmt.services.push({
      name: service,
      enabled: set ? set.on : defaultOn,
      explicit: set !== undefined,
      ...(accessClass ? { accessClass } : {}),
      source: set?.source ?? device.source,
    });
  }
  const remote = DAEMONS.filter((d) => mgmt.services.some((s) => s.name === d.service && s.enabled) && d.protocol !== 'http').map((d) => d.protocol);
  const timer = state.loginTimer;
  const source = timer?.source ?? device.source;
  mgmt.lines.push(
    {
      kind: 'console',
      name: 'console',
      transportInput: ['serial'],
      ...(timer ? { execTimeout: timer.value === 'clear' ? 0 : timer.value } : {}),
      execTimeoutDefault: LOGIN_TIMER_DEFAULT,
      source,
    },
    {
      kind: 'vty',
      name: 'telnetd/sshd',
      transportInput: remote,
      ...(timer ? { execTimeout: timer.value === 'clear' ? LOGIN_TIMER_DEFAULT : timer.value } : {}),
      execTimeoutDefault: LOGIN_TIMER_DEFAULT,
      source,
    },
  );
  applyUserAttributes(state);
  for (const { gateway, key, source: keySource } of state.ikeKeys) {
    const peer = state.ikeRemoteAddress.get(gateway) ?? `ike gateway ${gateway}`;
    device.vpn.preSharedKeys.push({ peer, key, source: keySource });
  }
}

/**
 * `user attribute [U|*] administrator=… connection=… host=…` (Y-CMD 4.x, vendor-syntax.md §1):
 * a named user's own line wins over `*` (every user), key by key. Only named users (`login user`)
 * get attributes. `administrator=on|1|2` gives administrator rights; `connection=` lists the access
 * methods the user may log in by (serial, telnet, ssh, sftp, http, remote; `all`; `off` = none) and
 * `host=` where from (`any` = anywhere).
 */
function applyUserAttributes(state: ParseState): void {
  const everyone = state.userAttributes.get('*');
  for (const user of state.device.management.users) {
    if (user.name === '(login password)' || user.privilege?.startsWith('ppp')) continue;
    const attribute = (key: string) => state.userAttributes.get(user.name)?.get(key) ?? everyone?.get(key);
    const admin = attribute('administrator');
    if (admin !== undefined) {
      user.privilege = `administrator=${admin.value}`;
      user.admin = admin.value !== 'off';
    }
    const connection = attribute('connection');
    const host = attribute('host');
    if (connection === undefined && host === undefined) continue;
    user.access = {
      ...(connection !== undefined ? { protocols: connectionProtocols(connection.value) } : {}),
      ...(host !== undefined && host.value !== 'any' ? { from: host.value.split(',') } : {}),
      source: (connection ?? host)!.source,
    };
  }
}

const CONNECTIONS: Record<string, ManagementProtocol> = { serial: 'serial', telnet: 'telnet', ssh: 'ssh', sftp: 'ssh', http: 'http', remote: 'other' };

function connectionProtocols(value: string): ManagementProtocol[] {
  if (value === 'off') return [];
  const words = value === 'all' ? Object.keys(CONNECTIONS) : value.split(',');
  return [...new Set(words.map((w) => CONNECTIONS[w] ?? 'other'))];
}

/**
 * `telnetd|sshd|httpd host …` becomes a permit-list Filter named `telnetd host` (unmatched: deny)
 * bound as the service's access class. `any` means no restriction (no filter); `none` an empty
 * list; `lan` every LAN interface's network; `lanN` that interface's network.
 */
function hostFilter(state: ParseState, daemon: Daemon): string | undefined {
  // Without a host line telnetd and sshd accept any host (Y-CMD 4.39; vendor-syntax.md §1), httpd
  // only the LAN side (Y-CMD 33.2 `httpd host`: 初期値 lan); that default list points at the device line.
  const hosts = state.daemonHosts[daemon] ?? (daemon === 'httpd' ? { hosts: ['lan'], source: state.device.source } : undefined);
  if (!hosts || hosts.hosts.includes('any')) return undefined;
  const name = `${daemon} host`;
  const members: AddressMatch[] = [];
  for (const word of hosts.hosts) {
    if (word === 'none') continue;
    const resolved = hostMembers(state, word);
    if (resolved) members.push(...resolved);
    else state.diagnostics.push(diagnostic(state.file, hosts.source.line, hosts.source.text, `host "${word}" not understood: ignored / 解析できないホスト指定 "${word}" は無視しました`, 'unresolved-reference'));
  }
  const rules: FilterRule[] = members.map((src) => ({ action: 'permit', match: { protocol: undefined, src: [src], dst: [{ kind: 'any' }] }, source: hosts.source }));
  state.device.filters.push({ name, family: 'ipv4', kind: 'host-list', rules, semantics: { firstMatch: true, defaultAction: 'deny', stateful: false }, source: hosts.source });
  state.device.otherFilterBindings.push({ filter: name, family: 'ipv4', direction: 'in', source: hosts.source, purpose: daemon });
  return name;
}

function hostMembers(state: ParseState, word: string): AddressMatch[] | undefined {
  const v4 = '(?:\\d{1,3}\\.){3}\\d{1,3}';
  if (new RegExp(`^${v4}$`).test(word)) return [{ kind: 'prefix', address: word, length: 32, family: 4 }];
  const prefix = new RegExp(`^(${v4})/(\\d{1,2})$`).exec(word);
  if (prefix) return [{ kind: 'prefix', address: prefix[1]!, length: Number(prefix[2]), family: 4 }];
  const range = new RegExp(`^(${v4})-(${v4})$`).exec(word);
  if (range) return [{ kind: 'range', first: range[1]!, last: range[2]!, family: 4 }];
  if (word === 'lan') return lanNetworks(state, (name) => /^lan\d+([/.]\d+)?$/.test(name));
  if (/^lan\d+([/.]\d+)?$/.test(word)) return lanNetworks(state, (name) => name === word);
  return undefined;
}

function lanNetworks(state: ParseState, accept: (name: string) => boolean): AddressMatch[] {
  return state.device.interfaces
    .filter((i) => accept(i.name))
    .flatMap((i) => i.addresses.filter((a) => a.family === 4).map((a): AddressMatch => ({ kind: 'prefix', address: networkOf(a.address, a.prefixLength), length: a.prefixLength, family: 4 })));
}

function networkOf(address: string, length: number): string {
  const n = address.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  const net = (n & mask) >>> 0;
  return [24, 16, 8, 0].map((s) => (net >>> s) & 255).join('.');
}
