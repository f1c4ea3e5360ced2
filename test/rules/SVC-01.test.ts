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

// With an operational export beside the config, the link state decides (issue #5).
const statusHeader = 'Port      Name               Status       Vlan       Duplex  Speed Type';

function ciscoExport(...rows: string[]): string {
  return `acc1#show interfaces status\n\n${statusHeader}\n${rows.join('\n')}\n`;
}

const describedDown = ciscoExport(
  'Gi1/0/1   staff-room PC      notconnect   10           auto   auto 10/100/1000BaseTX',
  'Gi1/0/2                      connected    10         a-full a-1000 10/100/1000BaseTX',
  'Gi1/0/3                      err-disabled 10           auto   auto 10/100/1000BaseTX',
  'Gi1/0/4                      disabled     999          auto   auto 10/100/1000BaseTX',
  'Gi1/0/48  uplink to core     connected    trunk      a-full a-1000 10/100/1000BaseTX',
);

const bareUp = ciscoExport('Gi1/0/5                      connected    10         a-full a-1000 10/100/1000BaseTX');

/** Two runs of the command in one export: a port up in either run is in use. */
const twoRuns = (second: string) =>
  ciscoExport('Gi1/0/5                      notconnect   10           auto   auto 10/100/1000BaseTX') +
  ciscoExport(`Gi1/0/5                      ${second}`);

const twoRunsDown = twoRuns('notconnect   10           auto   auto 10/100/1000BaseTX');

const onlyUplink = ciscoExport('Gi1/0/48  uplink to core     connected    trunk      a-full a-1000 10/100/1000BaseTX');

const awplusConfig = `hostname es01-sw01
!
vlan database
 vlan 10 name KOUMU
!
interface port1.0.1
 description staff PC
 switchport
 switchport mode access
 switchport access vlan 10
!
interface port1.0.2
 switchport
 switchport mode access
 switchport access vlan 10
!
interface port1.0.3
 switchport
 switchport mode access
 switchport access vlan 10
 shutdown
!
end
`;

const awplusBrief = (port1: string, port2: string) => `! hostname es01-sw01
Interface             Status          Protocol
port1.0.1             admin up        ${port1}
port1.0.2             admin up        ${port2}
port1.0.3             admin down      down
`;

const awplusDown = awplusBrief('down', 'running');

testRule(rule, {
  valid: [
    { name: 'export: an undescribed port that is up is in use', config: bare, operationalExport: bareUp },
    { name: 'export: down in the first run, up in the second', config: bare, operationalExport: twoRuns('connected    10         a-full a-1000 10/100/1000BaseTX') },
    {
      name: 'export: a shut-down port that is disabled is fine, an up port in an undeclared VLAN is in use',
      config: sw('interface GigabitEthernet1/0/4\n switchport mode access\n switchport access vlan 999\n shutdown\n!\ninterface GigabitEthernet1/0/8\n description classroom 2-1\n switchport mode access\n switchport access vlan 20'),
      operationalExport: ciscoExport(
        'Gi1/0/4                      disabled     999          auto   auto 10/100/1000BaseTX',
        'Gi1/0/8   classroom 2-1      connected    20         a-full a-1000 10/100/1000BaseTX',
      ),
    },
    { name: 'AlliedWare Plus export: both live ports running', vendor: 'alliedtelesis-awplus', config: awplusConfig, operationalExport: awplusBrief('running', 'running') },
  ],
  invalid: [
    {
      name: 'export: a described port that is notconnect, and an err-disabled one, are unused',
      config: clean,
      operationalExport: describedDown,
      findings: [
        {
          object: 'GigabitEthernet1/0/1',
          severity: 'medium',
          messageIncludes: 'link is notconnect in the operational export (fixture-export.txt line 4)',
          evidenceLines: [lineOf(clean, 'interface GigabitEthernet1/0/1'), lineOf(describedDown, 'Gi1/0/1   staff-room PC      notconnect   10           auto   auto 10/100/1000BaseTX')],
        },
        {
          object: 'GigabitEthernet1/0/3',
          messageIncludes: 'err-disabled',
          evidenceLines: [lineOf(clean, 'interface GigabitEthernet1/0/3'), lineOf(describedDown, 'Gi1/0/3                      err-disabled 10           auto   auto 10/100/1000BaseTX')],
        },
      ],
    },
    {
      name: 'export: down in every run; each row is evidence',
      config: bare,
      operationalExport: twoRunsDown,
      findings: [{ object: 'GigabitEthernet1/0/5', evidenceLines: [lineOf(bare, 'interface GigabitEthernet1/0/5'), 4, 8] }],
    },
    {
      name: 'export that does not list the port: the config heuristic still applies',
      config: bare,
      operationalExport: onlyUplink,
      findings: [{ object: 'GigabitEthernet1/0/5', messageIncludes: 'no description', evidenceLines: [lineOf(bare, 'interface GigabitEthernet1/0/5')] }],
    },
    {
      name: 'AlliedWare Plus export: a described port whose link is down',
      vendor: 'alliedtelesis-awplus',
      config: awplusConfig,
      operationalExport: awplusDown,
      findings: [
        {
          object: 'port1.0.1',
          severity: 'medium',
          messageIncludes: 'admin up / down',
          evidenceLines: [lineOf(awplusConfig, 'interface port1.0.1'), lineOf(awplusDown, 'port1.0.1             admin up        down')],
        },
      ],
    },
  ],
});

const withClock = `acc1#show clock\n*09:41:07.512 JST Mon Apr 6 2026\n${ciscoExport('Gi1/0/5                      notconnect   10           auto   auto 10/100/1000BaseTX')}`;

const lldpOnly = `acc1#show lldp neighbors

Device ID           Local Intf     Hold-time  Capability      Port ID
ap-3f-01            Gi1/0/5        120        W               Gi0

Total entries displayed: 1
`;

testRule(rule, {
  valid: [{ name: 'export: an LLDP neighbour on an undescribed port shows it is in use', config: bare, operationalExport: lldpOnly }],
  invalid: [
    {
      name: 'export with show clock: the message says when it was taken',
      config: bare,
      operationalExport: withClock,
      findings: [{ object: 'GigabitEthernet1/0/5', messageIncludes: 'taken *09:41:07.512 JST Mon Apr 6 2026', evidenceLines: [lineOf(bare, 'interface GigabitEthernet1/0/5'), 6] }],
    },
  ],
});
