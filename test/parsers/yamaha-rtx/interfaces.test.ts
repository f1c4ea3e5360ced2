import { describe, expect, it } from 'vitest';
import { iface, lineOf, parseFixture, parseText } from './helpers.js';

const FIXTURE = 'school-rtx.conf';

describe('Yamaha RTX interfaces and contexts', () => {
  const { device } = parseFixture(FIXTURE);

  it('reads LAN addresses, descriptions and tagged VLAN sub-interfaces', () => {
    const lan1 = iface(device, 'lan1');
    expect(lan1.kind).toBe('physical');
    expect(lan1.addresses).toEqual([{ address: '192.168.10.1', prefixLength: 24, family: 4 }]);
    expect(lan1.description).toBe('校務系 LAN');
    const learning = iface(device, 'lan1/1');
    expect(learning).toMatchObject({ kind: 'subinterface', parent: 'lan1', encapsulationVlan: 20 });
    expect(learning.addresses[0]).toMatchObject({ address: '172.16.20.1', prefixLength: 24 });
    expect(device.vlans.map((v) => [v.id, v.name])).toEqual([[20, 'gakushu'], [30, 'guest']]);
  });

  it('applies `ip pp …` and `ip tunnel …` to the selected pp / tunnel, whatever the indentation', () => {
    const pp1 = iface(device, 'pp1');
    expect(pp1.addresses[0]).toMatchObject({ address: '203.0.113.10', prefixLength: 32 });
    expect(pp1.shutdown).toBe(false);
    const tunnel1 = iface(device, 'tunnel1');
    expect(tunnel1).toMatchObject({ kind: 'tunnel', description: 'センター接続', shutdown: false });
    expect(tunnel1.filters.map((b) => b.filter)).toEqual(['tunnel1 in']);

    const flat = parseText('pp select 2\nip pp address 198.51.100.2/30\ntunnel select 3\nip tunnel secure filter in 1\nip filter 1 pass * *\n');
    expect(iface(flat.device, 'pp2').addresses[0]?.address).toBe('198.51.100.2');
    expect(iface(flat.device, 'tunnel3').filters).toHaveLength(1);
  });

  it('keeps pp and tunnel interfaces shut down until `pp enable` / `tunnel enable`', () => {
    const { device: d } = parseText('tunnel select 4\ntunnel select none\npp select 3\npp select none\npp enable 3\n');
    expect(iface(d, 'tunnel4').shutdown).toBe(true);
    expect(iface(d, 'pp3').shutdown).toBe(false);
  });

  it('reports `ip pp …` outside a pp select instead of guessing', () => {
    const { device: d, diagnostics } = parseText('pp select none\nip pp address 192.0.2.1/30\n');
    expect(d.interfaces).toEqual([]);
    expect(diagnostics.map((x) => [x.line, x.code])).toEqual([[2, 'unrecognized']]);
  });

  it('reads the encapsulation and endpoints of the selected tunnel', () => {
    const { device: d, diagnostics } = parseText('tunnel select 1\ntunnel encapsulation l2tpv3\ntunnel endpoint address 192.0.2.1 198.51.100.9\ntunnel select 2\ntunnel endpoint address 2001:db8::1\n');
    expect(diagnostics).toEqual([]);
    expect(iface(d, 'tunnel1').tunnel).toMatchObject({ mode: 'l2tpv3', source: '192.0.2.1', destination: '198.51.100.9' });
    expect(iface(d, 'tunnel2').tunnel).toMatchObject({ destination: '2001:db8::1' });
    expect(parseText('tunnel encapsulation ipsec\n').diagnostics).toHaveLength(1);
  });

  it('turns `ip route` into one route per gateway', () => {
    const routes = device.routes.map((r) => [r.prefix, r.length, r.nextHop ?? r.interface]);
    expect(routes).toEqual([
      ['0.0.0.0', 0, 'pp1'],
      ['10.10.0.0', 16, 'tunnel1'],
      ['10.20.0.0', 16, '192.168.10.254'],
    ]);
    expect(device.routes[0]!.source.line).toBe(lineOf(FIXTURE, 'ip route default gateway pp 1'));
    const { device: d } = parseText('ip route default gateway pp 1 filter 10 gateway tunnel 1\nip route 10.0.0.1 gateway dhcp lan2\n');
    expect(d.routes.map((r) => [r.prefix, r.length, r.interface])).toEqual([
      ['0.0.0.0', 0, 'pp1'],
      ['0.0.0.0', 0, 'tunnel1'],
      ['10.0.0.1', 32, 'lan2'],
    ]);
  });
});
