import * as filters from './filters.js';
import * as ifaces from './interfaces.js';
import * as ipsec from './ipsec.js';
import * as mgmt from './management.js';
import * as nat from './nat.js';
import * as routes from './routes.js';
import type { LineContext } from './state.js';

/**
 * Which handler turns which grammar result into the model. A handler returns `'ignored'` when the
 * line, although understood, carries nothing to model (e.g. the PPP account's password).
 */
// The grammar's results are plain objects whose shape each handler declares for itself.
export type Handler = (ast: any, ctx: LineContext) => 'ignored' | void;

const ignored: Handler = () => 'ignored';

export const HANDLERS: Record<string, Handler> = {
  interface: ifaces.interfaceHeader,
  'ikev2-profile': ipsec.ikev2ProfileHeader,
  'ppp-profile': mgmt.pppProfileHeader,
  hostname: mgmt.hostname,
  timezone: mgmt.timezone,
  username: mgmt.username,
  'server-enable': mgmt.serverEnable,
  'server-access-list': mgmt.serverAccessList,
  'terminal-timeout': mgmt.terminalTimeout,
  'log-timestamp': mgmt.logTimestamp,
  'syslog-enable': mgmt.syslogEnable,
  'syslog-host': mgmt.syslogHost,
  'ntp-enable': mgmt.ntpEnable,
  'ntp-server': mgmt.ntpServer,
  'snmp-enable': mgmt.snmpEnable,
  'snmp-community': mgmt.snmpCommunity,
  'snmp-host': mgmt.snmpHost,
  route: routes.staticRoute,
  'access-list': filters.accessList,
  'access-list-dynamic': filters.accessListDynamic,
  'ike-proposal': ipsec.ikeProposal,
  'ike-policy': ipsec.ikePolicy,
  'ipsec-autokey-proposal': ipsec.ipsecAutokeyProposal,
  'ipsec-autokey-map': ipsec.ipsecAutokeyMap,
  'ikev2-psk': ipsec.ikev2Psk,
  description: ifaces.description,
  'if-address': ifaces.ifAddress,
  ignored,
  unnumbered: ifaces.unnumbered,
  shutdown: ifaces.shutdown,
  encapsulation: ifaces.encapsulation,
  'ppp-binding': ifaces.pppBinding,
  'if-filter': filters.ifFilter,
  'napt-enable': nat.naptEnable,
  'napt-static': nat.naptStatic,
  'napt-service': nat.naptService,
  'bridge-group': ifaces.bridgeGroup,
  'proxy-arp': mgmt.proxyArp,
  'tunnel-mode': ifaces.tunnelMode,
  'tunnel-endpoint': ifaces.tunnelEndpoint,
  'ipsec-policy-tunnel': ipsec.ipsecPolicyTunnel,
  'ikev2-binding': ipsec.ikev2Binding,
  'ikev2-peer': ipsec.ikev2Peer,
  'ikev2-sa-proposal': ipsec.ikev2SaProposal,
  'ikev2-child-proposal': ipsec.ikev2ChildProposal,
  'ikev2-child-pfs': ipsec.ikev2ChildPfs,
  'ikev2-ipsec-mode': ipsec.ikev2IpsecMode,
  // The router's own account at its provider: the client side of the upstream link, not an access
  // path into the device. The password is redacted from the evidence like every secret.
  'ppp-myname': ignored,
  'ppp-password': ignored,
};
