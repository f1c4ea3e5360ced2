// BND-03 on Cisco IOS, FortiGate, Yamaha RTX and NEC IX: the packet analysis asks whether a private
// source gets in through the internet-facing interface. AlliedWare Plus is left out: its edge
// routers' WAN filtering is done by the `firewall` rulebase, which the FortiGate cases exercise
// through the same zone-pair code; no AlliedWare Plus WAN fixture of our own has been verified yet.
import { rule } from '../../src/rules/bnd/bnd-03-ingress-anti-spoofing.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { FGT_EDGE, FGT_ZONES, IOS_EDGE, IOS_ZONES, IX_EDGE, IX_ZONES, RTX_EDGE, RTX_ZONES } from './fixtures/internet-edge.js';

const IOS_ACL = `ip access-list extended WAN-IN
 deny ip 10.0.0.0 0.255.255.255 any
 deny ip 172.16.0.0 0.15.255.255 any
 deny ip 192.168.0.0 0.0.255.255 any
 permit ip any any
!
`;
const iosFiltered = IOS_EDGE.replace(' ip address 203.0.113.2 255.255.255.252\n', ' ip address 203.0.113.2 255.255.255.252\n ip access-group WAN-IN in\n').replace('ip route', `${IOS_ACL}ip route`);
// The ACL forgets 172.16.0.0/12.
const iosLeaky = iosFiltered.replace(' deny ip 172.16.0.0 0.15.255.255 any\n', '');

const rtxFiltered =
  RTX_EDGE +
  'ip filter 100 reject 10.0.0.0/8 *\nip filter 101 reject 172.16.0.0/12 *\nip filter 102 reject 192.168.0.0/16 *\nip filter 199 pass * *\nip lan2 secure filter in 100 101 102 199\n';

const ixFiltered = IX_EDGE.replace('hostname ix-edge\n', 'hostname ix-edge\n!\nip access-list wan-in deny ip src 10.0.0.0/8 dest any\nip access-list wan-in deny ip src 172.16.0.0/12 dest any\nip access-list wan-in deny ip src 192.168.0.0/16 dest any\nip access-list wan-in permit ip src any dest any\n').replace(
  '  ip napt enable\n',
  '  ip napt enable\n  ip filter wan-in 1 in\n',
);

const urpf = (mode: string) => IOS_EDGE.replace(' ip address 203.0.113.2 255.255.255.252\n', ` ip address 203.0.113.2 255.255.255.252\n ip verify unicast source reachable-via ${mode}\n`);
const loose = urpf('any allow-default');

// A published web server: internet → learning by HTTPS from any source.
const fgtOpen = FGT_EDGE.replace(
  '        set ssl-ssh-profile "deep-inspection"\n    next\nend\n',
  `        set ssl-ssh-profile "deep-inspection"
    next
    edit 12
        set srcintf "wan1"
        set dstintf "port1"
        set action accept
        set srcaddr "all"
        set dstaddr "gakushu-net"
        set schedule "always"
        set service "HTTPS"
    next
end
`,
);

testRule(rule, {
  valid: [
    { name: 'Cisco IOS: inbound ACL drops RFC 1918 sources', config: iosFiltered, zones: IOS_ZONES },
    { name: 'Cisco IOS: strict uRPF on the WAN', config: urpf('rx'), zones: IOS_ZONES },
    { name: 'FortiGate: no policy from the internet zone (implicit deny)', vendor: 'fortigate', config: FGT_EDGE, zones: FGT_ZONES },
    { name: 'Yamaha RTX: secure filter in drops private sources', vendor: 'yamaha-rtx', config: rtxFiltered, zones: RTX_ZONES },
    { name: 'NEC IX: ip filter in drops private sources', vendor: 'nec-ix', config: ixFiltered, zones: IX_ZONES },
  ],
  invalid: [
    {
      name: 'Cisco IOS: no inbound filter on the WAN',
      config: IOS_EDGE,
      zones: IOS_ZONES,
      findings: [{ object: 'GigabitEthernet0/0', severity: 'medium', messageIncludes: 'no inbound filter', evidenceLines: [lineOf(IOS_EDGE, 'interface GigabitEthernet0/0')] }],
    },
    {
      name: 'Cisco IOS: the ACL forgets 172.16.0.0/12',
      config: iosLeaky,
      zones: IOS_ZONES,
      findings: [{ object: 'GigabitEthernet0/0', messageIncludes: 'source 172.', evidenceLines: [lineOf(iosLeaky, 'interface GigabitEthernet0/0'), lineOf(iosLeaky, 'ip access-group WAN-IN in')] }],
    },
    {
      name: 'Cisco IOS: loose uRPF only',
      config: loose,
      zones: IOS_ZONES,
      findings: [{ object: 'GigabitEthernet0/0', messageIncludes: 'loose mode', evidenceLines: [lineOf(loose, 'interface GigabitEthernet0/0'), lineOf(loose, 'ip verify unicast source reachable-via any allow-default')] }],
    },
    {
      name: 'FortiGate: a policy from the internet accepts any source',
      vendor: 'fortigate',
      config: fgtOpen,
      zones: FGT_ZONES,
      findings: [{ object: 'wan1', severity: 'medium', evidenceLines: [lineOf(fgtOpen, 'edit "wan1"')] }],
    },
    {
      name: 'Yamaha RTX: no secure filter on the WAN',
      vendor: 'yamaha-rtx',
      config: RTX_EDGE,
      zones: RTX_ZONES,
      findings: [{ object: 'lan2', evidenceLines: [lineOf(RTX_EDGE, 'ip lan2 address dhcp')] }],
    },
    {
      name: 'NEC IX: no filter on the WAN',
      vendor: 'nec-ix',
      config: IX_EDGE,
      zones: IX_ZONES,
      findings: [{ object: 'GigaEthernet0.1', evidenceLines: [lineOf(IX_EDGE, 'interface GigaEthernet0.1')] }],
    },
    { name: 'without zones.csv', config: IOS_EDGE, findings: [{ object: 'zones.csv', status: 'manual' }] },
  ],
});
