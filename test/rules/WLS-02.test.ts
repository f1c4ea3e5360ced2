// WLS-02: 校務 SSIDs must use 802.1X (WPA2/WPA3-Enterprise).
// Vendors: Cisco IOS (autonomous Aironet) and FortiGate (wireless-controller VAPs) are the parsers that model
// SSIDs. Yamaha RTX, Allied Telesis AW+ and NEC IX configs carry no SSIDs (their access points — WLX, TQ —
// are separate devices whose configs segaudit does not read yet), so the rule is not applicable there.
import { rule } from '../../src/rules/wls/wls-02-koumu-enterprise-auth.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { aironet, fortigate, IOS_ENTERPRISE, iosPsk } from './fixtures/wireless.js';

const KOUMU_ZONES = 'zone,class,ssid\n校務,校務内部系,KOUMU\nGIGA,学習系,GIGA\n';
const VLAN_ZONES = 'zone,class,vlan\n校務,校務内部系,10\nGIGA,学習系,30\n';

const iosGood = aironet('ap1', [
  { ssid: 'KOUMU', vlan: 10, lines: IOS_ENTERPRISE },
  { ssid: 'GIGA', vlan: 30, lines: iosPsk('Gakushu-Psk-2024-long-key') },
]);
const iosBad = aironet('ap1', [{ ssid: 'KOUMU', vlan: 10, lines: iosPsk('Koumu-Psk-2024-long-key!') }]);

const fgtGood = fortigate([
  { name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa2-only-enterprise', 'set vlanid 10'] },
  { name: 'giga', lines: ['set ssid "GIGA"', 'set security wpa2-only-personal', 'set passphrase Gakushu-Psk-2024-long-key', 'set vlanid 30'] },
]);
const fgtBad = fortigate([{ name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa3-sae', 'set sae-password Koumu-Sae-2024-long-key', 'set vlanid 10'] }]);

testRule(rule, {
  valid: [
    { name: 'IOS: 校務 SSID with 802.1X, learning SSID with PSK', config: iosGood, zones: KOUMU_ZONES },
    { name: 'IOS: zones by VLAN', config: iosGood, zones: VLAN_ZONES },
    { name: 'FortiGate: wpa2-only-enterprise on the 校務 VAP', vendor: 'fortigate', config: fgtGood, zones: KOUMU_ZONES },
    { name: 'a device without wireless is not applicable', config: 'hostname sw1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: WPA2-PSK on the 校務 SSID',
      config: iosBad,
      zones: KOUMU_ZONES,
      findings: [{ object: 'SSID KOUMU', severity: 'high', status: 'fail', messageIncludes: 'pre-shared key', evidenceLines: [lineOf(iosBad, 'dot11 ssid KOUMU')] }],
    },
    {
      name: 'IOS: 校務 by its VLAN',
      config: iosBad,
      zones: VLAN_ZONES,
      findings: [{ object: 'SSID KOUMU', severity: 'high', status: 'fail', messageIncludes: 'koumu-internal' }],
    },
    {
      name: 'FortiGate: WPA3-SAE on the 校務 VAP',
      vendor: 'fortigate',
      config: fgtBad,
      zones: KOUMU_ZONES,
      findings: [{ object: 'SSID KOUMU', severity: 'high', status: 'fail', messageIncludes: 'SAE', evidenceLines: [lineOf(fgtBad, 'edit "koumu"')] }],
    },
    {
      name: 'without zones.csv a PSK SSID is a manual check, an Enterprise SSID passes',
      config: iosGood,
      findings: [{ object: 'SSID GIGA', status: 'manual', messageIncludes: 'No zones.csv' }],
    },
    {
      name: 'an SSID zones.csv does not place is a manual check',
      vendor: 'fortigate',
      config: fgtBad,
      zones: 'zone,class,vlan\nGIGA,学習系,30\n',
      findings: [{ object: 'SSID KOUMU', status: 'manual', messageIncludes: 'does not place' }],
    },
  ],
});
