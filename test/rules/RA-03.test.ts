// RA-03: remote-access users reach koumu-internal only at the destinations and ports they need.
// Vendors: FortiGate (SSL-VPN and its policies) is judged from the rulebase; Yamaha RTX L2TP/IPsec
// remote access is a manual check (where pool users reach is not computed). Cisco IOS, NEC IX and
// AlliedWare Plus have no remote-access facts in the model: not applicable (shown with IOS).
import { rule } from '../../src/rules/ra/ra-03-remote-access-least-privilege.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = ['zone,class,cidr,device,interface', '校務,校務内部系,10.0.10.0/24,,', 'インターネット,インターネット,,fw1,wan1', ''].join('\n');

const fgt = (policy: string) => `config system global
    set hostname "fw1"
end
config system interface
    edit "wan1"
        set ip 203.0.113.2 255.255.255.252
    next
    edit "port1"
        set ip 10.0.10.1 255.255.255.0
    next
    edit "ssl.root"
        set type tunnel
    next
end
config firewall address
    edit "koumu-sv01"
        set subnet 10.0.10.20 255.255.255.255
    next
end
config vpn ssl settings
    set servercert "Fortinet_Factory"
    set tunnel-ip-pools "SSLVPN_TUNNEL_ADDR1"
    set source-interface "wan1"
    set source-address "all"
    set reqclientcert enable
end
config firewall policy
    edit 30
        set srcintf "ssl.root"
        set dstintf "port1"
        set action accept
        set srcaddr "all"
${policy}        set schedule "always"
    next
end
`;

const FGT_WIDE = fgt('        set dstaddr "all"\n        set service "ALL"\n');
const FGT_NARROW = fgt('        set dstaddr "koumu-sv01"\n        set service "HTTPS"\n        set groups "remote-teachers"\n');

const RTX_L2TP = `ip lan1 address 10.0.10.1/24
pp select anonymous
 pp bind tunnel4
 pp auth username teacher01 Ra-Pass-Teacher
 ip pp remote address pool 10.0.10.192-10.0.10.199
 pp enable anonymous
l2tp service on
tunnel select 4
 tunnel encapsulation l2tp
 ipsec tunnel 104
  ipsec sa policy 104 4 esp aes-cbc sha-hmac
  ipsec ike pre-shared-key 4 text Ra-Psk-4-Long-Enough-Key
  ipsec ike remote address 4 any
 tunnel enable 4
ipsec transport 1 104 udp 1701
`;

testRule(rule, {
  valid: [
    { name: 'FortiGate: one server, HTTPS only, one user group', vendor: 'fortigate', config: FGT_NARROW, zones: ZONES },
    { name: 'IOS: no remote access (not applicable)', config: 'hostname rt1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'FortiGate: SSL-VPN users reach all of koumu on every port',
      vendor: 'fortigate',
      config: FGT_WIDE,
      zones: ZONES,
      findings: [{ object: 'policy 30', severity: 'medium', messageIncludes: 'any destination and any protocol and port, not limited to users or groups', evidenceLines: [lineOf(FGT_WIDE, 'edit 30')] }],
    },
    { name: 'FortiGate: without zones.csv (manual)', vendor: 'fortigate', config: FGT_WIDE, findings: [{ object: 'zones.csv', status: 'manual' }] },
    {
      name: 'Yamaha RTX: L2TP/IPsec users (manual)',
      vendor: 'yamaha-rtx',
      config: RTX_L2TP,
      zones: ZONES,
      findings: [{ object: 'tunnel4', status: 'manual', evidenceLines: [lineOf(RTX_L2TP, 'ipsec sa policy 104 4 esp aes-cbc sha-hmac')] }],
    },
  ],
});
