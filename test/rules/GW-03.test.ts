// GW-03 decides per rule only where the rules carry security profiles (FortiGate). Every other vendor
// with a parser (Cisco IOS, Yamaha RTX, NEC IX, AlliedWare Plus) has no per-rule IPS in this model, so
// at an internet edge the rule can only ask for the upstream IPS/NDR (要確認); shown for Cisco IOS and
// Yamaha RTX, the others take the same path (gateway-view.ts).
import { rule } from '../../src/rules/gw/gw-03-gateway-ips.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { FGT_EDGE, FGT_ZONES, IOS_EDGE, IOS_ZONES, RTX_EDGE, RTX_ZONES } from './fixtures/internet-edge.js';

const noIps = FGT_EDGE.replace('        set ips-sensor "default"\n', '');
// An inbound policy (internet → learning) counts too: the boundary is crossed either way.
const inbound = FGT_EDGE.replace(
  '        set ssl-ssh-profile "deep-inspection"\n    next\nend\n',
  `        set ssl-ssh-profile "deep-inspection"
    next
    edit 12
        set srcintf "wan1"
        set dstintf "port1"
        set action accept
        set srcaddr "all"
        set dstaddr "gakushu-net"
        set schedule "always"
        set service "PING"
    next
end
`,
);

testRule(rule, {
  valid: [
    { name: 'FortiGate: learning → internet policy with an IPS sensor', vendor: 'fortigate', config: FGT_EDGE, zones: FGT_ZONES },
    { name: 'Yamaha RTX without an internet zone', vendor: 'yamaha-rtx', config: RTX_EDGE, zones: 'zone,class,cidr\n学習,学習系,172.16.20.0/24\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'FortiGate: learning → internet policy without an IPS sensor',
      vendor: 'fortigate',
      config: noIps,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 11', severity: 'high', status: 'fail', evidenceLines: [lineOf(noIps, 'edit 11')] }],
    },
    {
      name: 'FortiGate: internet → learning policy without any profile',
      vendor: 'fortigate',
      config: inbound,
      zones: FGT_ZONES,
      findings: [{ object: 'policy 12', severity: 'high', status: 'fail', evidenceLines: [lineOf(inbound, 'edit 12')] }],
    },
    { name: 'FortiGate without zones.csv', vendor: 'fortigate', config: FGT_EDGE, findings: [{ object: 'zones.csv', status: 'manual' }] },
    {
      name: 'Yamaha RTX at the internet edge: no IPS on the device',
      vendor: 'yamaha-rtx',
      config: RTX_EDGE,
      zones: RTX_ZONES,
      findings: [{ object: 'gateway IPS', status: 'manual', evidenceLines: [lineOf(RTX_EDGE, 'ip lan2 address dhcp')] }],
    },
    {
      name: 'Cisco IOS at the internet edge: no IPS on the device',
      config: IOS_EDGE,
      zones: IOS_ZONES,
      findings: [{ object: 'gateway IPS', status: 'manual', evidenceLines: [lineOf(IOS_EDGE, 'interface GigabitEthernet0/0')] }],
    },
  ],
});
