import { describe, expect, it } from 'vitest';
import { buildZoneIndex, NO_ZONES } from '../../src/analysis/zone-binding.js';
import { readZonesCsv } from '../../src/inventory/zones-csv.js';
import { newDevice } from '../../src/model/index.js';
import type { Device, Interface, Zone, ZoneClass, ZoneSelector } from '../../src/model/index.js';

function iface(name: string, fields: Partial<Interface> = {}): Interface {
  return { name, kind: 'physical', shutdown: false, addresses: [], filters: [], source: { file: 'x.cfg', line: 1, text: `interface ${name}` }, ...fields };
}

function device(hostname: string, interfaces: Interface[]): Device {
  const d = newDevice('cisco-ios', `${hostname}.cfg`);
  d.hostname = hostname;
  d.interfaces = interfaces;
  return d;
}

function zone(name: string, zoneClass: ZoneClass, ...selectors: ZoneSelector[]): Zone {
  return { name, class: zoneClass, bindings: selectors.map((selector, i) => ({ selector, source: { file: 'zones.csv', line: i + 2, text: '' } })) };
}

const v4 = (cidr: string): ZoneSelector => {
  const [address, length] = cidr.split('/');
  return { kind: 'cidr', address: address!, prefixLength: Number(length), family: 4 };
};

const names = (assignments: { zone: string }[]): string[] => assignments.map((a) => a.zone);

describe('NO_ZONES', () => {
  it('is unavailable and answers every lookup with nothing', () => {
    const sw = device('sw1', [iface('Vlan10', { kind: 'vlan' })]);
    expect(NO_ZONES.available).toBe(false);
    expect(NO_ZONES.zones).toEqual([]);
    expect(NO_ZONES.ofInterface(sw, sw.interfaces[0]!)).toEqual([]);
    expect(NO_ZONES.ofVlan(sw, 10)).toEqual([]);
    expect(NO_ZONES.ofSsid('GIGA')).toEqual([]);
    expect(NO_ZONES.ofAddress('10.0.0.1')).toBeUndefined();
  });
});

