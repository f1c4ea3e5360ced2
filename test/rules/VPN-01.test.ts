// VPN-01: routes to other sites' koumu prefixes leave through a tunnel / IPsec, never in clear out of
// an Internet-facing interface.
import { rule } from '../../src/rules/vpn/vpn-01-intersite-encryption.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const zones = (device: string, iface: string) =>
  [
    'zone,class,cidr,device,interface',
    '校務,校務内部系,10.1.10.0/24,,',
    '校務,校務内部系,10.2.10.0/24,,',
    '学習,学習系,10.2.20.0/24,,',
    `インターネット,インターネット,,${device},${iface}`,
    '',
  ].join('\n');

const ios = (routes: string, extra = '') => `hostname rt1
interface GigabitEthernet0/0
 ip address 198.51.100.2 255.255.255.252
${extra}interface GigabitEthernet0/1
 ip address 10.1.10.1 255.255.255.0
ip route 0.0.0.0 0.0.0.0 198.51.100.1
${routes}end
`;
const IOS_ZONES = zones('rt1', 'GigabitEthernet0/0');
const IOS_CLEAR = ios('ip route 10.2.0.0 255.255.0.0 198.51.100.1\n');
const IOS_CRYPTO_MAP = `hostname rt1
crypto isakmp policy 10
 encryption aes 256
 hash sha256
 authentication pre-share
 group 14
crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
access-list 110 permit ip 10.1.10.0 0.0.0.255 10.2.0.0 0.0.255.255
crypto map CM 10 ipsec-isakmp
 set peer 198.51.100.18
 set transform-set TS
 match address 110
interface GigabitEthernet0/0
 ip address 198.51.100.2 255.255.255.252
 crypto map CM
interface GigabitEthernet0/1
 ip address 10.1.10.1 255.255.255.0
ip route 0.0.0.0 0.0.0.0 198.51.100.1
ip route 10.2.0.0 255.255.0.0 198.51.100.1
end
`;
const IOS_TUNNEL = ios(
  'ip route 10.2.0.0 255.255.0.0 Tunnel1\n',
  'interface Tunnel1\n ip address 172.16.0.1 255.255.255.252\n tunnel source GigabitEthernet0/0\n tunnel destination 198.51.100.18\n',
);

const rtx = (route: string) => `ip lan1 address 10.1.10.1/24
ip lan2 address 198.51.100.10/29
ip route default gateway 198.51.100.9
${route}
tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text Strong-Site-Key-0001
  ipsec ike remote address 1 198.51.100.18
 tunnel enable 1
`;
const RTX_ZONES = zones('fixture', 'lan2');
const RTX_CLEAR = rtx('ip route 10.2.10.0/24 gateway 198.51.100.9');

const fgt = (device: string) => `config system global
    set hostname "fw1"
end
config system interface
    edit "wan1"
        set ip 203.0.113.2 255.255.255.252
    next
    edit "port1"
        set ip 10.1.10.1 255.255.255.0
    next
end
config vpn ipsec phase1-interface
    edit "to-es02"
        set interface "wan1"
        set ike-version 2
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 198.51.100.18
    next
end
config router static
    edit 1
        set gateway 203.0.113.1
        set device "wan1"
    next
    edit 12
        set dst 10.2.0.0 255.255.0.0
${device === 'wan1' ? '        set gateway 203.0.113.1\n' : ''}        set device "${device}"
    next
end
`;
const FGT_ZONES = zones('fw1', 'wan1');
const FGT_CLEAR = fgt('wan1');

const ix = (route: string) => `hostname ix1
ip route default 198.51.100.1
${route}
interface GigaEthernet0.1
  ip address 198.51.100.2/30
  no shutdown
interface GigaEthernet1.0
  ip address 10.1.10.1/24
  no shutdown
interface Tunnel0.0
  tunnel mode ipsec
  ip unnumbered GigaEthernet1.0
  no shutdown
`;
const IX_ZONES = zones('ix1', 'GigaEthernet0.1');
const IX_CLEAR = ix('ip route 10.2.0.0/16 198.51.100.1');

