// VPN-02: IKE/IPsec algorithm strength (DES/3DES, MD5/SHA-1, DH 1/2/5/22, IKEv1 aggressive mode).
// AlliedWare Plus: the parser models no IPsec (the AW+ switches and AR firewall rules in the corpus
// carry none), so the rule has nothing to read there; a device without IPsec is not applicable.
import { rule } from '../../src/rules/vpn/vpn-02-ipsec-algorithms.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const IOS_STRONG = `hostname rt1
crypto ikev2 proposal CENTER
 encryption aes-cbc-256
 integrity sha256
 group 14
crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
 mode tunnel
end
`;

const IOS_WEAK = `hostname rt1
crypto isakmp policy 10
 encryption 3des
 hash md5
 authentication pre-share
 group 2
crypto ipsec transform-set OLD esp-des esp-sha-hmac
end
`;

const RTX_STRONG = `ip route 10.20.0.0/16 gateway tunnel 1
tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike encryption 1 aes256-cbc
  ipsec ike hash 1 sha256
  ipsec ike group 1 modp2048
  ipsec ike pre-shared-key 1 text Strong-Site-Key-0001
  ipsec ike remote address 1 203.0.113.2
 tunnel enable 1
`;

// Only the key is set: every IKE setting is the RTX default (3des-cbc, sha, modp1024).
const RTX_DEFAULTS = `tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text Strong-Site-Key-0001
  ipsec ike remote address 1 203.0.113.2
  ipsec ike exchange-type 1 aggressive
 tunnel enable 1
`;

const FGT_STRONG = `config vpn ipsec phase1-interface
    edit "to-school2"
        set interface "wan1"
        set ike-version 2
        set proposal aes256gcm-prfsha512
        set dhgrp 19 20
        set remote-gw 198.51.100.8
    next
end
config vpn ipsec phase2-interface
    edit "to-school2-p2"
        set phase1name "to-school2"
        set proposal aes256-sha256
    next
end
`;

const FGT_WEAK = `config vpn ipsec phase1-interface
    edit "to-school1"
        set interface "wan1"
        set ike-version 1
        set mode aggressive
        set proposal aes256-sha256 3des-md5
        set dhgrp 2
        set remote-gw 198.51.100.7
    next
end
config vpn ipsec phase2-interface
    edit "to-school1-p2"
        set phase1name "to-school1"
        set proposal aes128-sha1
    next
end
`;

const IX_STRONG = `hostname ix1
ip access-list ipsec-sel permit ip src 10.10.0.0/16 dest 172.16.0.0/16
ike proposal ike-prop encryption aes-256 hash sha2-256 group 2048-bit lifetime 28800
ike policy ike-pol peer 203.0.113.1 key Strong-Site-Key-0002 ike-prop
ipsec autokey-proposal esp-prop esp-aes-256 esp-sha2-256 lifetime time 3600
ipsec autokey-map center-map ipsec-sel peer 203.0.113.1 esp-prop pfs 2048-bit
`;

const IX_WEAK = `hostname ix1
ip access-list ipsec-sel permit ip src 10.10.0.0/16 dest 172.16.0.0/16
ike proposal ike-weak encryption 3des hash md5 group 1024-bit
ike policy ike-pol peer 203.0.113.1 key Strong-Site-Key-0002 mode aggressive ike-weak
ipsec autokey-proposal esp-prop esp-aes-256 esp-sha2-256 lifetime time 3600
ipsec autokey-map center-map ipsec-sel peer 203.0.113.1 esp-prop pfs 2048-bit
`;

testRule(rule, {
  valid: [
    { name: 'IOS: IKEv2 AES-256/SHA-256/group 14, ESP AES-256/SHA-256', config: IOS_STRONG },
    { name: 'IOS: no IPsec at all (not applicable)', config: 'hostname rt1\nend\n', check: 'not-applicable' },
    { name: 'Yamaha RTX: AES-256, SHA-256, modp2048 set explicitly', vendor: 'yamaha-rtx', config: RTX_STRONG },
    { name: 'FortiGate: IKEv2 AES-GCM with groups 19/20', vendor: 'fortigate', config: FGT_STRONG },
    { name: 'NEC IX: AES-256, SHA2-256, 2048-bit group, main mode', vendor: 'nec-ix', config: IX_STRONG },
  ],
  invalid: [
    {
      name: 'IOS: ISAKMP 3DES/MD5/group 2 and an ESP-DES/SHA-1 transform set',
      config: IOS_WEAK,
      findings: [
        { object: 'IKE isakmp policy 10', severity: 'high', messageIncludes: '3des, md5, DH group 2', evidenceLines: [lineOf(IOS_WEAK, 'crypto isakmp policy 10')] },
        { object: 'IPsec OLD', severity: 'high', messageIncludes: 'des, sha1', evidenceLines: [lineOf(IOS_WEAK, 'crypto ipsec transform-set OLD esp-des esp-sha-hmac')] },
      ],
    },
    {
      name: 'Yamaha RTX: IKE left at the defaults (3DES, SHA-1, modp1024) and aggressive mode',
      vendor: 'yamaha-rtx',
      config: RTX_DEFAULTS,
      findings: [
        {
          object: 'IKE ike gateway 1',
          messageIncludes: '3des (default), sha1 (default), DH group 2 (default)',
          evidenceLines: [lineOf(RTX_DEFAULTS, 'ipsec sa policy 101 1 esp aes256-cbc sha256-hmac')],
        },
        { object: 'tunnel1', messageIncludes: 'aggressive mode', evidenceLines: [lineOf(RTX_DEFAULTS, 'ipsec sa policy 101 1 esp aes256-cbc sha256-hmac')] },
      ],
    },
    {
      name: 'FortiGate: 3des-md5 offered beside aes256-sha256, group 2, aggressive mode, phase 2 SHA-1',
      vendor: 'fortigate',
      config: FGT_WEAK,
      findings: [
        { object: 'IKE to-school1', messageIncludes: '3des, md5, DH group 2', evidenceLines: [lineOf(FGT_WEAK, 'edit "to-school1"')] },
        { object: 'IPsec to-school1-p2', messageIncludes: 'sha1', evidenceLines: [lineOf(FGT_WEAK, 'edit "to-school1-p2"')] },
        { object: 'to-school1', messageIncludes: 'aggressive mode', evidenceLines: [lineOf(FGT_WEAK, 'edit "to-school1"')] },
      ],
    },
    {
      name: 'NEC IX: 3DES/MD5/1024-bit proposal used in aggressive mode',
      vendor: 'nec-ix',
      config: IX_WEAK,
      findings: [
        { object: 'IKE ike-weak', messageIncludes: '3des, md5, DH group 2', evidenceLines: [lineOf(IX_WEAK, 'ike proposal ike-weak encryption 3des hash md5 group 1024-bit')] },
        { messageIncludes: 'aggressive mode' },
      ],
    },
  ],
});
