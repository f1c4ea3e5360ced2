// SEG-07: guest zones reach nothing but the Internet.
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/seg/seg-07-guest-isolation.js';
import { analysisOf } from '../analysis/reachability/network-fixture.js';
import { FIXTURE_FILE, lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = [
  'zone,class,cidr,device,interface',
  '校務,校務内部系,10.10.10.0/24,,',
  '学習,学習系,10.10.30.0/23,,',
  '来客,来客,10.10.40.0/24,,',
  '管理,管理,10.10.99.0/24,,',
  'インターネット,インターネット,,core1,GigabitEthernet1/0/48',
  '',
].join('\n');

const GUEST_RULES = ` 10 permit udp any eq bootpc host 255.255.255.255 eq bootps
 20 permit udp 10.10.40.0 0.0.0.255 eq bootpc host 10.10.40.1 eq bootps
 30 deny ip any 10.0.0.0 0.255.255.255
 40 deny ip any 172.16.0.0 0.15.255.255
 50 deny ip any 192.168.0.0 0.0.255.255
 60 permit ip 10.10.40.0 0.0.0.255 any
`;

const config = (guestRules: string) => `hostname core1
ip routing
!
interface GigabitEthernet1/0/48
 description uplink to the Internet router
 no switchport
 ip address 192.0.2.2 255.255.255.252
!
interface Vlan10
 description koumu
 ip address 10.10.10.1 255.255.255.0
!
interface Vlan30
 description learning
 ip address 10.10.30.1 255.255.254.0
!
interface Vlan40
 description guest
 ip address 10.10.40.1 255.255.255.0
 ip access-group GUEST-IN in
!
interface Vlan99
 description management
 ip address 10.10.99.1 255.255.255.0
!
ip route 0.0.0.0 0.0.0.0 192.0.2.1
!
ip access-list extended GUEST-IN
${guestRules} 100 deny ip any any
end
`;

/** Guest traffic limited to the Internet: the private ranges are denied before the permit. */
const ISOLATED = config(GUEST_RULES);
/** Everything from the guest subnet is permitted. */
const OPEN_LINE = '10 permit ip 10.10.40.0 0.0.0.255 any';
const OPEN = config(` ${OPEN_LINE}\n`);
/** Only DNS to the school's DNS server in koumu-internal gets in. */
const DNS_LINE = '5 permit udp 10.10.40.0 0.0.0.255 host 10.10.10.10 eq domain';
const DNS_ONLY = config(` ${DNS_LINE}\n${GUEST_RULES}`);
/** DNS over TCP too: more than the basic services. */
const DNS_TCP_LINE = '6 permit tcp 10.10.40.0 0.0.0.255 host 10.10.10.10 eq domain';
const DNS_AND_TCP = config(` ${DNS_LINE}\n ${DNS_TCP_LINE}\n${GUEST_RULES}`);

testRule(rule, {
  valid: [
    { name: 'guest reaches the Internet only', config: ISOLATED, zones: ZONES },
    { name: 'no guest zone in zones.csv', config: OPEN, zones: ZONES.replace('来客,来客,10.10.40.0/24,,\n', ''), check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'guest is permitted everywhere',
      config: OPEN,
      zones: ZONES,
      findings: [
        { object: '来客 -> 校務', severity: 'high', messageIncludes: 'everything between the two zones', evidenceLines: [lineOf(OPEN, OPEN_LINE), lineOf(OPEN, 'interface Vlan10')] },
        { object: '来客 -> 学習', severity: 'high', evidenceLines: [lineOf(OPEN, OPEN_LINE), lineOf(OPEN, 'interface Vlan30')] },
        { object: '来客 -> 管理', severity: 'high', evidenceLines: [lineOf(OPEN, OPEN_LINE), lineOf(OPEN, 'interface Vlan99')] },
      ],
    },
    {
      name: 'only DNS to a server in koumu-internal: medium',
      config: DNS_ONLY,
      zones: ZONES,
      findings: [
        {
          object: '来客 -> 校務',
          severity: 'medium',
          messageIncludes: 'udp/53 10.10.40.0/24 → 10.10.10.10',
          evidenceLines: [lineOf(DNS_ONLY, DNS_LINE), lineOf(DNS_ONLY, 'interface Vlan10')],
        },
      ],
    },
    {
      name: 'DNS over TCP as well: high',
      config: DNS_AND_TCP,
      zones: ZONES,
      findings: [{ object: '来客 -> 校務', severity: 'high', messageIncludes: 'tcp, udp/53 10.10.40.0/24 → 10.10.10.10' }],
    },
    {
      name: 'no zones.csv: manual check',
      config: ISOLATED,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});

describe('SEG-07 scope', () => {
  it('the isolated guest zone does reach the Internet (the valid case is not vacuous)', () => {
    const reachability = analysisOf({ [FIXTURE_FILE]: ISOLATED }, ZONES).reachability!;
    expect(reachability.pair('来客', 'インターネット')!.permitted.isEmpty()).toBe(false);
  });
});
