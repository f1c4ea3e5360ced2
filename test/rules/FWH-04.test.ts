// FWH-04: filters referenced but not defined (medium), and defined but referenced by nothing (low).
import { rule } from '../../src/rules/fwh/fwh-04-undefined-unused-filters.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

function router(body: string): string {
  return ['hostname rt1', '!', body, '!', 'end', ''].join('\n');
}

const EDGE_ACL = `ip access-list extended EDGE-IN
 10 permit tcp any host 192.0.2.1 eq 22
 20 deny   ip any any`;

/** Every kind of reference the model records, each to a defined filter. */
const everyUse = router(`${EDGE_ACL}
ip access-list standard VTY
 10 permit 10.10.99.0 0.0.0.31
ip access-list standard HTTP
 10 permit 10.10.99.0 0.0.0.31
access-list 20 permit 10.10.99.10
access-list 21 permit 10.10.99.10
access-list 22 permit 10.10.99.10
access-list 23 permit 10.10.99.11
ip access-list extended VPN-TRAFFIC
 10 permit ip 10.10.20.0 0.0.0.255 10.210.0.0 0.0.0.255
ip access-list extended NAT-SOURCES
 10 permit ip 10.10.30.0 0.0.1.255 any
ipv6 access-list V6-IN
 permit ipv6 2001:db8::/32 any
!
crypto map WAN 10 ipsec-isakmp
 set peer 198.51.100.20
 match address VPN-TRAFFIC
!
interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ip access-group EDGE-IN in
 ipv6 traffic-filter V6-IN in
 ip nat outside
 crypto map WAN
!
interface GigabitEthernet0/1
 ip address 10.10.0.1 255.255.255.0
 ip nat inside
!
ip nat inside source list NAT-SOURCES interface GigabitEthernet0/0 overload
ip http server
ip http access-class HTTP
snmp-server community n0t-a-real-community RO 20
snmp-server group NMS v3 priv access 21
snmp-server user nms NMS v3 auth sha n0t-a-real-key priv aes 128 n0t-a-real-key access 22
ntp access-group peer 23
!
line vty 0 4
 access-class VTY in
 transport input ssh`);

const undefinedOnInterface = router(`interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ip access-group EDGE-IN in
interface GigabitEthernet0/1
 ip address 192.0.2.129 255.255.255.128
 ip access-group EDGE-IN in`);

const undefinedVty = router(`line vty 0 4
 access-class 10 in
 transport input ssh`);

const undefinedSnmp = router('snmp-server community n0t-a-real-community RO 30');

const unusedNamed = router(`${EDGE_ACL}
ip access-list extended OLD-ACL
 10 permit ip any any
interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ip access-group EDGE-IN in`);

const unusedNumbered = router(`${EDGE_ACL}
access-list 99 permit 10.1.1.1
access-list 99 deny   any
interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ip access-group EDGE-IN in`);

const familyMismatch = router(`${EDGE_ACL}
interface GigabitEthernet0/0
 ip address 192.0.2.1 255.255.255.0
 ipv6 traffic-filter EDGE-IN in`);

testRule(rule, {
  valid: [
    { name: 'every kind of reference resolves, and every filter is used', config: everyUse },
    { name: 'a device without filters or references is not applicable', config: router('interface GigabitEthernet0/0\n ip address 192.0.2.1 255.255.255.0'), check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'an interface binding to an undefined filter: one finding quoting every binding',
      config: undefinedOnInterface,
      findings: [
        {
          object: 'EDGE-IN',
          severity: 'medium',
          messageIncludes: 'may permit all traffic',
          // The two `ip access-group EDGE-IN in` lines (5 and 8), in config order.
          evidenceLines: [5, 8],
        },
      ],
    },
    {
      name: 'a management line access class to an undefined filter',
      config: undefinedVty,
      findings: [{ object: '10', severity: 'medium', messageIncludes: 'line vty 0 4', evidenceLines: [lineOf(undefinedVty, 'access-class 10 in')] }],
    },
    {
      name: 'an SNMP community restricted by an undefined filter, named by position only',
      config: undefinedSnmp,
      findings: [{ object: '30', severity: 'medium', messageIncludes: 'SNMP community #1', evidenceLines: [3] }],
    },
    {
      name: 'a named filter nothing refers to: low, at its first line',
      config: unusedNamed,
      findings: [{ object: 'OLD-ACL', severity: 'low', messageIncludes: 'never applied', evidenceLines: [lineOf(unusedNamed, 'ip access-list extended OLD-ACL')] }],
    },
    {
      name: 'a numbered filter nothing refers to: at its first entry',
      config: unusedNumbered,
      findings: [{ object: '99', severity: 'low', evidenceLines: [lineOf(unusedNumbered, 'access-list 99 permit 10.1.1.1')] }],
    },
    {
      name: 'an IPv6 binding does not resolve to the IPv4 filter of the same name',
      config: familyMismatch,
      findings: [
        { object: 'EDGE-IN', severity: 'medium', messageIncludes: 'exists, but for IPv4', evidenceLines: [lineOf(familyMismatch, 'ipv6 traffic-filter EDGE-IN in')] },
        { object: 'EDGE-IN', severity: 'low', evidenceLines: [lineOf(familyMismatch, 'ip access-list extended EDGE-IN')] },
      ],
    },
  ],
});
