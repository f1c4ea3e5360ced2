// BND-01 on every vendor with a parser: each edge fixture has one exit (a DHCP WAN, or a default
// route's egress interface, found by interface or by next hop).
import { rule } from '../../src/rules/bnd/bnd-01-external-connections.js';
import type { ExternalConnection } from '../../src/rules/settings.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { AWP_EDGE, FGT_EDGE, FGT_ZONES, IOS_EDGE, IOS_ZONES, IX_EDGE, RTX_EDGE } from './fixtures/internet-edge.js';

const registered = (device: string, iface: string) => ({ site: { externalConnections: [{ device, interface: iface, description: 'ISP' }] satisfies ExternalConnection[] } });
const emptyRegister = { site: { externalConnections: [] } };

// A second, unregistered exit: a backup line with a provider address on Gi0/2.
const backup = IOS_EDGE.replace('!\nip route', '!\ninterface GigabitEthernet0/2\n description LTE backup\n ip address dhcp\n!\nip route');
const tunnel = IOS_EDGE.replace(
  '!\nip route',
  '!\ninterface Tunnel1\n ip address 10.255.0.1 255.255.255.252\n tunnel source GigabitEthernet0/0\n tunnel destination 198.51.100.9\n!\nip route',
);

testRule(rule, {
  valid: [
    { name: 'FortiGate: DHCP WAN in the register', vendor: 'fortigate', config: FGT_EDGE, zones: FGT_ZONES, settings: registered('edge-fw01', 'wan1') },
    { name: 'Yamaha RTX: DHCP WAN in the register', vendor: 'yamaha-rtx', config: RTX_EDGE, settings: registered('fixture', 'lan2') },
    { name: 'NEC IX: default-route interface in the register', vendor: 'nec-ix', config: IX_EDGE, settings: registered('ix-edge', 'GigaEthernet0.1') },
    { name: 'Cisco IOS: next-hop interface in the register', config: IOS_EDGE, settings: registered('edge-rt01', 'GigabitEthernet0/0') },
    { name: 'AlliedWare Plus: next-hop interface in the register', vendor: 'alliedtelesis-awplus', config: AWP_EDGE, settings: registered('aw-edge', 'eth1') },
    { name: 'Cisco IOS: tunnel over the registered WAN', config: tunnel, settings: registered('edge-rt01', 'GigabitEthernet0/0') },
    {
      name: 'an L3 switch whose default route leads to an inside zone: an internal hop, no exit',
      config: IOS_EDGE,
      zones: 'zone,class,cidr\n管理,管理,203.0.113.0/30\n',
      settings: emptyRegister,
      check: 'not-applicable',
    },
  ],
  invalid: [
    {
      name: 'FortiGate: WAN not in the register (internet zone and DHCP)',
      vendor: 'fortigate',
      config: FGT_EDGE,
      zones: FGT_ZONES,
      settings: emptyRegister,
      findings: [{ object: 'wan1', severity: 'medium', status: 'fail', messageIncludes: 'internet zone, address by DHCP', evidenceLines: [lineOf(FGT_EDGE, 'edit "wan1"')] }],
    },
    {
      name: 'Yamaha RTX: WAN not in the register',
      vendor: 'yamaha-rtx',
      config: RTX_EDGE,
      settings: emptyRegister,
      findings: [{ object: 'lan2', severity: 'medium', evidenceLines: [lineOf(RTX_EDGE, 'ip lan2 address dhcp'), lineOf(RTX_EDGE, 'ip route default gateway dhcp lan2')] }],
    },
    {
      name: 'NEC IX: no register: the exits are listed for a manual check',
      vendor: 'nec-ix',
      config: IX_EDGE,
      findings: [{ object: 'external connections', status: 'manual', messageIncludes: 'GigaEthernet0.1 (default route egress)', evidenceLines: [lineOf(IX_EDGE, 'ip route default GigaEthernet0.1')] }],
    },
    {
      name: 'Cisco IOS: an LTE backup line not in the register',
      config: backup,
      zones: IOS_ZONES,
      settings: registered('edge-rt01', 'GigabitEthernet0/0'),
      findings: [{ object: 'GigabitEthernet0/2', severity: 'medium', messageIncludes: 'DHCP', evidenceLines: [lineOf(backup, 'interface GigabitEthernet0/2')] }],
    },
    {
      name: 'AlliedWare Plus: register names another device',
      vendor: 'alliedtelesis-awplus',
      config: AWP_EDGE,
      settings: registered('edge-rt01', 'eth1'),
      findings: [{ object: 'eth1', severity: 'medium', evidenceLines: [lineOf(AWP_EDGE, 'ip route 0.0.0.0/0 203.0.113.1')] }],
    },
  ],
});
