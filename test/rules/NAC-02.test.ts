// NAC-02: layer-2 protections on access and trunk ports of switches.
// Vendors: Cisco IOS and Allied Telesis AW+ switches (their parsers read the guards). Yamaha RTX built-in
// switch ports: the parser does not read layer-2 guards, so a manual check (shown below). FortiGate and
// NEC IX configs have no switch ports in the model: not applicable.
import { rule } from '../../src/rules/nac/nac-02-l2-access-protections.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const IOS_GLOBAL = ['ip dhcp snooping', 'ip dhcp snooping vlan 10,30', 'ip arp inspection vlan 10,30', 'spanning-tree portfast bpduguard default'];
const IOS_ACCESS = ['switchport mode access', 'switchport nonegotiate', 'switchport port-security', 'switchport port-security maximum 2', 'ip verify source', 'spanning-tree portfast'];
const IOS_TRUNK = ['switchport mode trunk', 'switchport nonegotiate', 'switchport trunk allowed vlan 10,30', 'switchport trunk native vlan 999', 'ip dhcp snooping trust', 'ip arp inspection trust'];

function ios(global: string[], access: string[], trunk: string[] = IOS_TRUNK): string {
  return [
    'hostname acc1',
    '!',
    ...global,
    '!',
    'interface GigabitEthernet1/0/1',
    ' switchport access vlan 10',
    ...access.map((l) => ` ${l}`),
    '!',
    'interface GigabitEthernet1/0/48',
    ...trunk.map((l) => ` ${l}`),
    '!',
    'end',
    '',
  ].join('\n');
}

const iosGood = ios(IOS_GLOBAL, IOS_ACCESS);
const iosBare = ios([], ['switchport mode access'], ['switchport mode trunk']);
const iosTrustedAccess = ios(IOS_GLOBAL, [...IOS_ACCESS, 'ip dhcp snooping trust', 'spanning-tree bpduguard disable']);
const iosDynamic = ios(IOS_GLOBAL, IOS_ACCESS.filter((l) => l !== 'switchport mode access' && l !== 'switchport nonegotiate'));

const twoBarePorts = iosGood.replace('interface GigabitEthernet1/0/48', ['interface GigabitEthernet1/0/2', ' switchport access vlan 10', ' switchport mode access', '!', 'interface GigabitEthernet1/0/48'].join('\n')).replace(
  ' switchport access vlan 10\n switchport mode access\n switchport nonegotiate\n switchport port-security\n switchport port-security maximum 2\n ip verify source\n spanning-tree portfast\n',
  ' switchport access vlan 10\n switchport mode access\n',
);
const yamaha = 'ip lan1 address 192.168.100.1/24\nvlan port mapping lan1.1 vlan1\n';

testRule(rule, {
  valid: [
    { name: 'IOS: every guard on the access port, trunk pruned with a non-1 native VLAN', config: iosGood },
    {
      name: 'IOS: BPDU guard set on the port itself and PortFast by default',
      config: ios(['ip dhcp snooping', 'ip dhcp snooping vlan 10', 'ip arp inspection vlan 10', 'spanning-tree portfast default'], [...IOS_ACCESS.filter((l) => l !== 'spanning-tree portfast'), 'spanning-tree bpduguard enable']),
    },
    { name: 'a router without switch ports is not applicable', config: 'hostname r1\n!\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n!\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: no guards at all',
      config: iosBare,
      findings: [
        {
          object: 'GigabitEthernet1/0/1',
          severity: 'medium',
          messageIncludes: 'lacks: DHCP snooping (VLAN 10), ARP inspection (VLAN 10), IP source guard, a MAC limit by port security, BPDU guard, DTP off (nonegotiate)',
          evidenceLines: [lineOf(iosBare, 'interface GigabitEthernet1/0/1')],
        },
        {
          object: 'GigabitEthernet1/0/48',
          severity: 'medium',
          messageIncludes: 'lacks: a list of allowed VLANs (every VLAN passes now), a native VLAN other than 1, DTP off (nonegotiate)',
          evidenceLines: [lineOf(iosBare, 'interface GigabitEthernet1/0/48')],
        },
      ],
    },
    {
      name: 'IOS: access port trusted for DHCP and BPDU guard turned off',
      config: iosTrustedAccess,
      findings: [{ object: 'GigabitEthernet1/0/1', messageIncludes: 'lacks: DHCP snooping untrusted (the port is trusted), BPDU guard.' }],
    },
    {
      name: 'IOS: port left in the dynamic (DTP) default',
      config: iosDynamic,
      findings: [{ object: 'GigabitEthernet1/0/1', messageIncludes: 'fixed access mode and DTP off' }],
    },
    {
      name: 'IOS: identical ports make one finding listing every port',
      config: twoBarePorts,
      findings: [
        {
          object: 'GigabitEthernet1/0/1 +1',
          messageIncludes: 'Access ports GigabitEthernet1/0/1, GigabitEthernet1/0/2 lack: IP source guard, a MAC limit by port security, BPDU guard, DTP off (nonegotiate).',
          evidenceLines: [lineOf(twoBarePorts, 'interface GigabitEthernet1/0/1'), lineOf(twoBarePorts, 'interface GigabitEthernet1/0/2')],
        },
      ],
    },
    {
      name: 'Yamaha: built-in switch ports, guards not read → manual',
      vendor: 'yamaha-rtx',
      config: yamaha,
      findings: [{ object: 'layer-2 guards', status: 'manual' }],
    },
  ],
});
