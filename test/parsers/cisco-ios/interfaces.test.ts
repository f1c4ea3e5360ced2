import { describe, expect, it } from 'vitest';
import type { ServiceState } from '../../../src/model/index.js';
import { canonicalInterfaceName, interfaceKind } from '../../../src/parsers/cisco-ios/names.js';
import { expectFullyUnderstood, iface, lineOf, parseFixture } from './helpers.js';

const FILE = 'interfaces.cfg';
const result = parseFixture(FILE);
const { device } = result;

function servicesOf(name: string): Record<string, [boolean, boolean]> {
  const out: Record<string, [boolean, boolean]> = {};
  for (const s of device.management.services.filter((x: ServiceState) => x.interface === name)) out[s.name] = [s.enabled, s.explicit];
  return out;
}

describe('Cisco IOS interfaces', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('canonical names and kinds', () => {
    expect(canonicalInterfaceName('Gi0/1')).toBe('GigabitEthernet0/1');
    expect(canonicalInterfaceName('fa0/24')).toBe('FastEthernet0/24');
    expect(canonicalInterfaceName('te1/1/1')).toBe('TenGigabitEthernet1/1/1');
    expect(canonicalInterfaceName('Po10')).toBe('Port-channel10');
    expect(canonicalInterfaceName('port-channel10')).toBe('Port-channel10');
    expect(canonicalInterfaceName('vl99')).toBe('Vlan99');
    expect(canonicalInterfaceName('VLAN1')).toBe('Vlan1');
    expect(canonicalInterfaceName('Lo0')).toBe('Loopback0');
    expect(canonicalInterfaceName('tu5')).toBe('Tunnel5');
    expect(canonicalInterfaceName('Et0/1')).toBe('Ethernet0/1');
    expect(canonicalInterfaceName('eth 1/11')).toBe('Ethernet1/11');
    expect(canonicalInterfaceName('Dot11Radio0.10')).toBe('Dot11Radio0.10');
    expect(interfaceKind('Dot11Radio0')).toBe('wireless');
    expect(interfaceKind('Dot11Radio0.10')).toBe('subinterface');
    expect(interfaceKind('Port-channel1')).toBe('aggregate');
    expect(interfaceKind('Vlan10')).toBe('vlan');
    expect(interfaceKind('Dialer1')).toBe('virtual');
    expect(interfaceKind('GigabitEthernet0/1')).toBe('physical');
  });

  it('WAN interface: DHCP address, NAT role, crypto map, zone, per-interface services', () => {
    const wan = iface(device, 'GigabitEthernet0/0');
    expect(wan).toMatchObject({
      kind: 'physical',
      description: 'WAN: ISP uplink',
      dynamicAddress: 'dhcp',
      addresses: [],
      natRole: 'outside',
      cryptoMap: 'VPNMAP',
      securityZone: 'OUTSIDE',
      shutdown: false,
    });
    expect(wan.source).toEqual({ file: FILE, line: lineOf(FILE, 'interface GigabitEthernet0/0'), text: 'interface GigabitEthernet0/0' });
    expect(servicesOf('GigabitEthernet0/0')).toEqual({
      'proxy-arp': [false, true],
      'ip-redirects': [false, true],
      cdp: [false, true],
      'ip-unreachables': [true, false],
      'ip-directed-broadcast': [false, false],
    });
  });

  it('LAN interface: VRF, primary and secondary IPv4, IPv6 (normalised), explicit directed broadcast', () => {
    const lan = iface(device, 'GigabitEthernet0/1');
    expect(lan.vrf).toBe('SCHOOL');
    expect(lan.addresses).toEqual([
      { address: '10.1.0.1', prefixLength: 24, family: 4 },
      { address: '10.1.1.1', prefixLength: 24, family: 4, secondary: true },
      { address: '2001:db8:1::1', prefixLength: 64, family: 6 },
      { address: 'fe80::1', prefixLength: 64, family: 6 },
    ]);
    expect(lan.natRole).toBe('inside');
    expect(servicesOf('GigabitEthernet0/1')['ip-directed-broadcast']).toEqual([true, true]);
    expect(servicesOf('GigabitEthernet0/1')['proxy-arp']).toEqual([true, false]);
  });

  it('sub-interfaces, `default` service lines, shutdown, unnumbered and dial interfaces', () => {
    const sub = iface(device, 'GigabitEthernet0/1.20');
    expect(sub).toMatchObject({ kind: 'subinterface', parent: 'GigabitEthernet0/1', encapsulationVlan: 20 });
    expect(servicesOf('GigabitEthernet0/1.20')['proxy-arp']).toEqual([true, false]);
    expect(iface(device, 'GigabitEthernet0/2').shutdown).toBe(true);
    expect(iface(device, 'Dialer1')).toMatchObject({ kind: 'virtual', dynamicAddress: 'negotiated', unnumbered: 'Loopback0' });
    expect(iface(device, 'ATM0/0.32')).toMatchObject({ kind: 'subinterface', parent: 'ATM0/0' });
    expect(iface(device, 'Loopback0').addresses).toEqual([{ address: '10.255.0.1', prefixLength: 32, family: 4 }]);
  });

  it('tunnel settings with canonical interface names', () => {
    const tunnel = iface(device, 'Tunnel10');
    expect(tunnel.kind).toBe('tunnel');
    expect(tunnel.unnumbered).toBe('Loopback0');
    expect(tunnel.tunnel).toMatchObject({ source: 'GigabitEthernet0/0', destination: '203.0.113.9', mode: 'ipsec ipv4', protection: 'PROF' });
    expect(tunnel.tunnel!.sourceSpan.line).toBe(lineOf(FILE, 'tunnel source Gi0/0'));
  });

  it('IOS-XE management VRF ports are management interfaces', () => {
    expect(iface(device, 'GigabitEthernet0/0/0').kind).toBe('management');
  });

  it('interface range applies the block to every member', () => {
    for (const n of ['GigabitEthernet1/0/1', 'GigabitEthernet1/0/2', 'GigabitEthernet1/0/3', 'GigabitEthernet1/0/10']) {
      expect(iface(device, n)).toMatchObject({ shutdown: true, description: 'range ports' });
    }
    expect(device.interfaces.some((i) => i.name === 'GigabitEthernet1/0/4')).toBe(false);
  });

  it('a router (no switchport configuration) routes, and its ports stay layer 3', () => {
    expect(device.ipRouting).toBe(true);
    expect(device.interfaces.every((i) => i.switchport === undefined)).toBe(true);
    expect(device.os).toEqual({ name: 'IOS', version: '15.7', source: { file: FILE, line: 1, text: 'version 15.7' } });
    expect(device.hostname).toBe('branch-rtr');
    expect(device.source.line).toBe(2);
  });
});
