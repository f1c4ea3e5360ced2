// NAC-01: 802.1X / MAB / port security on access ports of 校務 zones.
import { rule } from '../../src/rules/nac/nac-01-port-authentication.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = 'zone,class,vlan\n校務,校務内部系,10\n学習,学習系,30\n';

function sw(ports: string, global = 'aaa new-model\naaa authentication dot1x default group radius\ndot1x system-auth-control'): string {
  return `hostname acc1
!
${global}
!
vlan 10
 name KOUMU
vlan 30
 name GAKUSHU
!
${ports}
!
end
`;
}

const dot1xPort = `interface GigabitEthernet1/0/1
 description staff PC
 switchport mode access
 switchport access vlan 10
 authentication port-control auto
 dot1x pae authenticator
 mab`;

const learningPort = `interface GigabitEthernet1/0/2
 description classroom
 switchport mode access
 switchport access vlan 30`;

const koumuOpen = `interface GigabitEthernet1/0/3
 description staff printer
 switchport mode access
 switchport access vlan 10`;

const koumuForceAuthorized = `interface GigabitEthernet1/0/4
 description staff PC
 switchport mode access
 switchport access vlan 10
 authentication port-control force-authorized
 dot1x pae authenticator`;

const protectedByPortSecurity = `interface GigabitEthernet1/0/5
 description staff printer
 switchport mode access
 switchport access vlan 10
 switchport port-security
 switchport port-security mac-address 0011.2233.4455`;

const noVlanSet = `interface GigabitEthernet1/0/6
 description spare
 switchport mode access`;

const open = sw(`${koumuOpen}\n!\n${learningPort}`);
const forced = sw(koumuForceAuthorized);
const noSystemAuth = sw(dot1xPort, 'aaa new-model\naaa authentication dot1x default group radius');
const noZones = sw(`${dot1xPort}\n!\n${learningPort}`);
const byInterface = sw(learningPort);

testRule(rule, {
  valid: [
    { name: '802.1X+MAB enforced on the 校務 port; learning port needs nothing', config: sw(`${dot1xPort}\n!\n${learningPort}`), zones: ZONES },
    { name: 'port security with a pinned MAC on a 校務 port', config: sw(protectedByPortSecurity), zones: ZONES },
    { name: 'a shut-down 校務 port needs nothing', config: sw(`${koumuOpen}\n shutdown`), zones: ZONES },
    { name: 'a router without access ports or 802.1X is not applicable', config: 'hostname r1\ninterface GigabitEthernet0/0\n ip address 192.0.2.1 255.255.255.0\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'without zones.csv the 校務 ports cannot be told: manual, once per device',
      config: noZones,
      findings: [{ object: 'zones.csv', status: 'manual', messageIncludes: 'zones.csv', evidenceLines: [lineOf(noZones, 'hostname acc1')] }],
    },
    {
      name: '校務 port with nothing',
      config: open,
      zones: ZONES,
      findings: [{ object: 'GigabitEthernet1/0/3', severity: 'high', messageIncludes: 'no 802.1X, MAB or port security', evidenceLines: [lineOf(open, 'interface GigabitEthernet1/0/3')] }],
    },
    {
      name: '校務 port with 802.1X set to force-authorized is not enforced',
      config: forced,
      zones: ZONES,
      findings: [{ object: 'GigabitEthernet1/0/4', messageIncludes: 'not enforced' }],
    },
    {
      name: '802.1X on ports without dot1x system-auth-control',
      config: noSystemAuth,
      zones: ZONES,
      findings: [{ object: '802.1X system-auth-control', severity: 'high', messageIncludes: 'not enabled device-wide' }],
    },
    {
      name: 'a device+interface row puts a learning-VLAN port into 校務',
      config: byInterface,
      zones: 'zone,class,device,interface\n校務,校務内部系,acc1,Gi1/0/2\n',
      findings: [{ object: 'GigabitEthernet1/0/2', evidenceLines: [lineOf(byInterface, 'interface GigabitEthernet1/0/2')] }],
    },
    {
      name: 'a port without access VLAN is in VLAN 1',
      config: sw(noVlanSet),
      zones: 'zone,class,vlan\n校務,校務外部系,1\n',
      findings: [{ object: 'GigabitEthernet1/0/6', messageIncludes: '校務外部系' }],
    },
  ],
});
