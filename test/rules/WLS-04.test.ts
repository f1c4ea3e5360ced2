// WLS-04: shared-key SSIDs only in learning/guest zones, keys long enough, no key on SSIDs of different names.
// Vendors: Cisco IOS (autonomous Aironet) and FortiGate (VAPs) model SSIDs and their keys. Yamaha RTX,
// Allied Telesis AW+ and NEC IX configs carry no SSIDs, so the rule is not applicable there.
import { describe, expect, it } from 'vitest';
import { NO_ZONES } from '../../src/analysis/zone-binding.js';
import { parserFor } from '../../src/parsers/registry.js';
import { runRules } from '../../src/rules/run-rules.js';
import { rule } from '../../src/rules/wls/wls-04-psk-scope-strength-reuse.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { aironet, fortigate, IOS_ENTERPRISE, iosPsk } from './fixtures/wireless.js';

const ZONES = 'zone,class,ssid\n校務,校務内部系,KOUMU\nGIGA,学習系,GIGA\nGUEST,来客,GUEST\n';
const LONG_KEY = 'Gakushu-Psk-2024-long-key';

const iosGood = aironet('ap1', [
  { ssid: 'KOUMU', vlan: 10, lines: IOS_ENTERPRISE },
  { ssid: 'GIGA', vlan: 30, lines: iosPsk(LONG_KEY) },
]);
const iosKoumuPsk = aironet('ap1', [{ ssid: 'KOUMU', vlan: 10, lines: iosPsk('Koumu-Psk-2024-long-key!') }]);
const iosShortReused = aironet('ap1', [
  { ssid: 'GIGA', vlan: 30, lines: iosPsk('short-key1') },
  { ssid: 'GUEST', vlan: 40, lines: iosPsk('short-key1') },
]);

const fgtGood = fortigate([
  { name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa2-only-enterprise', 'set vlanid 10'] },
  { name: 'giga', lines: ['set ssid "GIGA"', 'set security wpa2-only-personal', `set passphrase ${LONG_KEY}`, 'set vlanid 30'] },
]);
const fgtBad = fortigate([
  { name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa2-only-personal', 'set passphrase Koumu2024', 'set vlanid 10'] },
]);

testRule(rule, {
  valid: [
    { name: 'IOS: PSK only on the learning SSID, long key', config: iosGood, zones: ZONES },
    { name: 'FortiGate: PSK only on the learning VAP, long key', vendor: 'fortigate', config: fgtGood, zones: ZONES },
    {
      name: 'the length threshold is a setting (minPskLength 10)',
      config: aironet('ap1', [{ ssid: 'GIGA', vlan: 30, lines: iosPsk('short-key1') }]),
      zones: ZONES,
      settings: { minPskLength: 10 },
    },
    { name: 'a device without wireless is not applicable', config: 'hostname sw1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: PSK on the 校務 SSID',
      config: iosKoumuPsk,
      zones: ZONES,
      findings: [{ object: 'SSID KOUMU', severity: 'medium', status: 'fail', messageIncludes: 'koumu-internal', evidenceLines: [lineOf(iosKoumuPsk, 'dot11 ssid KOUMU')] }],
    },
    {
      name: 'IOS: short key reused on two SSIDs',
      config: iosShortReused,
      zones: ZONES,
      findings: [
        { object: 'SSID GIGA', messageIncludes: '10 characters', evidenceLines: [lineOf(iosShortReused, 'dot11 ssid GIGA')] },
        { object: 'SSID GUEST', messageIncludes: '10 characters', evidenceLines: [lineOf(iosShortReused, 'dot11 ssid GUEST')] },
        { object: 'SSID GIGA', messageIncludes: 'ap1/GUEST' },
        { object: 'SSID GUEST', messageIncludes: 'ap1/GIGA' },
      ],
    },
    {
      name: 'FortiGate: short PSK on the 校務 VAP',
      vendor: 'fortigate',
      config: fgtBad,
      zones: ZONES,
      findings: [
        { object: 'SSID KOUMU', severity: 'medium', messageIncludes: 'shared keys only for learning and guest', evidenceLines: [lineOf(fgtBad, 'edit "koumu"')] },
        { object: 'SSID KOUMU', severity: 'medium', messageIncludes: '9 characters' },
      ],
    },
    {
      name: 'without zones.csv the scope is a manual check',
      config: iosGood,
      findings: [{ object: 'SSID GIGA', status: 'manual', messageIncludes: 'No zones.csv' }],
    },
  ],
});

describe('WLS-04 key reuse across devices', () => {
  it('finds the same key on differently named SSIDs of two access points, and never shows the key', () => {
    const ios = parserFor('cisco-ios')!;
    const a = ios.parse(aironet('ap1', [{ ssid: 'GIGA', vlan: 30, lines: iosPsk(LONG_KEY) }]), 'ap1.cfg').device;
    const b = ios.parse(aironet('ap2', [{ ssid: 'GIGA-2F', vlan: 30, lines: iosPsk(LONG_KEY) }]), 'ap2.cfg').device;
    const c = ios.parse(aironet('ap3', [{ ssid: 'GIGA', vlan: 30, lines: iosPsk(LONG_KEY) }]), 'ap3.cfg').device;
    const run = runRules([rule], { devices: [a, b, c], inputs: [], diagnostics: [] }, NO_ZONES);
    const reuse = run.findings.filter((f) => f.status === 'fail');
    expect(reuse.map((f) => [f.device, f.object])).toEqual([
      ['ap1', 'SSID GIGA'],
      ['ap2', 'SSID GIGA-2F'],
      ['ap3', 'SSID GIGA'],
    ]);
    expect(JSON.stringify(run.findings)).not.toContain(LONG_KEY);
  });
});