describe('buildZoneIndex: ofInterface', () => {
  it('matches device+interface rows by hostname (any case) and abbreviated names, both ways', () => {
    const gi = iface('GigabitEthernet0/1');
    const vl = iface('Vl10', { kind: 'vlan' });
    const other = iface('GigabitEthernet0/10');
    const sw = device('Core-SW1', [gi, vl, other]);
    const index = buildZoneIndex(
      [
        zone('staff', 'koumu-internal', { kind: 'interface', device: 'core-sw1', interface: 'Gi0/1' }),
        zone('mgmt', 'management', { kind: 'interface', device: 'CORE-SW1', interface: 'Vlan10' }),
        zone('elsewhere', 'learning', { kind: 'interface', device: 'sw2', interface: 'GigabitEthernet0/1' }),
      ],
      [sw],
    );
    expect(index.available).toBe(true);
    expect(names(index.ofInterface(sw, gi))).toEqual(['staff']);
    expect(names(index.ofInterface(sw, vl))).toEqual(['mgmt']);
    expect(index.ofInterface(sw, other)).toEqual([]);
    const [assignment] = index.ofInterface(sw, gi);
    expect(assignment).toMatchObject({ zone: 'staff', class: 'koumu-internal', binding: { selector: { kind: 'interface', interface: 'Gi0/1' } } });
  });

  it('prefers an exact interface name over abbreviations that fit several interfaces', () => {
    const two = iface('TwoGigabitEthernet1/0/1');
    const tw = iface('Tw1/0/1');
    const sw = device('sw1', [two, tw]);
    const index = buildZoneIndex([zone('a', 'learning', { kind: 'interface', device: 'sw1', interface: 'Tw1/0/1' })], [sw]);
    expect(names(index.ofInterface(sw, tw))).toEqual(['a']);
    expect(index.ofInterface(sw, two)).toEqual([]);
  });

  it('finds the VLAN of an SVI, a sub-interface and an access port, but not of a trunk', () => {
    const svi = iface('Vlan20', { kind: 'vlan' });
    const sub = iface('GigabitEthernet0/0.20', { kind: 'subinterface', encapsulationVlan: 20 });
    const access = iface('GigabitEthernet0/2', { switchport: { mode: 'access', accessVlan: 20, source: { file: 'x', line: 1, text: '' } } });
    const defaultMode = iface('GigabitEthernet0/3', { switchport: { accessVlan: 20, source: { file: 'x', line: 1, text: '' } } });
    const trunk = iface('GigabitEthernet0/4', { switchport: { mode: 'trunk', accessVlan: 20, trunkAllowed: [20, 30], source: { file: 'x', line: 1, text: '' } } });
    const phone = iface('GigabitEthernet0/5', { switchport: { mode: 'access', accessVlan: 30, voiceVlan: 20, source: { file: 'x', line: 1, text: '' } } });
    const sw = device('sw1', [svi, sub, access, defaultMode, trunk, phone]);
    const index = buildZoneIndex([zone('learn', 'learning', { kind: 'vlan', vlan: 20 }), zone('guest', 'guest', { kind: 'vlan', vlan: 30 })], [sw]);
    expect(names(index.ofInterface(sw, svi))).toEqual(['learn']);
    expect(names(index.ofInterface(sw, sub))).toEqual(['learn']);
    expect(names(index.ofInterface(sw, access))).toEqual(['learn']);
    expect(names(index.ofInterface(sw, defaultMode))).toEqual(['learn']);
    expect(index.ofInterface(sw, trunk)).toEqual([]);
    expect(names(index.ofInterface(sw, phone))).toEqual(['guest', 'learn']);
  });

  it('lets a device-specific VLAN row replace the global meaning of that VLAN on that device', () => {
    const a = iface('Vlan10', { kind: 'vlan' });
    const b = iface('Vlan10', { kind: 'vlan' });
    const siteA = device('school-a-sw', [a]);
    const siteB = device('school-b-sw', [b]);
    const index = buildZoneIndex(
      [zone('learn', 'learning', { kind: 'vlan', vlan: 10 }), zone('staff-b', 'koumu-internal', { kind: 'vlan', vlan: 10, device: 'School-B-SW' })],
      [siteA, siteB],
    );
    expect(names(index.ofInterface(siteA, a))).toEqual(['learn']);
    expect(names(index.ofInterface(siteB, b))).toEqual(['staff-b']);
    expect(names(index.ofVlan(siteA, 10))).toEqual(['learn']);
    expect(names(index.ofVlan(siteB, 10))).toEqual(['staff-b']);
    expect(index.ofVlan(siteB, 11)).toEqual([]);
  });

  it('matches CIDR rows whose prefix overlaps an interface subnet, either way round', () => {
    const inBig = iface('Vlan30', { kind: 'vlan', addresses: [{ address: '10.30.1.1', prefixLength: 24, family: 4 }] });
    const holdsSmall = iface('Vlan40', { kind: 'vlan', addresses: [{ address: '10.40.0.1', prefixLength: 16, family: 4 }] });
    const unrelated = iface('Vlan50', { kind: 'vlan', addresses: [{ address: '192.168.50.1', prefixLength: 24, family: 4 }] });
    const v6 = iface('Vlan60', { kind: 'vlan', addresses: [{ address: '2001:db8:60::1', prefixLength: 64, family: 6 }] });
    const rtr = device('rtr1', [inBig, holdsSmall, unrelated, v6]);
    const index = buildZoneIndex(
      [
        zone('school', 'learning', v4('10.0.0.0/8')),
        zone('staff', 'koumu-internal', v4('10.30.0.0/16')),
        zone('printers', 'koumu-internal', v4('10.40.7.0/24')),
        zone('v6', 'management', { kind: 'cidr', address: '2001:db8::', prefixLength: 32, family: 6 }),
      ],
      [rtr],
    );
    // Most specific containing zone first.
    expect(names(index.ofInterface(rtr, inBig))).toEqual(['staff', 'school']);
    // Containing zones first, then zones inside the interface's subnet.
    expect(names(index.ofInterface(rtr, holdsSmall))).toEqual(['school', 'printers']);
    expect(index.ofInterface(rtr, unrelated)).toEqual([]);
    expect(names(index.ofInterface(rtr, v6))).toEqual(['v6']);
  });

  it('orders interface rows before VLAN before CIDR and lists each zone once', () => {
    const svi = iface('Vlan10', { kind: 'vlan', addresses: [{ address: '10.10.0.1', prefixLength: 24, family: 4 }] });
    const sw = device('sw1', [svi]);
    const index = buildZoneIndex(
      [
        zone('by-cidr', 'learning', v4('10.10.0.0/16')),
        zone('by-vlan', 'guest', { kind: 'vlan', vlan: 10 }, v4('10.10.0.0/24')),
        zone('by-interface', 'management', { kind: 'interface', device: 'sw1', interface: 'Vl10' }),
      ],
      [sw],
    );
    const found = index.ofInterface(sw, svi);
    expect(names(found)).toEqual(['by-interface', 'by-vlan', 'by-cidr']);
    expect(found[1]!.binding.selector.kind).toBe('vlan');
  });

  it('answers for devices and interfaces it was not built with', () => {
    const index = buildZoneIndex([zone('staff', 'koumu-internal', { kind: 'interface', device: 'late', interface: 'Gi0/1' }, { kind: 'vlan', vlan: 5 })], []);
    const gi = iface('GigabitEthernet0/1');
    const late = device('late', [gi]);
    expect(names(index.ofInterface(late, gi))).toEqual(['staff']);
    const loose = iface('Gi0/1', { switchport: { accessVlan: 5, source: { file: 'x', line: 1, text: '' } } });
    expect(names(index.ofInterface(late, loose))).toEqual(['staff']);
  });

  it('gives callers their own array', () => {
    const svi = iface('Vlan10', { kind: 'vlan' });
    const sw = device('sw1', [svi]);
    const index = buildZoneIndex([zone('a', 'learning', { kind: 'vlan', vlan: 10 })], [sw]);
    index.ofInterface(sw, svi).pop();
    expect(names(index.ofInterface(sw, svi))).toEqual(['a']);
  });
});

