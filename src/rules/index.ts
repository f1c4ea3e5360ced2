import { rule as log01 } from './log/log-01-remote-syslog.js';
import { rule as log02 } from './log/log-02-traffic-logging.js';
import { rule as log03 } from './log/log-03-time-sync.js';
import { rule as mgt01 } from './mgt/mgt-01-management-source.js';
import { rule as mgt02 } from './mgt/mgt-02-management-exposure.js';
import { rule as mgt03 } from './mgt/mgt-03-plaintext-management.js';
import { rule as mgt04 } from './mgt/mgt-04-login-banner.js';
import { rule as mgt05 } from './mgt/mgt-05-login-attempt-limit.js';
import { rule as mgt06 } from './mgt/mgt-06-idle-timeout.js';
import { rule as mgt07 } from './mgt/mgt-07-login-accounting.js';
import { rule as mgt08 } from './mgt/mgt-08-default-credentials.js';
import { rule as mgt09 } from './mgt/mgt-09-password-storage.js';
import { rule as mgt10 } from './mgt/mgt-10-password-policy.js';
import { rule as mgt11 } from './mgt/mgt-11-admin-accounts.js';
import { rule as mgt12 } from './mgt/mgt-12-credential-reuse.js';
import { rule as nac01 } from './nac/nac-01-port-authentication.js';
import { rule as nac02 } from './nac/nac-02-l2-access-protections.js';
import { rule as seg06 } from './seg/seg-06-koumu-routed-unfiltered.js';
import { rule as svc01 } from './svc/svc-01-unused-ports.js';
import { rule as svc02 } from './svc/svc-02-unnecessary-services.js';
import { rule as svc03 } from './svc/svc-03-snmp.js';
import { rule as svc04 } from './svc/svc-04-end-of-support.js';
import { rule as wls01 } from './wls/wls-01-wireless-encryption.js';
import { rule as wls02 } from './wls/wls-02-koumu-enterprise-auth.js';
import { rule as wls03 } from './wls/wls-03-ssid-zone-mapping.js';
import { rule as wls04 } from './wls/wls-04-psk-scope-strength-reuse.js';
import { rule as fwh01 } from './fwh/fwh-01-permit-any-any.js';
import { rule as fwh02 } from './fwh/fwh-02-unreachable-lines.js';
import { rule as fwh03 } from './fwh/fwh-03-redundant-lines.js';
import { rule as fwh04 } from './fwh/fwh-04-undefined-unused-filters.js';
import { rule as seg01 } from './seg/seg-01-koumu-isolation.js';
import { rule as seg02 } from './seg/seg-02-wide-addresses.js';
import { rule as seg03 } from './seg/seg-03-wide-ports.js';
import { rule as seg04 } from './seg/seg-04-endpoint-mac-pinning.js';
import { rule as seg05 } from './seg/seg-05-koumu-bypass-routes.js';
import { rule as seg07 } from './seg/seg-07-guest-isolation.js';
import { rule as ra01 } from './ra/ra-01-inbound-from-internet.js';
import { rule as ra02 } from './ra/ra-02-remote-access-auth.js';
import { rule as ra03 } from './ra/ra-03-remote-access-least-privilege.js';
import { rule as ra04 } from './ra/ra-04-remote-maintenance.js';
import { rule as vpn01 } from './vpn/vpn-01-intersite-encryption.js';
import { rule as vpn02 } from './vpn/vpn-02-ipsec-algorithms.js';
import { rule as vpn03 } from './vpn/vpn-03-vpn-authentication.js';
import { rule as bnd01 } from './bnd/bnd-01-external-connections.js';
import { rule as bnd02 } from './bnd/bnd-02-published-servers-in-dmz.js';
import { rule as bnd03 } from './bnd/bnd-03-ingress-anti-spoofing.js';
import { rule as gw01 } from './gw/gw-01-gateway-antivirus.js';
import { rule as gw02 } from './gw/gw-02-web-dns-filtering.js';
import { rule as gw03 } from './gw/gw-03-gateway-ips.js';
import type { Rule } from './types.js';

/**
 * The rule catalog, in id order. Each rule lives in its own file under src/rules/<area>/.
 * Adding a rule: write the module, add it here, add test/rules/<id>.test.ts with pass and fail configs.
 */
export const RULES: Rule[] = [bnd01, bnd02, bnd03, log01, log02, log03, mgt01, mgt02, mgt03, mgt04, mgt05, mgt06, mgt07, mgt08, mgt09, mgt10, mgt11, mgt12, nac01, nac02, seg06, svc01, svc02, svc03, svc04, wls01, wls02, wls03, wls04, fwh01, fwh02, fwh03, fwh04, gw01, gw02, gw03, seg01, seg02, seg03, seg04, seg05, seg07, ra01, ra02, ra03, ra04, vpn01, vpn02, vpn03];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
