// VPN-03: pre-shared key reuse and length, SSL-VPN lowest TLS version.
// AlliedWare Plus: the parser models no IPsec and no SSL-VPN (none in the AW+ corpus), so there is
// no key to judge; such a device is not applicable.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../src/analysis/reachability/network-analysis.js';
import { NO_ZONES } from '../../src/analysis/zone-binding.js';
import type { Network, VendorId } from '../../src/model/index.js';
import { parserFor } from '../../src/parsers/registry.js';
import { runRules } from '../../src/rules/run-rules.js';
import { rule } from '../../src/rules/vpn/vpn-03-vpn-authentication.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const LONG_KEY_A = 'Site-A-Key-7f3Qx9Lm2Vb8';
const LONG_KEY_B = 'Site-B-Key-Hq4Zp1Wn6Tc3';

const IOS_REUSED = `hostname center
crypto isakmp key ${LONG_KEY_A} address 198.51.100.10
crypto isakmp key ${LONG_KEY_A} address 198.51.100.18
crypto isakmp key Short-Key-9 address 198.51.100.26
end
`;

const IOS_DISTINCT = `hostname center
crypto isakmp key ${LONG_KEY_A} address 198.51.100.10
crypto isakmp key ${LONG_KEY_B} address 198.51.100.18
end
`;

const rtx = (key: string) => `tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text ${key}
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

const FGT_REUSED = `config vpn ipsec phase1-interface
    edit "to-school1"
        set interface "wan1"
        set ike-version 2
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 198.51.100.7
        set psksecret ${LONG_KEY_A}
    next
    edit "to-school2"
        set interface "wan1"
        set ike-version 2
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 198.51.100.8
        set psksecret ${LONG_KEY_A}
    next
end
`;

const ix = (key: string) => `hostname ix1
ike proposal ike-prop encryption aes-256 hash sha2-256 group 2048-bit
ike policy ike-pol peer 203.0.113.1 key ${key} ike-prop
`;

const RTX_SHORT = rtx('Short-Key-9');
const IX_SHORT = ix('Short-Key-9');

testRule(rule, {
  valid: [
    { name: 'IOS: a different long key per peer', config: IOS_DISTINCT },
    { name: 'IOS: no VPN at all (not applicable)', config: 'hostname rt1\nend\n', check: 'not-applicable' },
    { name: 'Yamaha RTX: one long key', vendor: 'yamaha-rtx', config: rtx(LONG_KEY_A) },
    { name: 'FortiGate: SSL-VPN limited to TLS 1.2 and later', vendor: 'fortigate', config: FGT_SSL('    set ssl-min-proto-ver tls1-2\n') },
    { name: 'NEC IX: one long key', vendor: 'nec-ix', config: ix(LONG_KEY_A) },
    { name: 'a shorter key passes a lower threshold', vendor: 'nec-ix', config: IX_SHORT, settings: { minPskLength: 10 } },
  ],
  invalid: [
    {
      name: 'IOS: one key for two sites, and a short key',
      config: IOS_REUSED,
      findings: [
        {
          object: 'psk 198.51.100.10',
          messageIncludes: 'several peerings: peer 198.51.100.10, peer 198.51.100.18',
          evidenceLines: [lineOf(IOS_REUSED, `crypto isakmp key ${LONG_KEY_A} address 198.51.100.10`), lineOf(IOS_REUSED, `crypto isakmp key ${LONG_KEY_A} address 198.51.100.18`)],
        },
        { object: 'psk 198.51.100.26', severity: 'medium', messageIncludes: '11 characters long, shorter than the required 20', evidenceLines: [lineOf(IOS_REUSED, 'crypto isakmp key Short-Key-9 address 198.51.100.26')] },
      ],
    },
    {
      name: 'Yamaha RTX: a short key',
      vendor: 'yamaha-rtx',
      config: RTX_SHORT,
      findings: [{ object: 'psk 203.0.113.2', messageIncludes: '11 characters', evidenceLines: [lineOf(RTX_SHORT, 'ipsec ike pre-shared-key 1 text Short-Key-9')] }],
    },
    {
      name: 'FortiGate: one key for two phase1 tunnels',
      vendor: 'fortigate',
      config: FGT_REUSED,
      findings: [{ object: 'psk 198.51.100.7', messageIncludes: 'peer 198.51.100.7, peer 198.51.100.8', evidenceLines: [lineOf(FGT_REUSED, 'edit "to-school1"') + 6, lineOf(FGT_REUSED, 'edit "to-school2"') + 6] }],
    },
    {
      name: 'FortiGate: SSL-VPN accepting TLS 1.0',
      vendor: 'fortigate',
      config: FGT_SSL('    set ssl-min-proto-ver tls1-0\n'),
      findings: [{ object: 'ssl-vpn', severity: 'medium', messageIncludes: 'TLS 1.0', evidenceLines: [5] }],
    },
    {
      name: 'FortiGate: SSL-VPN leaving the TLS minimum to the firmware (manual)',
      vendor: 'fortigate',
      config: FGT_SSL(''),
      findings: [{ object: 'ssl-vpn', status: 'manual', messageIncludes: 'does not set its lowest TLS version', evidenceLines: [4] }],
    },
    {
      name: 'NEC IX: a short key',
      vendor: 'nec-ix',
      config: IX_SHORT,
      findings: [{ object: 'psk 203.0.113.1', messageIncludes: '11 characters', evidenceLines: [lineOf(IX_SHORT, 'ike policy ike-pol peer 203.0.113.1 key Short-Key-9 ike-prop')] }],
    },
  ],
});

/** Several devices in one run: the RuleTester reads one config per case. */
function runOn(configs: { vendor: VendorId; file: string; text: string }[]) {
  const devices = configs.map((c) => parserFor(c.vendor)!.parse(c.text, c.file).device);
  const network: Network = { devices, inputs: [], diagnostics: [] };
  const analysis = analyzeNetwork({ devices, zones: NO_ZONES, today: '2026-04-01' });
  return runRules([rule], network, NO_ZONES, { analysis });
}

const center = (keyEs1: string, keyEs2: string) => `hostname center
interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.252
crypto isakmp key ${keyEs1} address 198.51.100.10
crypto isakmp key ${keyEs2} address 198.51.100.18
end
`;

const school = (name: string, address: string, key: string) => `ip lan2 address ${address}/29
tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike pre-shared-key 1 text ${key}
  ipsec ike remote address 1 203.0.113.2
 tunnel enable 1