describe('buildZoneIndex: ofSsid and ofAddress', () => {
  const zones = [
    zone('school', 'learning', v4('10.0.0.0/8'), { kind: 'ssid', ssid: 'GIGA' }),
    zone('staff', 'koumu-internal', v4('10.30.0.0/16')),
    zone('server', 'koumu-internal', v4('10.30.5.10/32')),
    zone('internet', 'internet', v4('0.0.0.0/0')),
    zone('v6', 'management', { kind: 'cidr', address: '2001:db8::', prefixLength: 32, family: 6 }),
    zone('guest', 'guest', { kind: 'ssid', ssid: 'giga' }),
  ];
  const index = buildZoneIndex(zones, []);

  it('matches SSIDs case-sensitively', () => {
    expect(names(index.ofSsid('GIGA'))).toEqual(['school']);
    expect(names(index.ofSsid('giga'))).toEqual(['guest']);
    expect(index.ofSsid('Giga')).toEqual([]);
  });

  it('finds the longest zone prefix containing an address', () => {
    expect(index.ofAddress('10.30.5.10')?.zone).toBe('server');
    expect(index.ofAddress('10.30.5.11')?.zone).toBe('staff');
    expect(index.ofAddress('10.1.1.1')?.zone).toBe('school');
    expect(index.ofAddress('203.0.113.1')?.zone).toBe('internet');
    expect(index.ofAddress('2001:db8::5')?.zone).toBe('v6');
    expect(index.ofAddress('2001:db9::5')).toBeUndefined();
    expect(index.ofAddress('not an address')).toBeUndefined();
  });
});

describe('buildZoneIndex with zones.csv', () => {
  it('binds the rows of a zones.csv to hand-built devices', () => {
    const csv = [
      'ゾーン,種別,アドレス,vlan,機器,インタフェース,ssid',
      '職員室,校務系,10.10.0.0/16,,,,',
      '学習,学習系,,20,,,',
      '管理,管理,,,rtr1,Gi0/0,',
    ].join('\n');
    const { zones, diagnostics } = readZonesCsv(Buffer.from(csv), 'zones.csv');
    expect(diagnostics).toEqual([]);
    const wan = iface('GigabitEthernet0/0', { addresses: [{ address: '10.10.0.1', prefixLength: 30, family: 4 }] });
    const learn = iface('GigabitEthernet0/1.20', { kind: 'subinterface', encapsulationVlan: 20, addresses: [{ address: '10.20.0.1', prefixLength: 24, family: 4 }] });
    const rtr = device('rtr1', [wan, learn]);
    const index = buildZoneIndex(zones, [rtr]);
    expect(index.ofInterface(rtr, wan).map((a) => [a.zone, a.class, a.binding.source.line])).toEqual([
      ['管理', 'management', 4],
      ['職員室', 'koumu-internal', 2],
    ]);
    expect(index.ofInterface(rtr, learn).map((a) => [a.zone, a.class])).toEqual([['学習', 'learning']]);
  });
});
