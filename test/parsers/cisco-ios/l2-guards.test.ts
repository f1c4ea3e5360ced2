// Layer-2 guards read for NAC-02: the lines the ignore list used to swallow, and those it still ignores.
import { describe, expect, it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';
import { expectFullyUnderstood, iface } from '../parser-fixtures.js';

const CONFIG = [
  'hostname acc1',
  'ip dhcp snooping vlan 10,20-22',
  'no ip dhcp snooping information option',
  'ip dhcp snooping',
  'ip arp inspection vlan 10',
  'ip arp inspection validate src-mac',
  'spanning-tree mode rapid-pvst',
  'spanning-tree portfast edge bpduguard default',
  'interface GigabitEthernet1/0/1',
  ' switchport mode access',
  ' ip verify source',
  ' spanning-tree portfast edge',
  ' ip dhcp snooping limit rate 15',
  'interface GigabitEthernet1/0/2',
  ' switchport mode access',
  ' switchport nonegotiate',
  ' spanning-tree bpduguard disable',
  'interface GigabitEthernet1/0/48',
  ' switchport mode trunk',
  ' ip dhcp snooping trust',
  ' ip arp inspection trust',
  ' spanning-tree portfast trunk',
  'end',
  '',
].join('\n');

describe('Cisco IOS layer-2 guards', () => {
  const result = ciscoIosParser.parse(CONFIG, 'l2.cfg');
  const { device } = result;

  it('understands every line, tuning commands still ignored', () => {
    expectFullyUnderstood(result);
    // information option, validate, spanning-tree mode, limit rate, portfast trunk, end
    expect(device.stats.ignored).toBe(6);
  });

  it('records the device-wide guards', () => {
    expect(device.l2Guards).toMatchObject({ dhcpSnoopingVlans: [10, 20, 21, 22], arpInspectionVlans: [10] });
    expect(device.l2Guards?.dhcpSnooping?.line).toBe(4);
    expect(device.l2Guards?.bpduGuardDefault?.line).toBe(8);
    expect(device.l2Guards?.portfastDefault).toBeUndefined();
  });

  it('records the per-port guards and the DTP stance', () => {
    expect(iface(device, 'GigabitEthernet1/0/1').portGuards).toMatchObject({ ipSourceGuard: true, portfast: true });
    expect(iface(device, 'GigabitEthernet1/0/2').portGuards).toMatchObject({ bpduGuard: false });
    expect(iface(device, 'GigabitEthernet1/0/48').portGuards).toMatchObject({ dhcpSnoopingTrusted: true, arpInspectionTrusted: true });
    expect(iface(device, 'GigabitEthernet1/0/1').switchport?.negotiates).toBe(true);
    expect(iface(device, 'GigabitEthernet1/0/2').switchport?.negotiates).toBe(false);
  });
});
