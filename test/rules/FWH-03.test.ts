// FWH-03: lines whose removal would not change what the filter permits.
import { rule } from '../../src/rules/fwh/fwh-03-redundant-lines.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

function device(acl: string): string {
  return ['hostname rt1', '!', acl, '!', 'interface GigabitEthernet0/0', ' ip address 192.0.2.1 255.255.255.0', ' ip access-group ACL in', '!', 'end', ''].join('\n');
}

const zoneDenies = device(`ip access-list extended ACL
 10 deny   ip any 10.10.10.0 0.0.0.255 log
 20 deny   ip any 10.0.0.0 0.255.255.255 log
 30 permit ip 10.10.30.0 0.0.1.255 any`);

const hostThenNetwork = device(`ip access-list extended ACL
 10 permit tcp host 10.1.1.1 any eq 443
 20 permit tcp 10.1.1.0 0.0.0.255 any eq 443
 30 deny   ip any any log`);

// Line 10's TCP part is taken over by line 20; the rest falls to the implicit deny.
const partlyDefault = device(`ip access-list extended ACL
 10 deny   ip 10.1.1.0 0.0.0.255 any
 20 deny   tcp 10.1.0.0 0.0.255.255 any
 30 permit ip 10.2.0.0 0.0.255.255 any`);

testRule(rule, {
  valid: [
    {
      name: 'a final deny any any only restates the implicit deny (written for logging)',
      config: device(`ip access-list extended ACL
 10 permit tcp 10.1.1.0 0.0.0.255 any eq 443
 20 deny   ip any any log`),
    },
    {
      name: 'a specific deny that only the final deny ip any any would take over restates the default too',
      config: device(`ip access-list extended ACL
 10 deny   tcp any host 10.10.10.20 eq 445 log
 20 permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.10 eq 443
 30 deny   ip any any log`),
    },
    {
      name: 'a deny before a broader permit is needed',
      config: device(`ip access-list extended ACL
 10 deny   ip any 10.10.10.0 0.0.0.255 log
 20 permit ip 10.10.30.0 0.0.1.255 any`),
    },
    {
      name: 'a duplicate line is FWH-02\'s (the copy is unreachable), not reported twice',
      config: device(`ip access-list extended ACL
 10 permit tcp 10.1.1.0 0.0.0.255 any eq 443
 20 permit tcp 10.1.1.0 0.0.0.255 any eq 443`),
    },
    {
      name: 'a permit whose packets a later deny would stop is needed',
      config: device(`ip access-list extended ACL
 10 permit tcp host 10.1.1.1 any eq 22
 20 deny   tcp 10.1.1.0 0.0.0.255 any eq 22
 30 permit ip any any`),
    },
    { name: 'a device without filters is not applicable', config: 'hostname sw1\ninterface Vlan1\n ip address 192.0.2.2 255.255.255.0\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a per-zone deny inside a broader deny that follows it',
      config: zoneDenies,
      findings: [
        {
          object: 'ACL',
          severity: 'low',
          messageIncludes: 'seq 20 after it would deny the same packets',
          evidenceLines: [lineOf(zoneDenies, '10 deny   ip any 10.10.10.0 0.0.0.255 log'), lineOf(zoneDenies, '20 deny   ip any 10.0.0.0 0.255.255.255 log')],
        },
      ],
    },
    {
      name: 'a host permit inside the network permit after it',
      config: hostThenNetwork,
      findings: [
        {
          object: 'ACL',
          severity: 'low',
          messageIncludes: 'would permit the same packets',
          evidenceLines: [lineOf(hostThenNetwork, '10 permit tcp host 10.1.1.1 any eq 443'), lineOf(hostThenNetwork, '20 permit tcp 10.1.1.0 0.0.0.255 any eq 443')],
        },
      ],
    },
    {
      name: 'taken over partly by a later line and partly by the default action',
      config: partlyDefault,
      findings: [
        {
          object: 'ACL',
          messageIncludes: "the rest gets the filter's default action (deny)",
          evidenceLines: [lineOf(partlyDefault, '10 deny   ip 10.1.1.0 0.0.0.255 any'), lineOf(partlyDefault, '20 deny   tcp 10.1.0.0 0.0.255.255 any')],
        },
      ],
    },
  ],
});
