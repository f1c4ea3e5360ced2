// WLS-01: wireless encryption strength (open / WEP / WPA / TKIP fail; critical on 校務 SSIDs).
import { describe, expect, it } from 'vitest';
import { NO_ZONES } from '../../src/analysis/zone-binding.js';
import { newDevice } from '../../src/model/index.js';
import { runRules } from '../../src/rules/run-rules.js';
import { rule } from '../../src/rules/wls/wls-01-wireless-encryption.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

/** An autonomous AP with one SSID on VLAN `vlan`, its dot11 block and the radio's encryption line. */
function ap(ssid: string, vlan: number, ssidLines: string[], encryption: string[]): string {
  return [
    'hostname ap1',
    '!',
    `dot11 ssid ${ssid}`,
    ` vlan ${vlan}`,
    ...ssidLines.map((l) => ` ${l}`),
    '!',
    'interface Dot11Radio0',
    ...encryption.map((l) => ` ${l}`),
    ` ssid ${ssid}`,
    '!',
    `interface Dot11Radio0.${vlan}`,
    ` encapsulation dot1Q ${vlan}`,
    ` bridge-group ${vlan}`,
    '!',
    'end',
    '',
  ].join('\n');
}

const wpa2Enterprise = ap('KOUMU', 10, ['authentication open', 'authentication key-management wpa version 2', 'authentication network-eap EAP_LIST'], ['encryption vlan 10 mode ciphers aes-ccm']);
const wpa2Psk = ap('GIGA', 30, ['authentication open', 'authentication key-management wpa version 2', 'wpa-psk ascii 0 Gakushu-Psk-2024'], ['encryption vlan 30 mode ciphers aes-ccm']);
const openGuest = ap('GUEST', 40, ['authentication open', 'guest-mode'], []);
const mixedTkip = ap('GIGA', 30, ['authentication open', 'authentication key-management wpa', 'wpa-psk ascii 0 Gakushu-Psk-2024'], ['encryption vlan 30 mode ciphers aes-ccm tkip']);
const wep = ap('OLD', 20, ['authentication open'], ['encryption vlan 20 key 1 size 128bit 0 0123456789abcdef0123456789 transmit-key', 'encryption vlan 20 mode wep mandatory']);
const koumuTkip = ap('KOUMU', 10, ['authentication open', 'authentication key-management wpa', 'authentication network-eap EAP_LIST'], ['encryption vlan 10 mode ciphers tkip']);

testRule(rule, {
  valid: [
    { name: 'WPA2-Enterprise with AES-CCMP', config: wpa2Enterprise },
    { name: 'WPA2-Personal with AES-CCMP, learning zone', config: wpa2Psk, zones: 'zone,class,ssid\nGIGA,学習系,GIGA\n' },
    { name: 'a device without wireless is not applicable', config: 'hostname sw1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'open guest SSID',
      config: openGuest,
      findings: [{ object: 'SSID GUEST', severity: 'high', messageIncludes: 'open', evidenceLines: [lineOf(openGuest, 'dot11 ssid GUEST')] }],
    },
    {
      name: 'WPA with TKIP mixed in',
      config: mixedTkip,
      findings: [{ object: 'SSID GIGA', severity: 'high', messageIncludes: 'TKIP', evidenceLines: [lineOf(mixedTkip, 'dot11 ssid GIGA')] }],
    },
    {
      name: 'WEP',
      config: wep,
      findings: [{ object: 'SSID OLD', severity: 'high', messageIncludes: 'WEP' }],
    },
    {
      name: 'weak SSID in a 校務 zone by its SSID row is critical',
      config: koumuTkip,
      zones: 'zone,class,ssid\n校務無線,校務外部系,KOUMU\n',
      findings: [{ object: 'SSID KOUMU', severity: 'critical', messageIncludes: '校務無線' }],
    },
    {
      name: 'weak SSID in a 校務 zone by its VLAN is critical',
      config: koumuTkip,
      zones: 'zone,class,vlan\n校務,校務内部系,10\n',
      findings: [{ object: 'SSID KOUMU', severity: 'critical', messageIncludes: 'koumu-internal' }],
    },
    {
      name: 'weak SSID whose zone is not 校務 stays high',
      config: openGuest,
      zones: 'zone,class,ssid\n来客,来客,GUEST\n',
      findings: [{ object: 'SSID GUEST', severity: 'high' }],
    },
  ],
});

describe('WLS-01 undetermined security', () => {
  it('asks for a manual check when the parser could not classify an SSID', () => {
    const device = newDevice('cisco-ios', 'model.cfg');
    device.hostname = 'ap9';
    const source = { file: 'model.cfg', line: 7, text: 'dot11 ssid MYSTERY' };
    device.wlans.push({ ssid: 'MYSTERY', security: 'unknown', authentication: 'unknown', ciphers: [], radios: [], source });
    const run = runRules([rule], { devices: [device], inputs: [], diagnostics: [] }, NO_ZONES);
    expect(run.findings.map((f) => [f.object, f.status, f.evidence[0]?.line])).toEqual([['SSID MYSTERY', 'manual', 7]]);
  });
});
