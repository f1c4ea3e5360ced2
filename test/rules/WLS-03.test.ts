// WLS-03: the VLAN (or interface) an SSID bridges to is in the zone zones.csv gives the SSID.
// Vendors: Cisco IOS (autonomous Aironet) and FortiGate (VAPs, VLAN-tagged or tunnelled) model SSIDs.
// Yamaha RTX, Allied Telesis AW+ and NEC IX configs carry no SSIDs, so the rule is not applicable there.
import { rule } from '../../src/rules/wls/wls-03-ssid-zone-mapping.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { aironet, fortigate, IOS_ENTERPRISE, iosPsk } from './fixtures/wireless.js';

const ZONES = 'zone,class,ssid,vlan\n校務,校務内部系,KOUMU,\n校務,校務内部系,,10\nGIGA,学習系,GIGA,\nGIGA,学習系,,30\n';

const iosGood = aironet('ap1', [
  { ssid: 'KOUMU', vlan: 10, lines: IOS_ENTERPRISE },
  { ssid: 'GIGA', vlan: 30, lines: iosPsk('Gakushu-Psk-2024-long-key') },
]);
// The learning SSID is bridged to the 校務 VLAN.
const iosBad = aironet('ap1', [{ ssid: 'GIGA', vlan: 10, lines: iosPsk('Gakushu-Psk-2024-long-key') }]);

const TUNNEL_IF = ['    edit "giga"', '        set vdom "root"', '        set ip 10.30.0.1 255.255.254.0', '        set type vap-switch', '    next'];
const fgtGood = fortigate(
  [
    { name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa2-only-enterprise', 'set vlanid 10'] },
    { name: 'giga', lines: ['set ssid "GIGA"', 'set security wpa2-only-personal', 'set passphrase Gakushu-Psk-2024-long-key'] },
  ],
  TUNNEL_IF,
);
const fgtBad = fortigate([{ name: 'giga', lines: ['set ssid "GIGA"', 'set security wpa2-only-personal', 'set passphrase Gakushu-Psk-2024-long-key', 'set vlanid 10'] }]);
const fgtDynamic = fortigate([{ name: 'koumu', lines: ['set ssid "KOUMU"', 'set security wpa2-only-enterprise', 'set dynamic-vlan enable', 'set vlanid 10'] }]);
const TUNNEL_ZONES = 'zone,class,ssid,vlan,cidr\nGIGA,学習系,GIGA,,\nGIGA,学習系,,,10.30.0.0/23\n校務,校務内部系,KOUMU,,\n校務,校務内部系,,10,\n';

testRule(rule, {
  valid: [
    { name: 'IOS: each SSID on its zone\'s VLAN', config: iosGood, zones: ZONES },
    { name: 'FortiGate: tagged VAP by its VLAN, tunnelled VAP by its interface subnet', vendor: 'fortigate', config: fgtGood, zones: TUNNEL_ZONES },
    { name: 'a device without wireless is not applicable', config: 'hostname sw1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: learning SSID bridged to the 校務 VLAN',
      config: iosBad,
      zones: ZONES,
      findings: [{ object: 'SSID GIGA', severity: 'high', status: 'fail', messageIncludes: 'bridged to VLAN 10', evidenceLines: [lineOf(iosBad, 'dot11 ssid GIGA')] }],
    },
    {
      name: 'FortiGate: learning VAP tagged with the 校務 VLAN',
      vendor: 'fortigate',
      config: fgtBad,
      zones: ZONES,
      findings: [{ object: 'SSID GIGA', severity: 'high', status: 'fail', messageIncludes: '校務（校務内部系）', evidenceLines: [lineOf(fgtBad, 'edit "giga"')] }],
    },
    {
      name: 'FortiGate: dynamic VLAN is a manual check',
      vendor: 'fortigate',
      config: fgtDynamic,
      zones: ZONES,
      findings: [{ object: 'SSID KOUMU', status: 'manual', messageIncludes: 'dynamic VLAN' }],
    },
    {
      name: 'an SSID without a zones.csv row is a manual check',
      config: iosGood,
      zones: 'zone,class,ssid,vlan\n校務,校務内部系,KOUMU,\n校務,校務内部系,,10\n',
      findings: [{ object: 'SSID GIGA', status: 'manual', messageIncludes: 'no row' }],
    },
    {
      name: 'without zones.csv: manual',
      config: iosGood,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});