ip route default gateway ${name === 'es01' ? '198.51.100.9' : '198.51.100.17'}
`;

describe('VPN-03 across devices', () => {
  it('the two ends of one tunnel sharing their key is not reuse', () => {
    const run = runOn([
      { vendor: 'cisco-ios', file: 'center.cfg', text: center(LONG_KEY_A, LONG_KEY_B) },
      { vendor: 'yamaha-rtx', file: 'es01.conf', text: school('es01', '198.51.100.10', LONG_KEY_A) },
      { vendor: 'yamaha-rtx', file: 'es02.conf', text: school('es02', '198.51.100.18', LONG_KEY_B) },
    ]);
    expect(run.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it('peers named by identity (IKEv2 key id) on both ends are one peering each', () => {
    const ikev2 = (name: string) => `hostname ${name}
ikev2 authentication psk id keyid ROUTER1 key char ${LONG_KEY_A}
ikev2 authentication psk id keyid ROUTER2 key char ${LONG_KEY_B}
`;
    const run = runOn([
      { vendor: 'nec-ix', file: 'rt1.conf', text: ikev2('rt1') },
      { vendor: 'nec-ix', file: 'rt2.conf', text: ikev2('rt2') },
    ]);
    expect(run.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it('two schools with the same key are reported on every device holding it, never with the key', () => {
    const run = runOn([
      { vendor: 'cisco-ios', file: 'center.cfg', text: center(LONG_KEY_A, LONG_KEY_A) },
      { vendor: 'yamaha-rtx', file: 'es01.conf', text: school('es01', '198.51.100.10', LONG_KEY_A) },
      { vendor: 'yamaha-rtx', file: 'es02.conf', text: school('es02', '198.51.100.18', LONG_KEY_A) },
    ]);
    const fails = run.findings.filter((f) => f.status === 'fail');
    expect(fails.map((f) => [f.device, f.object, f.evidence.map((s) => `${s.file}:${s.line}`)])).toEqual([
      ['center', 'psk 198.51.100.10', ['center.cfg:4', 'center.cfg:5', 'es01.conf:5', 'es02.conf:5']],
      ['es01', 'psk 203.0.113.2', ['es01.conf:5', 'center.cfg:4', 'center.cfg:5', 'es02.conf:5']],
      ['es02', 'psk 203.0.113.2', ['es02.conf:5', 'center.cfg:4', 'center.cfg:5', 'es01.conf:5']],
    ]);
    expect(JSON.stringify(run.findings)).not.toContain(LONG_KEY_A);
  });
});
