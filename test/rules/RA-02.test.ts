// RA-02: remote-access VPN asks for more than a password.
// Vendors: Yamaha RTX (L2TP/IPsec dial-in) and FortiGate (SSL-VPN) are the remote-access VPNs the
// parsers model. Cisco IOS (Easy VPN / dynamic crypto maps with XAuth), NEC IX (L2TP/IPsec) and
// AlliedWare Plus have no remote-access facts in the model, so the rule finds nothing to judge there:
// a device without one is not applicable (shown with an IOS site-to-site router).
import { rule } from '../../src/rules/ra/ra-02-remote-access-auth.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const RTX_L2TP = `ip lan1 address 192.168.0.1/24
pp select anonymous
 pp bind tunnel4
 pp auth request mschap-v2
 pp auth username teacher01 Ra-Pass-Teacher
 ip pp remote address pool 192.168.0.192-192.168.0.199
 pp enable anonymous
l2tp service on
tunnel select 4
 tunnel encapsulation l2tp
 ipsec tunnel 104
  ipsec sa policy 104 4 esp aes-cbc sha-hmac
  ipsec ike local address 4 203.0.113.1
  ipsec ike pre-shared-key 4 text Ra-Psk-4-Long-Enough-Key
  ipsec ike remote address 4 any
 tunnel enable 4
ipsec transport 1 104 udp 1701
`;

const RTX_SITE = `tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text Strong-Site-Key-0001
  ipsec ike remote address 1 203.0.113.2
 tunnel enable 1
`;

const FGT_SSL = (extra: string) => `config vpn ssl settings
    set servercert "Fortinet_Factory"
    set tunnel-ip-pools "SSLVPN_TUNNEL_ADDR1"
${extra}    set source-interface "wan1"
    set source-address "all"
end
`;

testRule(rule, {
  valid: [
    { name: 'Yamaha RTX: site-to-site IPsec only (no remote access)', vendor: 'yamaha-rtx', config: RTX_SITE, check: 'not-applicable' },
    { name: 'FortiGate: SSL-VPN requiring client certificates', vendor: 'fortigate', config: FGT_SSL('    set reqclientcert enable\n') },
    { name: 'FortiGate: SSL-VPN forcing two-factor authentication', vendor: 'fortigate', config: FGT_SSL('    set force-two-factor-auth enable\n') },
    { name: 'IOS: site-to-site router (not applicable)', config: 'hostname rt1\ncrypto isakmp key Strong-Site-Key-0001 address 198.51.100.10\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'Yamaha RTX: L2TP/IPsec with a pre-shared key and PPP passwords',
      vendor: 'yamaha-rtx',
      config: RTX_L2TP,
      findings: [{ object: 'tunnel4', severity: 'high', messageIncludes: 'pre-shared key and the user by a password only', evidenceLines: [lineOf(RTX_L2TP, 'ipsec sa policy 104 4 esp aes-cbc sha-hmac')] }],
    },
    {
      name: 'FortiGate: SSL-VPN with neither certificates nor forced two-factor (manual)',
      vendor: 'fortigate',
      config: FGT_SSL('    set reqclientcert disable\n'),
      findings: [{ object: 'ssl-vpn', status: 'manual', evidenceLines: [5] }],
    },
  ],
});
