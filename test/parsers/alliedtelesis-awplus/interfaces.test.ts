import { describe, expect, it } from 'vitest';
import { expandInterfaceList } from '../../../src/parsers/alliedtelesis-awplus/interface-names.js';
import { expectFullyUnderstood, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-switch.cfg';

describe('AW+ interfaces', () => {
  it('reads the school switch fixture completely', () => {
    const result = parseFixture(FILE);
    expectFullyUnderstood(result);
    expect(result.diagnostics).toEqual([]);
    expect(result.device.hostname).toBe('minato-es-sw01');
    expect(result.device.source.line).toBe(lineOf(FILE, 'hostname'));
  });

  it('expands interface ranges to every port', () => {
    expect(expandInterfaceList('port1.0.1-1.0.4')).toEqual(['port1.0.1', 'port1.0.2', 'port1.0.3', 'port1.0.4']);
    expect(expandInterfaceList('po7-8')).toEqual(['po7', 'po8']);
    expect(expandInterfaceList('port1.0.1,port1.0.3-1.0.4')).toEqual(['port1.0.1', 'port1.0.3', 'port1.0.4']);
    expect(expandInterfaceList('port1.0.1-port1.0.2')).toEqual(['port1.0.1', 'port1.0.2']);
    expect(expandInterfaceList('port1.0.4-1.0.1')).toHaveProperty('error');
    expect(expandInterfaceList('port1.0.1-1.1.4')).toHaveProperty('error');
    const device = parseFixture(FILE).device;
    for (const n of [1, 2, 3, 4]) {
      expect(iface(device, `port1.0.${n}`)).toMatchObject({ kind: 'physical', description: '職員室 校務PC', switchport: { mode: 'access', accessVlan: 10 } });
    }
  });

  it('reads access, trunk, native none, shutdown and aggregates', () => {
    const device = parseFixture(FILE).device;
    expect(iface(device, 'port1.0.8').shutdown).toBe(true);
    expect(iface(device, 'port1.0.7').shutdown).toBe(false);
    // add 10,20,99 then remove 20; native none: no untagged VLAN joins the list.
    expect(iface(device, 'port1.0.23').switchport).toMatchObject({ mode: 'trunk', trunkAllowed: [10, 99] });
    expect(iface(device, 'port1.0.23').switchport!.nativeVlan).toBeUndefined();
    expect(iface(device, 'port1.0.24')).toMatchObject({ channelGroup: 'sa1', parent: 'sa1' });
    // sa1: native VLAN 1 by default is carried untagged.
    expect(iface(device, 'sa1')).toMatchObject({ kind: 'aggregate', switchport: { mode: 'trunk', trunkAllowed: [1, 10, 99], nativeVlan: 1 } });
    expect(iface(device, 'vlan10')).toMatchObject({ kind: 'vlan', addresses: [{ address: '10.10.10.1', prefixLength: 24, family: 4 }] });
    expect(iface(device, 'vlan10').switchport).toBeUndefined();
  });

  it('gives a trunk with no allowed list only its native VLAN', () => {
    const { device } = parseText('interface port1.0.1\n switchport mode trunk\n!\ninterface port1.0.2\n switchport mode trunk\n switchport trunk allowed vlan all\n switchport trunk allowed vlan remove 2-4094\n');
    expect(iface(device, 'port1.0.1').switchport).toMatchObject({ trunkAllowed: [1], nativeVlan: 1 });
    expect(iface(device, 'port1.0.2').switchport!.trunkAllowed).toEqual([1]);
  });

  it('reads the voice VLAN of an access port', () => {
    const { device, diagnostics } = parseText('interface port1.0.1\n switchport mode access\n switchport access vlan 10\n switchport voice vlan 50\n');
    expect(diagnostics).toEqual([]);
    expect(iface(device, 'port1.0.1').switchport).toMatchObject({ accessVlan: 10, voiceVlan: 50 });
  });

  it('reads port security, 802.1X and MAC authentication', () => {
    const device = parseFixture(FILE).device;
    expect(iface(device, 'port1.0.7').portSecurity).toMatchObject({ enabled: true, maximum: 2, violation: 'restrict' });
    expect(iface(device, 'port1.0.7').accessControl).toMatchObject({ dot1x: false, mab: true, portControl: 'auto' });
    expect(iface(device, 'port1.0.1').accessControl).toMatchObject({ dot1x: true, portControl: 'auto', hostMode: 'multi-supplicant' });
    expect(device.management.dot1xSystemAuthControl?.enabled).toBe(true);
  });

  it('declares VLANs from the VLAN database, with names and ranges', () => {
    const device = parseFixture(FILE).device;
    expect(device.vlans.map((v) => v.id)).toEqual([10, 20, 99, 100, 101, 102]);
    expect(device.vlans.find((v) => v.id === 10)?.name).toBe('KOUMU');
  });

  it('reads static routes', () => {
    const device = parseFixture(FILE).device;
    expect(device.routes).toMatchObject([{ prefix: '0.0.0.0', length: 0, nextHop: '10.10.99.1', kind: 'static' }]);
    expect(parseText('ip route 10.0.0.0 255.0.0.0 192.0.2.1 5').device.routes).toMatchObject([{ prefix: '10.0.0.0', length: 8, nextHop: '192.0.2.1', distance: 5 }]);
  });

  it('reports settings that do not fit the interface', () => {
    const result = parseText('interface vlan10\n switchport access vlan 10\n!\ninterface port1.0.1-1.0.2\n ip address 10.0.0.1/24\n!\ninterface port1.0.3\n switchport access vlan 5000\n');
    expect(result.diagnostics.map((d) => d.line)).toEqual([2, 5, 8]);
    expect(result.device.stats.unrecognized).toBe(3);
  });
});
