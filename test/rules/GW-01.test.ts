// GW-01 decides per rule only where the rules carry security profiles (FortiGate). Every other vendor
// with a parser (Cisco IOS, Yamaha RTX, NEC IX, AlliedWare Plus) has no per-rule anti-virus in this
// model, so at an internet edge the rule can only ask for the upstream UTM/proxy (要確認); shown for
// Cisco IOS and Yamaha RTX, the others take the same path (gateway-view.ts).
import { rule } from '../../src/rules/gw/gw-01-gateway-antivirus.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { FGT_EDGE, FGT_ZONES, IOS_EDGE, IOS_ZONES, RTX_EDGE, RTX_ZONES } from './fixtures/internet-edge.js';

const noAv = FGT_EDGE.replace('        set av-profile "default"\n', '');
const group = FGT_EDGE.replace('        set av-profile "default"\n', '        set profile-type group\n        set profile-group "school-utm"\n');

// A policy naming an interface the config does not define cannot be placed (要確認); the same holds
// for FortiGate SD-WAN zones, which the parser does not model as firewall zones.
const sdwan = noAv.replace('set dstintf "wan1"', 'set dstintf "SDWAN-OUTSIDE"');

testRule(rule, {
  valid: [
    { name: 'FortiGate: learning → internet policy with an AV profile', vendor: 'fortigate', config: FGT_EDGE, zones: FGT_ZONES },
    { name: 'Cisco IOS router without an internet zone', config: IOS_EDGE, zones: 'zone,class,cidr\n学習,学習系,10.0.20.0/24\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'FortiGate: learning → internet policy without an AV profile',
      vendor: 'fortigate',
      config: noAv,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 11', severity: 'high', status: 'fail', evidenceLines: [lineOf(noAv, 'edit 11')] }],
    },
    {
      name: 'FortiGate: policy to an SD-WAN zone without an AV profile',
      vendor: 'fortigate',
      config: sdwan,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 11', status: 'manual', messageIncludes: 'SDWAN-OUTSIDE', evidenceLines: [lineOf(sdwan, 'edit 11')] }],
    },
    {
      name: 'FortiGate: profile group only',
      vendor: 'fortigate',
      config: group,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 11', status: 'manual', messageIncludes: 'school-utm', evidenceLines: [lineOf(group, 'edit 11')] }],
    },
    {
      name: 'FortiGate without zones.csv',
      vendor: 'fortigate',
      config: FGT_EDGE,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
    {
      name: 'Yamaha RTX at the internet edge: no UTM on the device',
      vendor: 'yamaha-rtx',
      config: RTX_EDGE,
      zones: RTX_ZONES,
      findings: [{ object: 'gateway anti-virus', status: 'manual', evidenceLines: [lineOf(RTX_EDGE, 'ip lan2 address dhcp')] }],
    },
    {
      name: 'Cisco IOS at the internet edge: no UTM on the device',
      config: IOS_EDGE,
      zones: IOS_ZONES,
      findings: [{ object: 'gateway anti-virus', status: 'manual', evidenceLines: [lineOf(IOS_EDGE, 'interface GigabitEthernet0/0')] }],
    },
  ],
});
