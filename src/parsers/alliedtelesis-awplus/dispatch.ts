import * as acl from './acl.js';
import * as fw from './firewall.js';
import * as ifaces from './interfaces.js';
import * as mgmt from './management.js';
import * as routes from './routes.js';
import type { LineContext } from './state.js';
import * as vlans from './vlans.js';

/**
 * Which handler turns which grammar result into the model. A handler returns `'ignored'` when the
 * line, although understood, carries nothing to model.
 */
// The grammar's results are plain objects whose shape each handler declares for itself.
export type Handler = (ast: any, ctx: LineContext) => 'ignored' | void;

export const HANDLERS: Record<string, Handler> = {
  hostname: mgmt.hostname,
  interface: ifaces.interfaceHead,
  line: mgmt.lineHead,
  'vlan-database': vlans.vlanDatabase,
  vlan: vlans.vlan,
  'acl-head': acl.aclHead,
  'acl-numbered': acl.aclNumbered,
  'acl-named-inline': acl.aclNamedInline,
  'acl-entry': acl.aclEntry,
  route: routes.route,
  username: mgmt.username,
  'enable-password': mgmt.enablePassword,
  service: mgmt.service,
  'password-encryption': mgmt.passwordEncryption,
  'ssh-version': mgmt.sshVersion,
  'snmp-enable': mgmt.snmpEnable,
  'snmp-community': mgmt.snmpCommunity,
  'snmp-host': mgmt.snmpHost,
  'snmp-group': mgmt.snmpGroup,
  'snmp-user': mgmt.snmpUser,
  'ntp-server': mgmt.ntpServer,
  'ntp-key': mgmt.ntpKey,
  'ntp-authenticate': mgmt.ntpAuthenticate,
  'log-host': mgmt.logHost,
  timezone: mgmt.timezone,
  banner: mgmt.banner,
  'aaa-method': mgmt.aaaMethod,
  'aaa-lockout': mgmt.aaaLockout,
  'radius-host': mgmt.radiusHost,
  'radius-key': mgmt.radiusKey,
  'tacacs-host': mgmt.tacacsHost,
  'password-min-length': mgmt.passwordMinLength,
  'domain-lookup': mgmt.domainLookup,
  'exec-timeout': mgmt.execTimeout,
  'access-class': mgmt.accessClass,
  login: mgmt.login,
  'line-password': mgmt.linePassword,
  'sw-mode': ifaces.switchportMode,
  'sw-access-vlan': ifaces.accessVlan,
  'sw-voice-vlan': ifaces.voiceVlan,
  'sw-trunk-allowed': ifaces.trunkAllowed,
  'sw-native-vlan': ifaces.nativeVlan,
  'port-security': ifaces.portSecurity,
  'port-security-maximum': ifaces.portSecurityMaximum,
  'port-security-violation': ifaces.portSecurityViolation,
  switchport: ifaces.switchport,
  shutdown: ifaces.shutdown,
  description: ifaces.description,
  'ip-address': ifaces.ipAddress,
  'ip-dhcp': ifaces.ipDhcp,
  'channel-group': ifaces.channelGroup,
  'access-group': ifaces.accessGroup,
  'dot1x-port-control': ifaces.dot1xPortControl,
  'auth-enable': ifaces.authEnable,
  'auth-host-mode': ifaces.authHostMode,
  zone: fw.zoneHead,
  'zone-network': fw.zoneNetwork,
  'zone-subnet': fw.zoneSubnet,
  'zone-host': fw.zoneHost,
  'zone-host-address': fw.zoneHostAddress,
  'zone-host-dynamic': fw.zoneHostDynamic,
  application: fw.applicationHead,
  'app-protocol': fw.appProtocol,
  'app-port': fw.appPort,
  'app-icmp-type': fw.appIcmpType,
  firewall: fw.firewallHead,
  'fw-rule': fw.firewallRule,
  'fw-protect': fw.firewallProtect,
  nat: fw.natHead,
  'nat-rule': fw.natRule,
  'nat-enable': fw.natEnable,
};
