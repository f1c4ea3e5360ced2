// RA-01: inbound access from the Internet (destination NAT, port forwards, rulebase rules from the
// Internet side) without an approval in flows.csv.
// AlliedWare Plus: the AR-series firewall rules and NAT are modelled, but the AW+ switches of our
// corpus publish nothing; the rule reads the same neutral facts (device.nat, securityPolicy) there.
import { rule } from '../../src/rules/ra/ra-01-inbound-from-internet.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const HEADER = 'from,to,protocol,ports,reason,approval_id,approver,approved_date,expiry\n';
const approval = (from: string, to: string, proto: string, ports: string) => `${HEADER}${from},${to},${proto},${ports},公開Webサーバ,EX-21,CISO,2025-04-01,2027-03-31\n`;

const ZONES = ['zone,class,cidr,device,interface', '公開,DMZ,10.20.0.0/24,,', '校務,校務内部系,10.10.0.0/24,,', 'インターネット,インターネット,,center-fw01,wan1', ''].join('\n');

const IOS_FORWARD = `hostname rt1
interface GigabitEthernet0/0
 ip address 198.51.100.2 255.255.255.252
 ip nat outside
interface GigabitEthernet0/1
 ip address 10.20.0.1 255.255.255.0
 ip nat inside
ip nat inside source static tcp 10.20.0.10 443 interface GigabitEthernet0/0 443
end
`;

const RTX_FORWARD = `ip lan2 address 198.51.100.10/29
ip lan2 nat descriptor 1
nat descriptor type 1 masquerade
nat descriptor masquerade static 1 1 10.20.0.20 tcp 443
`;

const RTX_VPN_ONLY = `ip lan2 address 198.51.100.10/29
ip lan2 nat descriptor 1
nat descriptor type 1 masquerade
nat descriptor masquerade static 1 1 10.20.0.5 esp
nat descriptor masquerade static 1 2 10.20.0.5 udp 500
`;

// Inbound translations that publish nothing: outside hosts renamed for inside hosts (IOS), and a
// forward on a VPN tunnel (its traffic came over the VPN, not from the Internet).
const IOS_OUTSIDE_SOURCE = 'hostname rt1\nip nat outside source static 203.0.113.50 10.99.0.50\nend\n';
const RTX_TUNNEL_FORWARD = `ip lan1 address 10.20.0.1/24
tunnel select 1
 ip tunnel nat descriptor 2
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text Strong-Site-Key-0001
  ipsec ike remote address 1 203.0.113.2
 tunnel enable 1
nat descriptor type 2 masquerade
nat descriptor masquerade static 2 1 10.20.0.20 tcp 443
`;

const FGT_BASE = `config system global
    set hostname "center-fw01"
end
config system interface
    edit "wan1"
        set ip 203.0.113.2 255.255.255.252
    next
    edit "dmz"
        set ip 10.20.0.1 255.255.255.0
    next
    edit "koumu"
        set ip 10.10.0.1 255.255.255.0
    next
end
config firewall vip
    edit "web-server"
        set extip 203.0.113.10
        set mappedip "10.20.0.20"
        set extintf "wan1"
        set portforward enable
        set extport 443
        set mappedport 443
    next
end
`;

const policy = (id: number, dstintf: string, dstaddr: string) => `    edit ${id}
        set srcintf "wan1"
        set dstintf "${dstintf}"
        set action accept
        set srcaddr "all"
        set dstaddr "${dstaddr}"
        set schedule "always"
        set service "ALL"
    next
`;

const FGT_VIP_POLICY = `${FGT_BASE}config firewall policy
${policy(5, 'dmz', 'web-server')}end
`;
const FGT_VIP_UNUSED = FGT_BASE;
const FGT_OPEN = `${FGT_BASE}config firewall policy
${policy(7, 'koumu', 'all')}end
`;

const IX_FORWARD = `hostname ix1
interface GigaEthernet0.1
  ip address 198.51.100.2/30
  ip napt enable
  ip napt service web 10.20.0.11 none tcp 80 8080
  no shutdown
`;

const IX_VPN_ONLY = `hostname ix1
interface GigaEthernet0.1
  ip address 198.51.100.2/30
  ip napt enable
  ip napt static GigaEthernet0.1 udp 500
  ip napt static GigaEthernet0.1 50
  no shutdown
`;

