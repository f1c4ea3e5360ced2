import { describe, expect, it } from 'vitest';
import { iface, lineOf, parseFixture, parseText, SCHOOL } from './helpers.js';

describe('FortiGate interfaces, zones and routes', () => {
  const { device } = parseFixture(SCHOOL);

  it('reads addresses, modes, VLAN sub-interfaces, status and descriptions', () => {
    expect(iface(device, 'wan1')).toMatchObject({ kind: 'physical', dynamicAddress: 'pppoe', addresses: [], shutdown: false });
    expect(iface(device, 'internal')).toMatchObject({ kind: 'virtual', description: '職員室', addresses: [{ address: '10.10.0.1', prefixLength: 24, family: 4 }] });
    expect(iface(device, 'koumu')).toMatchObject({ kind: 'subinterface', parent: 'internal', encapsulationVlan: 10, description: '校務 VLAN', securityZone: 'LAN' });
    expect(iface(device, 'gakushu')).toMatchObject({ parent: 'internal', encapsulationVlan: 30, addresses: [{ address: '10.10.30.1', prefixLength: 23 }] });
    expect(iface(device, 'spare').shutdown).toBe(true);
    expect(iface(device, 'koumu').source.line).toBe(lineOf(SCHOOL, 'edit "koumu"'));
  });

  it('turns allowaccess into management services per interface', () => {
    const services = device.management.services.filter((s) => s.interface !== undefined).map((s) => `${s.interface} ${s.name} ${s.enabled}`);
    expect(services).toEqual([
      'internal https-server true',
      'internal ssh-server true',
      'koumu https-server true',
      'gakushu http-server true',
      'gakushu telnet-server true',
    ]);
    expect(device.management.services.find((s) => s.name === 'telnet-server')!.source.line).toBe(lineOf(SCHOOL, 'set allowaccess ping http telnet'));
    // admin-sport 8443 in the fixture; the other ports are FortiOS defaults.
    expect(device.management.services.filter((s) => s.interface === 'internal').map((s) => [s.name, s.port])).toEqual([['https-server', 8443], ['ssh-server', 22]]);
  });

  it('switches Telnet off everywhere with admin-telnet disable', () => {
    const { device: d } = parseText(['config system global', 'set admin-telnet disable', 'end', 'config system interface', 'edit "port1"', 'set allowaccess telnet ssh', 'next', 'end'].join('\n'));
    expect(d.management.services.filter((s) => s.name === 'telnet-server').map((s) => [s.interface, s.enabled])).toEqual([['port1', false], [undefined, false]]);
  });

  it('reads system zones with their intrazone action (default deny)', () => {
    expect(device.securityPolicy!.zones).toMatchObject([{ name: 'LAN', interfaces: ['koumu', 'gakushu'], intrazone: 'permit' }]);
    const { device: d } = parseText(['config system zone', 'edit "z"', 'set interface "port1"', 'next', 'end'].join('\n'));
    expect(d.securityPolicy!.zones[0]!.intrazone).toBe('deny');
  });

  it('reads static routes: default destination, device only, blackhole, distance', () => {
    expect(device.routes.map(({ source: _s, ...r }) => r)).toEqual([
      { prefix: '0.0.0.0', length: 0, family: 4, kind: 'static', interface: 'wan1', distance: 10 },
      { prefix: '10.20.0.0', length: 16, family: 4, kind: 'static', interface: 'to-school1', distance: 10 },
      { prefix: '10.30.0.0', length: 16, family: 4, kind: 'static', interface: 'Null0', distance: 254 },
    ]);
    expect(device.ipRouting).toBe(true);
  });

  it('routes to each subnet of a named destination object, and leaves nothing else', () => {
    const { device: d } = parseText(
      ['config firewall address', 'edit "a"', 'set subnet 10.0.0.0 255.0.0.0', 'next', 'edit "b"', 'set subnet 172.16.0.0 255.240.0.0', 'next', 'end',
        'config firewall addrgrp', 'edit "RFC1918"', 'set member "a" "b"', 'next', 'end',
        'config router static', 'edit 1000', 'set distance 254', 'set blackhole enable', 'set dstaddr "RFC1918"', 'next', 'end'].join('\n'),
    );
    expect(d.routes.map((r) => `${r.prefix}/${r.length} ${r.interface} ${r.distance}`)).toEqual(['10.0.0.0/8 Null0 254', '172.16.0.0/12 Null0 254']);
  });

  it('does not route in transparent mode', () => {
    expect(parseText(['config system settings', 'set opmode transparent', 'end'].join('\n')).device.ipRouting).toBe(false);
  });
});