const aw = (route: string) => `hostname ar1
interface eth1
 ip address 198.51.100.2/30
interface eth2
 ip address 192.0.2.2/30
interface vlan1
 ip address 10.1.10.1/24
ip route 0.0.0.0/0 198.51.100.1
${route}
end
`;
const AW_ZONES = zones('ar1', 'eth1') + '閉域,閉域網,,ar1,eth2\n';
const AW_CLEAR = aw('ip route 10.2.0.0/16 198.51.100.1');

testRule(rule, {
  valid: [
    { name: 'IOS: the route to the other site goes into an IPsec tunnel interface', config: IOS_TUNNEL, zones: IOS_ZONES },
    { name: 'IOS: a crypto map on the WAN interface protects the prefix', config: IOS_CRYPTO_MAP, zones: IOS_ZONES },
    { name: 'IOS: only the default route points at the Internet', config: ios(''), zones: IOS_ZONES },
    { name: 'Yamaha RTX: the route goes through tunnel 1', vendor: 'yamaha-rtx', config: rtx('ip route 10.2.10.0/24 gateway tunnel 1'), zones: RTX_ZONES },
    { name: 'FortiGate: the route goes through the phase1 interface', vendor: 'fortigate', config: fgt('to-es02'), zones: FGT_ZONES },
    { name: 'NEC IX: the route goes through Tunnel0.0', vendor: 'nec-ix', config: ix('ip route 10.2.0.0/16 Tunnel0.0'), zones: IX_ZONES },
    { name: 'AlliedWare Plus: the route goes out of the closed-WAN interface', vendor: 'alliedtelesis-awplus', config: aw('ip route 10.2.0.0/16 192.0.2.1'), zones: AW_ZONES },
  ],
  invalid: [
    {
      name: 'IOS: a static route to the other site via the ISP',
      config: IOS_CLEAR,
      zones: IOS_ZONES,
      findings: [
        {
          object: 'route 10.2.0.0/16',
          severity: 'critical',
          messageIncludes: 'GigabitEthernet0/0 (next hop 198.51.100.1)',
          evidenceLines: [lineOf(IOS_CLEAR, 'ip route 10.2.0.0 255.255.0.0 198.51.100.1'), lineOf(IOS_CLEAR, 'interface GigabitEthernet0/0')],
        },
      ],
    },
    { name: 'IOS: without zones.csv (manual)', config: IOS_CLEAR, findings: [{ object: 'zones.csv', status: 'manual' }] },
    {
      name: 'Yamaha RTX: the route to the other school\'s koumu goes to the ISP gateway',
      vendor: 'yamaha-rtx',
      config: RTX_CLEAR,
      zones: RTX_ZONES,
      findings: [{ object: 'route 10.2.10.0/24', messageIncludes: 'lan2', evidenceLines: [lineOf(RTX_CLEAR, 'ip route 10.2.10.0/24 gateway 198.51.100.9'), lineOf(RTX_CLEAR, 'ip lan2 address 198.51.100.10/29')] }],
    },
    {
      name: 'FortiGate: the static route points at wan1',
      vendor: 'fortigate',
      config: FGT_CLEAR,
      zones: FGT_ZONES,
      findings: [{ object: 'route 10.2.0.0/16', messageIncludes: 'wan1', evidenceLines: [lineOf(FGT_CLEAR, 'edit 12'), lineOf(FGT_CLEAR, 'edit "wan1"')] }],
    },
    {
      name: 'NEC IX: the route to the other site goes to the ISP',
      vendor: 'nec-ix',
      config: IX_CLEAR,
      zones: IX_ZONES,
      findings: [{ object: 'route 10.2.0.0/16', evidenceLines: [lineOf(IX_CLEAR, 'ip route 10.2.0.0/16 198.51.100.1'), lineOf(IX_CLEAR, 'interface GigaEthernet0.1')] }],
    },
    {
      name: 'AlliedWare Plus: the route to the other site goes out of the Internet interface',
      vendor: 'alliedtelesis-awplus',
      config: AW_CLEAR,
      zones: AW_ZONES,
      findings: [{ object: 'route 10.2.0.0/16', evidenceLines: [lineOf(AW_CLEAR, 'ip route 10.2.0.0/16 198.51.100.1'), lineOf(AW_CLEAR, 'interface eth1')] }],
    },
  ],
});
