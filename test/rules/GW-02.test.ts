// GW-02 decides per rule where the rules carry security profiles (FortiGate), and from URL filters on
// interfaces where the device has them (Yamaha RTX `url … filter`). Cisco IOS, NEC IX and AlliedWare
// Plus have neither in this model: at an internet edge the rule asks for the external filtering
// service (要確認); shown for Cisco IOS, the others take the same path.
import { rule } from '../../src/rules/gw/gw-02-web-dns-filtering.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { FGT_EDGE, FGT_ZONES, IOS_EDGE, IOS_ZONES, RTX_EDGE, RTX_ZONES } from './fixtures/internet-edge.js';

const noWeb = FGT_EDGE.replace('        set webfilter-profile "school"\n', '');
const dnsOnly = FGT_EDGE.replace('set webfilter-profile "school"', 'set dnsfilter-profile "default"');
const rtxFiltered = RTX_EDGE + 'url filter 1 reject www.example.com\nurl filter 2 pass *\nurl lan1 filter in 1 2\n';

testRule(rule, {
  valid: [
    { name: 'FortiGate: learning → internet policy with a web filter', vendor: 'fortigate', config: FGT_EDGE, zones: FGT_ZONES },
    { name: 'FortiGate: learning → internet policy with a DNS filter', vendor: 'fortigate', config: dnsOnly, zones: FGT_ZONES },
    { name: 'Yamaha RTX: URL filter inbound on the learning LAN', vendor: 'yamaha-rtx', config: rtxFiltered, zones: RTX_ZONES },
  ],
  invalid: [
    {
      name: 'FortiGate: learning → internet policy without web or DNS filter',
      vendor: 'fortigate',
      config: noWeb,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 11', severity: 'high', status: 'fail', evidenceLines: [lineOf(noWeb, 'edit 11')] }],
    },
    { name: 'FortiGate without zones.csv', vendor: 'fortigate', config: FGT_EDGE, findings: [{ object: 'zones.csv', status: 'manual' }] },
    {
      name: 'Yamaha RTX: no URL filter on the learning LAN',
      vendor: 'yamaha-rtx',
      config: RTX_EDGE,
      zones: RTX_ZONES,
      findings: [{ object: 'lan1', status: 'manual', evidenceLines: [lineOf(RTX_EDGE, 'ip lan1 address 172.16.20.1/24'), lineOf(RTX_EDGE, 'ip lan2 address dhcp')] }],
    },
    {
      name: 'Cisco IOS: no web filtering on the device',
      config: IOS_EDGE,
      zones: IOS_ZONES,
      findings: [{ object: 'GigabitEthernet0/1', status: 'manual', evidenceLines: [lineOf(IOS_EDGE, 'interface GigabitEthernet0/1'), lineOf(IOS_EDGE, 'interface GigabitEthernet0/0')] }],
    },
  ],
});
