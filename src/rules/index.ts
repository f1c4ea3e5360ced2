import { rule as log01 } from './log/log-01-remote-syslog.js';
import { rule as log03 } from './log/log-03-time-sync.js';
import { rule as mgt03 } from './mgt/mgt-03-plaintext-management.js';
import { rule as mgt04 } from './mgt/mgt-04-login-banner.js';
import { rule as mgt05 } from './mgt/mgt-05-login-attempt-limit.js';
import { rule as mgt06 } from './mgt/mgt-06-idle-timeout.js';
import { rule as mgt08 } from './mgt/mgt-08-default-credentials.js';
import { rule as mgt09 } from './mgt/mgt-09-password-storage.js';
import { rule as nac01 } from './nac/nac-01-port-authentication.js';
import { rule as seg06 } from './seg/seg-06-koumu-routed-unfiltered.js';
import { rule as svc01 } from './svc/svc-01-unused-ports.js';
import { rule as svc02 } from './svc/svc-02-unnecessary-services.js';
import { rule as svc03 } from './svc/svc-03-snmp.js';
import { rule as wls01 } from './wls/wls-01-wireless-encryption.js';
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
import type { Rule } from './types.js';

/**
 * The rule catalog, in id order. Each rule lives in its own file under src/rules/<area>/.
 * Adding a rule: write the module, add it here, add test/rules/<id>.test.ts with pass and fail configs.
 */
export const RULES: Rule[] = [log01, log03, mgt03, mgt04, mgt05, mgt06, mgt08, mgt09, nac01, seg06, svc01, svc02, svc03, wls01, fwh01, fwh02, fwh03, fwh04, seg01, seg02, seg03, seg04, seg05, seg07];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
