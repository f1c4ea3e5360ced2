import type { ManagementProtocol, ServiceName } from '../../model/index.js';
import type { ParseState, Server } from './state.js';

/**
 * Remote management servers. Off unless `… ip enable` is configured [V-2nd]: the IX running-config
 * as shipped has no server line and a public netmiko write-up (find_string id 623059270) has to add
 * `telnet-server ip enable` / `ssh-server ip enable` before it can log in over the network;
 * vendor-syntax.md §2 lists the enable commands.
 */
const SERVERS: { server: Server; service: ServiceName; protocol: ManagementProtocol }[] = [
  { server: 'telnet-server', service: 'telnet-server', protocol: 'telnet' },
  { server: 'ssh-server', service: 'ssh-server', protocol: 'ssh' },
  { server: 'http-server', service: 'http-server', protocol: 'http' },
];

export function finalizeManagement(state: ParseState): void {
  const { device } = state;
  const mgmt = device.management;
  for (const { server, service } of SERVERS) {
    const set = state.servers[server];
    const acl = state.serverAcls[server];
    mgmt.services.push({
      name: service,
      enabled: set?.on ?? false,
      explicit: set !== undefined,
      ...(acl ? { accessClass: acl.acl } : {}),
      source: set?.source ?? device.source,
    });
  }
  const remote = SERVERS.filter((s) => s.protocol !== 'http' && state.servers[s.server]?.on).map((s) => s.protocol);
  // `terminal timeout N` closes idle console and remote sessions. Its default is not documented in
  // any source read here, so none is recorded (a rule then asks for a manual check).
  const timeout = state.terminalTimeout;
  const source = timeout?.source ?? device.source;
  // With `username` accounts the sessions log in with them; without any, how a login is checked is
  // not documented in any source read here, so it is left unknown.
  const login = mgmt.users.length > 0 ? { login: 'local' as const } : {};
  mgmt.lines.push(
    { kind: 'console', name: 'console', transportInput: ['serial'], ...(timeout ? { execTimeout: timeout.seconds } : {}), ...login, source },
    { kind: 'vty', name: 'telnet-server/ssh-server', transportInput: remote, ...(timeout ? { execTimeout: timeout.seconds } : {}), ...login, source },
  );
  // Hosts are sent logs only while `syslog ip enable` is set (every sample pairs the two; vendor-syntax.md §2).
  if (state.syslogEnabled?.on) {
    mgmt.logging.hosts.push(...state.syslogHosts);
    mgmt.logging.source ??= state.syslogEnabled.source;
  }
  // Likewise the NTP client runs only with `ntp ip enable`; without it the servers are not consulted.
  if (!state.ntpEnabled?.on) mgmt.ntp.servers = [];
  // The SNMP agent answers only with `snmp-agent ip enable` (as the servers above, [V-2nd] samples);
  // its communities stay in the model as configured facts.
  if (state.snmpEnabled !== undefined || mgmt.snmp.communities.length > 0) mgmt.snmp.enabled = state.snmpEnabled ?? false;
}
