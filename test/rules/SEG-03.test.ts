// SEG-03: traffic across the koumu-internal boundary whose ports or protocol are not limited.
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/seg/seg-03-wide-ports.js';
import { analysisOf } from '../analysis/reachability/network-fixture.js';
import { FIXTURE_FILE, lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = ['zone,class,cidr', '校務,校務内部系,10.10.10.0/24', '校務外部,校務外部系,10.10.20.0/24', '学習,学習系,10.10.30.0/23', ''].join('\n');

const REQUEST = '20 permit tcp host 10.10.30.5 host 10.10.10.20 eq 445';
const REPLY = '10 permit tcp host 10.10.10.20 eq 445 host 10.10.30.5 established';

/** One teacher PC may use the file server's tcp/445; the rest of learning is kept out. */
const CORE = `hostname core1
ip routing
!
interface Vlan10
 description koumu
 ip address 10.10.10.1 255.255.255.0
 ip access-group KOUMU-IN in
!
interface Vlan20
 description koumu-external
 ip address 10.10.20.1 255.255.255.0
 ip access-group EXT-IN in
!
interface Vlan30
 description learning
 ip address 10.10.30.1 255.255.254.0
 ip access-group LEARNING-IN in
!
ip access-list extended KOUMU-IN
 ${REPLY}
 30 deny ip any any
ip access-list extended EXT-IN
 10 deny ip any 10.10.10.0 0.0.0.255
 20 permit ip any any
ip access-list extended LEARNING-IN
 ${REQUEST}
 30 deny ip any 10.10.0.0 0.0.255.255
 40 permit ip any any
end
`;

const withRequest = (line: string) => CORE.replace(REQUEST, line);
const withReply = (line: string) => CORE.replace(REPLY, line);
const withBoth = (request: string, reply: string) => withReply(reply).replace(REQUEST, request);

const ANY_PROTOCOL = '20 permit ip host 10.10.30.5 host 10.10.10.20';
const HIGH_PORTS = '20 permit tcp host 10.10.30.5 host 10.10.10.20 range 1024 65535';
const PORTS_101 = '20 permit tcp host 10.10.30.5 host 10.10.10.20 range 1000 1100';
const SOURCE_PORT_ONLY = '10 permit tcp host 10.10.10.20 eq 445 host 10.10.30.5';

const DNS = withBoth('20 permit udp host 10.10.30.5 host 10.10.10.20 eq domain', '10 permit udp host 10.10.10.20 eq domain host 10.10.30.5');
const PING = withBoth('20 permit icmp host 10.10.30.5 host 10.10.10.20 echo', '10 permit icmp host 10.10.10.20 host 10.10.30.5 echo-reply');

const HEADER = 'from,to,protocol,ports,reason,approval_id,approver,approved_date,expiry\n';

testRule(rule, {
  valid: [
    { name: 'one service port, replies limited by established and source port', config: CORE, zones: ZONES },
    { name: '100 ports is still a limited range', config: withRequest('20 permit tcp host 10.10.30.5 host 10.10.10.20 range 1000 1099'), zones: ZONES },
    { name: 'DNS over UDP: the replies come from port 53 to any port', config: DNS, zones: ZONES },
    { name: 'ICMP echo and echo-reply: a protocol without ports, limited', config: PING, zones: ZONES },
  ],
  invalid: [
    {
      name: 'any protocol between two hosts',
      config: withRequest(ANY_PROTOCOL),
      zones: ZONES,
      findings: [{ object: 'LEARNING-IN line 20', severity: 'high', messageIncludes: '学習 → 校務: ip 10.10.30.5 → 10.10.10.20', evidenceLines: [lineOf(withRequest(ANY_PROTOCOL), ANY_PROTOCOL)] }],
    },
    {
      name: 'every high port',
      config: withRequest(HIGH_PORTS),
      zones: ZONES,
      findings: [{ object: 'LEARNING-IN line 20', messageIncludes: 'tcp/1024-65535 10.10.30.5 → 10.10.10.20', evidenceLines: [lineOf(withRequest(HIGH_PORTS), HIGH_PORTS)] }],
    },
    {
      name: '101 ports is a wide range',
      config: withRequest(PORTS_101),
      zones: ZONES,
      findings: [{ object: 'LEARNING-IN line 20', messageIncludes: 'tcp/1000-1100', evidenceLines: [lineOf(withRequest(PORTS_101), PORTS_101)] }],
    },
    {
      name: 'a TCP "reply" limited by source port only (no established) opens every port of the host',
      config: withReply(SOURCE_PORT_ONLY),
      zones: ZONES,
      findings: [{ object: 'KOUMU-IN line 10', messageIncludes: '校務 → 学習: tcp sport 445 10.10.10.20 → 10.10.30.5', evidenceLines: [lineOf(withReply(SOURCE_PORT_ONLY), SOURCE_PORT_ONLY)] }],
    },
    {
      name: 'an approval for any protocol is still reported, as approved',
      config: withRequest(ANY_PROTOCOL),
      zones: ZONES,
      flows: `${HEADER}10.10.30.5,10.10.10.20,ip,,保守,EX-9,CISO,2025-04-01,\n`,
      findings: [{ object: 'LEARNING-IN line 20', messageIncludes: 'Approved in flows.csv (EX-9, flows.csv row 2) but not narrowed' }],
    },
    {
      name: 'koumu-external reaches koumu with no filter at all',
      config: CORE.replace(' ip access-group EXT-IN in\n', ''),
      zones: ZONES,
      // Everything but the switch's own Vlan10 address (10.10.10.1), which the switch takes for itself.
      findings: [
        {
          object: 'Vlan20 (no filter)',
          messageIncludes: '校務外部 → 校務: ip 10.10.20.0/24 → 10.10.10.0/24 except 10.10.10.1',
          evidenceLines: [lineOf(CORE, 'interface Vlan20'), lineOf(CORE, 'interface Vlan10')],
        },
      ],
    },
    {
      name: 'no zones.csv: manual check',
      config: CORE,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});

describe('SEG-03 scope', () => {
  it('the valid cases do let traffic across the boundary (they are not vacuous)', () => {
    for (const config of [CORE, DNS, PING]) {
      const reachability = analysisOf({ [FIXTURE_FILE]: config }, ZONES).reachability!;
      expect(reachability.pair('学習', '校務')!.permitted.isEmpty()).toBe(false);
      expect(reachability.pair('校務', '学習')!.permitted.isEmpty()).toBe(false);
    }
  });
});
