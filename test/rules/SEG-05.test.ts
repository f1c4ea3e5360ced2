// SEG-05: static routes that carry koumu-internal traffic around the filters.
import { rule } from '../../src/rules/seg/seg-05-koumu-bypass-routes.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = [
  'zone,class,cidr,device,interface',
  '校務,校務内部系,10.10.10.0/24,,',
  'センター校務,校務内部系,10.200.10.0/24,,',
  '学習,学習系,10.10.30.0/23,,',
  'インターネット,インターネット,,core1,GigabitEthernet1/0/48',
  '閉域網,閉域網,,core1,Tunnel1',
  '',
].join('\n');

const DEFAULT_ROUTE = 'ip route 0.0.0.0 0.0.0.0 192.0.2.1';

/** koumu-internal (Vlan10) is filtered; Gi1/0/47 is a transit link in no zone; Tunnel1 goes to the center. */
const config = (routes: string, options: { transitFilter?: boolean; koumuFilter?: boolean; defaultRoute?: boolean } = {}) => `hostname core1
ip routing
!
interface Tunnel1
 description closed WAN to the education center
 ip address 172.31.0.1 255.255.255.252
 tunnel source GigabitEthernet1/0/48
 tunnel destination 203.0.113.200
!
interface GigabitEthernet1/0/47
 description transit to the annex router
 no switchport
 ip address 10.99.0.1 255.255.255.252
${options.transitFilter ? ' ip access-group TRANSIT-IN in\n' : ''}!
interface GigabitEthernet1/0/48
 description uplink to the Internet
 no switchport
 ip address 192.0.2.2 255.255.255.252
!
interface Vlan10
 description koumu
 ip address 10.10.10.1 255.255.255.0
${options.koumuFilter === false ? '' : ' ip access-group KOUMU-IN in\n'}!
interface Vlan30
 description learning
 ip address 10.10.30.1 255.255.254.0
!
${options.defaultRoute === false ? '' : `${DEFAULT_ROUTE}\n`}${routes}
!
ip access-list extended KOUMU-IN
 10 permit tcp 10.10.10.0 0.0.0.255 host 10.200.10.5 eq 443
 20 deny ip any any
ip access-list extended TRANSIT-IN
 10 permit tcp 10.10.10.128 0.0.0.127 host 10.200.10.5 eq 443
 20 deny ip any any
end
`;

const TO_LEARNING = 'ip route 10.10.10.128 255.255.255.128 10.10.30.254';
const TO_TRANSIT = 'ip route 10.10.10.128 255.255.255.128 10.99.0.2';
const TO_INTERNET = 'ip route 10.10.10.128 255.255.255.128 198.51.100.7';
const FLOATING = 'ip route 10.10.10.0 255.255.255.0 10.10.30.254 250';
const UNREACHABLE = 'ip route 10.10.10.128 255.255.255.128 198.51.100.7';

const transitBypass = config(TO_TRANSIT);
const unreachable = config(UNREACHABLE, { defaultRoute: false });

testRule(rule, {
  valid: [
    { name: 'only a default route (it merely contains koumu-internal)', config: config(''), zones: ZONES },
    { name: 'a koumu-internal route with a next hop inside koumu-internal', config: config('ip route 10.10.10.128 255.255.255.128 10.10.10.254'), zones: ZONES },
    { name: 'the center\'s koumu-internal prefix over the closed WAN tunnel', config: config('ip route 10.200.10.0 255.255.255.0 Tunnel1'), zones: ZONES },
    { name: 'the transit link to the koumu-internal part is filtered', config: config(TO_TRANSIT, { transitFilter: true }), zones: ZONES },
    { name: 'koumu-internal is not filtered on this device either (SEG-06\'s finding, not a bypass)', config: config(TO_TRANSIT, { koumuFilter: false }), zones: ZONES },
    { name: 'no static routes', config: config('', { defaultRoute: false }), zones: ZONES, check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'koumu-internal addresses routed to a next hop in learning',
      config: config(TO_LEARNING),
      zones: ZONES,
      findings: [{ object: 'route 10.10.10.128/25 via 10.10.30.254', severity: 'high', messageIncludes: '学習 (learning)', evidenceLines: [lineOf(config(TO_LEARNING), TO_LEARNING)] }],
    },
    {
      name: 'koumu-internal addresses routed out of the Internet uplink (next hop resolved through the default route)',
      config: config(TO_INTERNET),
      zones: ZONES,
      findings: [{ object: 'route 10.10.10.128/25 via 198.51.100.7', severity: 'high', messageIncludes: 'インターネット (internet)', evidenceLines: [lineOf(config(TO_INTERNET), TO_INTERNET)] }],
    },
    {
      name: 'a floating static route (not installed) still points koumu-internal at learning',
      config: config(FLOATING),
      zones: ZONES,
      findings: [{ object: 'route 10.10.10.0/24 via 10.10.30.254', severity: 'high', evidenceLines: [lineOf(config(FLOATING), FLOATING)] }],
    },
    {
      name: 'koumu-internal reachable through an unfiltered transit link while Vlan10 is filtered',
      config: transitBypass,
      zones: ZONES,
      findings: [
        {
          object: 'route 10.10.10.128/25 via 10.99.0.2',
          severity: 'high',
          messageIncludes: 'GigabitEthernet1/0/47, which is in no zone and has no filter',
          evidenceLines: [lineOf(transitBypass, TO_TRANSIT), lineOf(transitBypass, 'interface GigabitEthernet1/0/47')],
        },
      ],
    },
    {
      name: 'a koumu-internal route whose next hop is unreachable: routing inconsistency',
      config: unreachable,
      zones: ZONES,
      findings: [{ object: 'route 10.10.10.128/25 via 198.51.100.7', severity: 'low', messageIncludes: 'Routing inconsistency', evidenceLines: [lineOf(unreachable, UNREACHABLE)] }],
    },
    {
      name: 'no zones.csv: manual check on a device with static routes',
      config: config(TO_LEARNING),
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});
