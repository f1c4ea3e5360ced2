import * as ethernet from './ethernet-filters.js';
import * as filters from './filters.js';
import * as ifaces from './interfaces.js';
import * as ipsec from './ipsec.js';
import * as mgmt from './management.js';
import * as nat from './nat.js';
import * as lan from './lan-switching.js';
import * as remote from './remote-access.js';
import * as routes from './routes.js';
import * as url from './url-filters.js';
import type { LineContext } from './state.js';

/**
 * Which handler turns which grammar result into the model. A handler returns `'ignored'` when the
 * line, although understood, carries nothing to model (e.g. a bare `login password`).
 */
// The grammar's results are plain objects whose shape each handler declares for itself.
export type Handler = (ast: any, ctx: LineContext) => 'ignored' | void;

export const HANDLERS: Record<string, Handler> = {
  'pp-select': ifaces.ppSelect,
  'tunnel-select': ifaces.tunnelSelect,
  enable: ifaces.enable,
  'if-address': ifaces.ifAddress,
  description: ifaces.description,
  vlan: ifaces.vlanDot1q,
  'ip-filter': filters.ipFilter,
  'ip-filter-dynamic': filters.ipFilterDynamic,
  'secure-filter': filters.secureFilter,
  route: routes.staticRoute,
  'login-password': mgmt.loginPassword,
  'administrator-password': mgmt.administratorPassword,
  'login-user': mgmt.loginUser,
  'user-attribute': mgmt.userAttribute,
  'daemon-service': mgmt.daemonService,
  'daemon-host': mgmt.daemonHost,
  'login-timer': mgmt.loginTimer,
  'snmp-community': mgmt.snmpCommunity,
  'snmp-trap-host': mgmt.snmpTrapHost,
  'syslog-host': mgmt.syslogHost,
  ntpdate: mgmt.ntpdate,
  timezone: mgmt.timezone,
  'ike-psk': mgmt.ikePreSharedKey,
  'ike-remote-address': mgmt.ikeRemoteAddress,
  'ipsec-tunnel': ipsec.ipsecTunnel,
  'tunnel-encapsulation': ifaces.tunnelEncapsulation,
  'tunnel-endpoint': ifaces.tunnelEndpoint,
  'ipsec-sa-policy': ipsec.ipsecSaPolicy,
  'ike-algorithm': ipsec.ikeAlgorithm,
  'ike-version': ipsec.ikeVersion,
  'ike-pfs': ipsec.ikePfs,
  'ike-exchange-type': ipsec.ikeExchangeType,
  'dhcp-service': mgmt.dhcpService,
  proxyarp: mgmt.proxyArp,
  'nat-type': nat.natType,
  'nat-outer': nat.natOuter,
  'nat-static': nat.natStatic,
  'nat-masquerade-static': nat.natMasqueradeStatic,
  'if-nat': nat.ifNat,
  'filter-source-route': mgmt.filterSourceRoute,
  'filter-directed-broadcast': mgmt.filterDirectedBroadcast,
  'filter-directed-broadcast-list': mgmt.filterDirectedBroadcastList,
  'pppoe-use': remote.pppoeUse,
  'pp-bind': remote.ppBind,
  'pp-auth-request': remote.ppAuthRequest,
  'pp-auth-username': remote.ppAuthUsername,
  'l2tp-service': remote.l2tpService,
  'l2tp-tunnel-auth': remote.l2tpTunnelAuth,
  'ike-local-address': ipsec.ikeLocalAddress,
  'ipsec-transport': remote.ipsecTransport,
  'ethernet-filter': ethernet.ethernetFilter,
  'ethernet-filter-apply': ethernet.ethernetFilterApply,
  'url-filter': url.urlFilter,
  'url-filter-apply': url.urlFilterApply,
  'url-filter-setting': url.urlFilterSetting,
  'vlan-port-mapping': lan.vlanPortMapping,
  'lan-type': lan.lanType,
  'vlan-interconnect': lan.vlanInterconnect,
  'bridge-member': lan.bridgeMember,
  'ipv6-address': ifaces.ipv6Address,
};