testRule(rule, {
  valid: [
    { name: 'IOS: the port forward is an approved exception', config: IOS_FORWARD, zones: ZONES, flows: approval('インターネット', '10.20.0.10', 'tcp', '443') },
    { name: 'IOS: an approval from any address (0.0.0.0/0) to the DMZ zone', config: IOS_FORWARD, zones: ZONES, flows: approval('0.0.0.0/0', '公開', 'tcp', '443') },
    { name: 'IOS: only source NAT (not applicable)', config: 'hostname rt1\nip nat inside source list 1 interface GigabitEthernet0/0 overload\nend\n', check: 'not-applicable' },
    { name: 'Yamaha RTX: ESP and IKE forwarded to an inside VPN gateway (VPN termination)', vendor: 'yamaha-rtx', config: RTX_VPN_ONLY },
    { name: 'FortiGate: a VIP no policy uses has no effect', vendor: 'fortigate', config: FGT_VIP_UNUSED, zones: ZONES },
    { name: 'FortiGate: VIP and policy with an approval', vendor: 'fortigate', config: FGT_VIP_POLICY, zones: ZONES, flows: approval('インターネット', '公開', 'tcp', '443') },
    { name: 'NEC IX: IKE and ESP to the router itself', vendor: 'nec-ix', config: IX_VPN_ONLY },
    { name: 'IOS: `ip nat outside source static` renames an outside host (not applicable)', config: IOS_OUTSIDE_SOURCE, check: 'not-applicable' },
    { name: 'Yamaha RTX: a forward on a VPN tunnel (not applicable)', vendor: 'yamaha-rtx', config: RTX_TUNNEL_FORWARD, check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: a static port forward with no approval',
      config: IOS_FORWARD,
      findings: [
        {
          object: 'nat tcp GigabitEthernet0/0:443 -> 10.20.0.10:443',
          severity: 'critical',
          evidenceLines: [lineOf(IOS_FORWARD, 'ip nat inside source static tcp 10.20.0.10 443 interface GigabitEthernet0/0 443')],
        },
      ],
    },
    {
      name: 'IOS: an approval for another port does not cover it',
      config: IOS_FORWARD,
      zones: ZONES,
      flows: approval('インターネット', '10.20.0.10', 'tcp', '80'),
      findings: [{ object: 'nat tcp GigabitEthernet0/0:443 -> 10.20.0.10:443' }],
    },
    {
      name: 'Yamaha RTX: masquerade static to a web server',
      vendor: 'yamaha-rtx',
      config: RTX_FORWARD,
      findings: [{ object: 'nat tcp lan2:443 -> 10.20.0.20:443', evidenceLines: [lineOf(RTX_FORWARD, 'nat descriptor masquerade static 1 1 10.20.0.20 tcp 443')] }],
    },
    {
      name: 'FortiGate: VIP published by a policy, the policy line as evidence',
      vendor: 'fortigate',
      config: FGT_VIP_POLICY,
      zones: ZONES,
      findings: [
        {
          object: 'nat tcp 203.0.113.10:443 -> 10.20.0.20:443',
          evidenceLines: [lineOf(FGT_VIP_POLICY, 'edit "web-server"'), lineOf(FGT_VIP_POLICY, 'edit 5')],
        },
      ],
    },
    {
      name: 'FortiGate: a policy from wan1 to the koumu interface',
      vendor: 'fortigate',
      config: FGT_OPEN,
      zones: ZONES,
      findings: [{ object: 'policy 7', messageIncludes: 'to 校務', evidenceLines: [lineOf(FGT_OPEN, 'edit 7')] }],
    },
    {
      name: 'FortiGate: without zones.csv the rulebase is a manual check',
      vendor: 'fortigate',
      config: FGT_OPEN,
      findings: [{ object: 'rulebase', status: 'manual' }],
    },
    {
      name: 'NEC IX: napt service publishing a web server',
      vendor: 'nec-ix',
      config: IX_FORWARD,
      findings: [{ object: 'nat tcp GigaEthernet0.1:8080 -> 10.20.0.11:80', evidenceLines: [lineOf(IX_FORWARD, 'ip napt service web 10.20.0.11 none tcp 80 8080')] }],
    },
  ],
});
