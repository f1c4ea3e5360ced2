import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'switch.cfg';
const result = parseFixture(FILE);
const { device } = result;

describe('Cisco IOS switch ports', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('VLAN definitions, single and listed', () => {
    expect(device.vlans.map((v) => [v.id, v.name])).toEqual([
      [10, 'STAFF'],
      [20, 'SHARED'],
      [30, 'SHARED'],
      [31, 'SHARED'],
      [99, undefined],
    ]);
  });

  it('access port with voice VLAN, DTP off, port security and 802.1X + MAB', () => {
    const port = iface(device, 'GigabitEthernet1/0/1');
    expect(port.switchport).toEqual({
      mode: 'access',
      accessVlan: 10,
      voiceVlan: 20,
      nonegotiate: true,
      negotiates: false,
      source: { file: FILE, line: lineOf(FILE, 'switchport mode access'), text: ' switchport mode access' },
    });
    expect(port.portSecurity).toMatchObject({ enabled: true, maximum: 2, violation: 'restrict', sticky: true, macs: ['00:11:22:33:44:55'] });
    expect(port.portSecurity!.source.line).toBe(lineOf(FILE, 'switchport port-security maximum 2') - 1);
    expect(port.accessControl).toMatchObject({ dot1x: true, mab: true, webAuth: false, portControl: 'auto', hostMode: 'multi-domain' });
  });

  it('port-security parameters alone do not enable it', () => {
    const port = iface(device, 'GigabitEthernet1/0/2');
    expect(port.switchport).toMatchObject({ accessVlan: 30 });
    expect(port.switchport!.mode).toBeUndefined();
    expect(port.portSecurity).toMatchObject({ enabled: false, maximum: 3, sticky: false, macs: ['00:11:22:33:66:77'] });
  });

  it('legacy `dot1x port-control` enables 802.1X; IBNS access-session with MAB only', () => {
    expect(iface(device, 'GigabitEthernet1/0/3').accessControl).toMatchObject({ dot1x: true, mab: false, portControl: 'auto' });
    expect(iface(device, 'GigabitEthernet1/0/4').accessControl).toMatchObject({ dot1x: false, mab: true, portControl: 'auto' });
  });

  it('on a switch, a port with no configuration is a layer-2 port in the default mode', () => {
    const port = iface(device, 'GigabitEthernet1/0/5');
    // Left to the Catalyst default (dynamic auto), the port speaks DTP.
    expect(port.switchport).toEqual({ source: port.source, negotiates: true });
    expect(iface(device, 'GigabitEthernet1/0/3').switchport).toEqual({ source: iface(device, 'GigabitEthernet1/0/3').source, negotiates: true });
  });

  it('routed ports: `no switchport`, or an explicit `no ip address`', () => {
    const routed = iface(device, 'GigabitEthernet1/0/6');
    expect(routed.switchport).toBeUndefined();
    expect(routed.addresses).toEqual([{ address: '10.6.0.1', prefixLength: 30, family: 4 }]);
    expect(iface(device, 'GigabitEthernet1/0/7').switchport).toBeUndefined();
    expect(iface(device, 'Vlan10').switchport).toBeUndefined();
  });

  it('trunks: native VLAN, allowed list with add / remove / except / none / all, channel group', () => {
    const trunk = iface(device, 'GigabitEthernet1/0/24');
    expect(trunk.switchport).toMatchObject({ mode: 'trunk', nativeVlan: 99, trunkAllowed: [10, 20, 30, 32] });
    expect(trunk).toMatchObject({ channelGroup: 'Port-channel1', parent: 'Port-channel1' });
    const except = iface(device, 'GigabitEthernet1/0/23').switchport!;
    expect(except).toMatchObject({ mode: 'dynamic', dynamicMode: 'desirable' });
    expect(except.trunkAllowed).toHaveLength(4094 - 1000);
    expect(except.trunkAllowed![0]).toBe(1001);
    expect(iface(device, 'GigabitEthernet1/0/22').switchport!.trunkAllowed).toEqual([]);
    expect(iface(device, 'GigabitEthernet1/0/21').switchport!.trunkAllowed).toBeUndefined();
    expect(iface(device, 'Port-channel1').switchport).toMatchObject({ mode: 'trunk' });
  });

  it('a switch does not route unless `ip routing` says so', () => {
    expect(device.ipRouting).toBe(false);
    expect(device.routes).toEqual([
      { prefix: '0.0.0.0', length: 0, family: 4, nextHop: '10.10.0.1', kind: 'default-gateway', source: { file: FILE, line: lineOf(FILE, 'ip default-gateway'), text: 'ip default-gateway 10.10.0.1' } },
    ]);
    expect(parseText('ip routing\ninterface Gi0/1\n switchport mode access\n').device.ipRouting).toBe(true);
  });
});
