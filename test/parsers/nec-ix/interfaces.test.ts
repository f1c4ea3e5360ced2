import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-router.conf';

describe('NEC IX interfaces', () => {
  const result = parseFixture(FILE);
  const { device } = result;

  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
    expect(device.hostname).toBe('sakura-es-rt01');
    expect(device.vendor).toBe('nec-ix');
    expect(device.ipRouting).toBe(true);
  });

  it('reads both address forms, sub-interfaces with their VLAN and parent, and IPv6 addresses', () => {
    expect(iface(device, 'GigaEthernet1.0')).toMatchObject({
      kind: 'physical',
      description: 'koumu',
      addresses: [
        { address: '10.10.10.1', prefixLength: 24, family: 4 },
        { address: '2001:db8:10::1', prefixLength: 64, family: 6 },
      ],
    });
    expect(iface(device, 'GigaEthernet2.20')).toMatchObject({ kind: 'subinterface', parent: 'GigaEthernet2.0', encapsulationVlan: 20, addresses: [{ address: '10.30.0.1', prefixLength: 16 }] });
    expect(iface(device, 'Loopback0.0')).toMatchObject({ kind: 'loopback', shutdown: false });
    expect(iface(device, 'Tunnel0.0')).toMatchObject({ kind: 'tunnel', unnumbered: 'GigaEthernet1.0' });
  });

  it('applies the IX default: ports and tunnels are shut down until `no shutdown`, loopbacks are not', () => {
    expect(iface(device, 'GigaEthernet2.30').shutdown).toBe(true);
    expect(iface(device, 'GigaEthernet2.20').shutdown).toBe(false);
    expect(iface(device, 'Loopback0.0').shutdown).toBe(false);
    const { device: bare } = parseText('interface Tunnel5.0\n  tunnel mode ipsec\ninterface GigaEthernet3.0\n  shutdown\n');
    expect(iface(bare, 'Tunnel5.0').shutdown).toBe(true);
    expect(iface(bare, 'GigaEthernet3.0').shutdown).toBe(true);
  });

  it('marks PPPoE and DHCP interfaces as dynamically addressed', () => {
    expect(iface(device, 'GigaEthernet0.1').dynamicAddress).toBe('pppoe');
    const { device: dhcp } = parseText('interface GigaEthernet0.0\n  ip address dhcp receive-default\n  no shutdown\n');
    expect(iface(dhcp, 'GigaEthernet0.0').dynamicAddress).toBe('dhcp');
  });

  it('gives the IPsec tunnel its far end from the autokey-map peer, for the topology', () => {
    expect(iface(device, 'Tunnel0.0').tunnel).toMatchObject({ mode: 'ipsec', destination: '203.0.113.1' });
  });

  it('reads static routes in prefix and mask form, to an interface or a next hop', () => {
    expect(device.routes.map((r) => [r.prefix, r.length, r.nextHop ?? r.interface, r.distance])).toEqual([
      ['0.0.0.0', 0, 'GigaEthernet0.1', undefined],
      ['10.30.0.0', 16, '10.10.0.254', undefined],
      ['172.16.0.0', 16, 'Tunnel0.0', 200],
    ]);
    expect(device.routes[1]!.source.line).toBe(lineOf(FILE, 'ip route 10.30.0.0/16'));
  });

  it('reads IX2000-series names (slot/port), `exit` lines and a tunnel policy without direction', () => {
    const result = parseText(
      'interface FastEthernet0/1.10\n  encapsulation dot1q 10\n  ip address 10.1.0.1/24\n  ip dhcp binding lan1\n  no shutdown\n  exit\n' +
        'ipsec autokey-map m sel peer 192.0.2.9 p\ninterface Tunnel0.0\n  tunnel mode ipsec\n  ipsec policy tunnel m\n  no shutdown\n  exit\n',
    );
    expectFullyUnderstood(result);
    expect(iface(result.device, 'FastEthernet0/1.10')).toMatchObject({ kind: 'subinterface', parent: 'FastEthernet0/1.0', encapsulationVlan: 10 });
    expect(result.device.vpn.tunnels[0]!.interfaces).toEqual(['Tunnel0.0']);
  });

  it('records bridge groups and refuses a non-contiguous mask', () => {
    const { device: bridged, diagnostics } = parseText('interface GigaEthernet2.0\n  bridge-group 1\n  ip address 10.0.0.1 255.0.255.0\n');
    expect(iface(bridged, 'GigaEthernet2.0').bridgeGroup).toBe(1);
    expect(iface(bridged, 'GigaEthernet2.0').addresses).toEqual([]);
    expect(diagnostics.map((d) => d.line)).toEqual([3]);
  });
});
