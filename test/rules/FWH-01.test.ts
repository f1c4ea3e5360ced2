// FWH-01: permit lines with any source and any destination in filters used for access control.
import { rule } from '../../src/rules/fwh/fwh-01-permit-any-any.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n学習,学習系,10.10.30.0/23\n';

/** A router with a koumu SVI (Vlan10) and a learning SVI (Vlan30); `acls` and the bindings vary. */
function router(acls: string, koumu: string[] = [], learning: string[] = [], more = ''): string {
  return [
    'hostname rt1',
    'ip routing',
    '!',
    acls,
    '!',
    'interface Vlan10',
    ' ip address 10.10.10.1 255.255.255.0',
    ...koumu.map((l) => ` ${l}`),
    '!',
    'interface Vlan30',
    ' ip address 10.10.30.1 255.255.254.0',
    ...learning.map((l) => ` ${l}`),
    '!',
    more,
    'end',
    '',
  ].join('\n');
}

const SPECIFIC = `ip access-list extended LEARNING-IN
 10 permit tcp 10.10.30.0 0.0.1.255 any eq 443
 20 deny   ip any any log`;

const OPEN = `ip access-list extended OPEN
 10 permit ip any any`;

const OPEN_AFTER_DENIES = `ip access-list extended UPLINK-IN
 10 deny   ip any 10.10.10.0 0.0.0.255 log
 20 permit tcp host 10.200.1.5 10.10.99.0 0.0.0.255 eq 22
 30 deny   ip any 10.10.99.0 0.0.0.255 log
 40 permit ip any any`;

const HTTPS_ANYWHERE = `ip access-list extended WEB
 10 permit tcp any any eq 443
 20 deny   ip any any`;

const critical = router(OPEN, ['ip access-group OPEN in']);
const outbound = router(OPEN, ['ip access-group OPEN out'], ['ip access-group OPEN in']);
const onLearning = router(OPEN, [], ['ip access-group OPEN in']);
const afterDenies = router(OPEN_AFTER_DENIES, [], ['ip access-group UPLINK-IN in']);
const restricted = router(HTTPS_ANYWHERE, [], ['ip access-group WEB in']);
const ipv6 = router('ipv6 access-list V6-OPEN\n permit ipv6 any any', [], ['ipv6 traffic-filter V6-OPEN in']);
const vty = router(SPECIFIC, [], ['ip access-group LEARNING-IN in'], 'access-list 5 permit any\n!\nline vty 0 4\n access-class 5 in\n transport input ssh\n!');

testRule(rule, {
  valid: [
    { name: 'only specific permits, ending in deny', config: router(SPECIFIC, [], ['ip access-group LEARNING-IN in']), zones: ZONES },
    { name: 'a deny any any is no permit', config: router('ip access-list extended CLOSED\n 10 deny ip any any log', ['ip access-group CLOSED in']), zones: ZONES },
    {
      name: 'a permit any any that no packet reaches is left to FWH-02',
      config: router('ip access-list extended DEAD\n 10 deny ip any any\n 20 permit ip any any', ['ip access-group DEAD in']),
      zones: ZONES,
    },
    {
      name: 'a filter used nowhere is left to FWH-04',
      config: router(`${SPECIFIC}\n${OPEN}`, [], ['ip access-group LEARNING-IN in']),
      zones: ZONES,
    },
    {
      name: 'a filter that only selects NAT sources permits nothing by itself',
      config: router(
        `${SPECIFIC}\naccess-list 1 permit any`,
        ['ip nat inside'],
        ['ip access-group LEARNING-IN in'],
        'ip nat inside source list 1 interface Vlan30 overload\n!',
      ),
      zones: ZONES,
    },
    {
      name: 'a device without any filter in use is not applicable',
      config: router(OPEN),
      check: 'not-applicable',
    },
  ],
  invalid: [
    {
      name: 'permit ip any any on a koumu-internal interface: critical',
      config: critical,
      zones: ZONES,
      findings: [
        {
          object: 'OPEN',
          severity: 'critical',
          messageIncludes: 'Vlan10 is in 校務 (koumu-internal)',
          evidenceLines: [lineOf(critical, '10 permit ip any any'), lineOf(critical, 'ip access-group OPEN in')],
        },
      ],
    },
    {
      name: 'outbound on koumu counts too; every binding is quoted',
      config: outbound,
      zones: ZONES,
      findings: [
        {
          object: 'OPEN',
          severity: 'critical',
          messageIncludes: 'interface Vlan10 (out), interface Vlan30 (in)',
          evidenceLines: [lineOf(outbound, '10 permit ip any any'), lineOf(outbound, 'ip access-group OPEN out'), lineOf(outbound, 'ip access-group OPEN in')],
        },
      ],
    },
    {
      name: 'on a learning interface: high',
      config: onLearning,
      zones: ZONES,
      findings: [{ object: 'OPEN', severity: 'high', evidenceLines: [lineOf(onLearning, '10 permit ip any any'), lineOf(onLearning, 'ip access-group OPEN in')] }],
    },
    {
      name: 'without zones.csv: high, never critical',
      config: critical,
      findings: [{ object: 'OPEN', severity: 'high', messageIncludes: 'every protocol' }],
    },
    {
      name: 'a final permit any any after a few denies is what opens everything else; the denies are named',
      config: afterDenies,
      zones: ZONES,
      findings: [
        {
          object: 'UPLINK-IN',
          severity: 'high',
          messageIncludes: 'deny lines before it (seq 10, seq 30)',
          evidenceLines: [lineOf(afterDenies, '40 permit ip any any'), lineOf(afterDenies, 'ip access-group UPLINK-IN in')],
        },
      ],
    },
    {
      name: 'protocol and port restricted: medium',
      config: restricted,
      zones: ZONES,
      findings: [{ object: 'WEB', severity: 'medium', messageIncludes: 'tcp src any → dst any dport 443', evidenceLines: [lineOf(restricted, '10 permit tcp any any eq 443'), lineOf(restricted, 'ip access-group WEB in')] }],
    },
    {
      name: 'IPv6 filters too',
      config: ipv6,
      zones: ZONES,
      findings: [{ object: 'V6-OPEN', severity: 'high', evidenceLines: [lineOf(ipv6, 'permit ipv6 any any'), lineOf(ipv6, 'ipv6 traffic-filter V6-OPEN in')] }],
    },
    {
      name: 'a management line access class that permits any source',
      config: vty,
      zones: ZONES,
      findings: [{ object: '5', severity: 'high', messageIncludes: 'line vty 0 4', evidenceLines: [lineOf(vty, 'access-list 5 permit any'), lineOf(vty, 'access-class 5 in')] }],
    },
  ],
});
