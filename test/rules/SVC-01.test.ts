// SVC-01: unused access ports must be shut down.
import { rule } from '../../src/rules/svc/svc-01-unused-ports.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

function sw(ports: string, vlans = 'vlan 10\n name KOUMU\nvlan 999\n name PARKING'): string {
  return `hostname acc1
!
${vlans}
!
${ports}
!
interface GigabitEthernet1/0/48
 description uplink to core
 switchport mode trunk
!
end
`;
}

const clean = sw(`interface GigabitEthernet1/0/1
 description staff-room PC
 switchport mode access
 switchport access vlan 10
!
interface GigabitEthernet1/0/2
 switchport mode access
 switchport access vlan 10
 switchport port-security
!
interface GigabitEthernet1/0/3
 switchport mode access
 switchport access vlan 10
 authentication port-control auto
 mab
!
interface GigabitEthernet1/0/4
 switchport mode access
 switchport access vlan 999
 shutdown`);

const bare = sw(`interface GigabitEthernet1/0/5
 switchport mode access
 switchport access vlan 10`);

const noMode = sw(`interface GigabitEthernet1/0/6
 switchport access vlan 10`);

const paramsOnly = sw(`interface GigabitEthernet1/0/7
 switchport mode access
 switchport access vlan 10
 switchport port-security maximum 2`);

const undeclaredVlan = sw(`interface GigabitEthernet1/0/8
 description classroom 2-1
 switchport mode access
 switchport access vlan 20`);

const defaultVlan = sw(`interface GigabitEthernet1/0/9
 description spare
 switchport mode access`);

testRule(rule, {
  valid: [
    { name: 'described, port-security, 802.1X, and shut-down ports; a trunk', config: clean },
    {
      name: 'no VLANs declared: a described port in the default VLAN is taken as in use',
      config: sw('interface GigabitEthernet1/0/9\n description printer\n switchport mode access', ''),
    },
    { name: 'a router without switch ports is not applicable', config: 'hostname r1\ninterface GigabitEthernet0/0\n ip address 192.0.2.1 255.255.255.0\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'access port with nothing that shows use',
      config: bare,
      findings: [{ object: 'GigabitEthernet1/0/5', severity: 'medium', messageIncludes: 'no description', evidenceLines: [lineOf(bare, 'interface GigabitEthernet1/0/5')] }],
    },
    {
      name: 'port with no mode set counts as an access port',
      config: noMode,
      findings: [{ object: 'GigabitEthernet1/0/6', evidenceLines: [lineOf(noMode, 'interface GigabitEthernet1/0/6')] }],
    },
    {
      name: 'port-security parameters without the enabling line do not count',
      config: paramsOnly,
      findings: [{ object: 'GigabitEthernet1/0/7', messageIncludes: 'no description' }],
    },
    {
      name: 'described port in a VLAN the switch does not declare',
      config: undeclaredVlan,
      findings: [{ object: 'GigabitEthernet1/0/8', messageIncludes: 'VLAN 20 is not declared', evidenceLines: [lineOf(undeclaredVlan, 'interface GigabitEthernet1/0/8')] }],
    },
    {
      name: 'described port left in default VLAN 1 while VLANs are declared',
      config: defaultVlan,
      findings: [{ object: 'GigabitEthernet1/0/9', messageIncludes: 'VLAN 1 is not declared' }],
    },
  ],
});
