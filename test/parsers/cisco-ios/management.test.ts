import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'management.cfg';
const result = parseFixture(FILE);
const { device } = result;
const m = device.management;

function services(): Record<string, [boolean, boolean, string | undefined]> {
  return Object.fromEntries(m.services.filter((s) => !s.interface).map((s) => [s.name, [s.enabled, s.explicit, s.accessClass]]));
}

describe('Cisco IOS management plane', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('terminal lines: transport, exec-timeout in seconds, login method, access classes, platform defaults', () => {
    const lines = Object.fromEntries(m.lines.map((l) => [l.name, l]));
    expect(lines['con 0']).toMatchObject({ kind: 'console', execTimeout: 330, login: 'aaa', execTimeoutDefault: 600 });
    expect(lines['con 0']!.transportDefault).toBeUndefined();
    expect(lines['aux 0']).toMatchObject({ kind: 'aux', transportInput: [] });
    expect(lines['vty 0 4']).toMatchObject({
      kind: 'vty',
      execTimeout: 0,
      login: 'local',
      transportInput: ['ssh', 'telnet'],
      transportDefault: ['telnet', 'ssh'],
      accessClass: { filter: '10', family: 'ipv4', direction: 'in' },
    });
    expect(lines['vty 5 15']).toMatchObject({ login: 'none', transportInput: ['telnet', 'ssh', 'rlogin', 'other'] });
    expect(lines['vty 5 15']!.accessClass).toBeUndefined();
    expect(lines['vty 16 31']).toMatchObject({ login: 'password', transportDefault: ['telnet', 'ssh'], execTimeoutDefault: 600 });
    expect(lines['vty 16 31']!.transportInput).toBeUndefined();
  });

  it('filters bound outside interfaces: NTP, HTTP server, IPv6 / outbound line classes', () => {
    expect(device.otherFilterBindings.map((b) => [b.purpose, b.filter, b.family, b.direction])).toEqual([
      ['ntp peer', '20', 'ipv4', 'in'],
      ['http-server', '10', 'ipv4', 'in'],
      ['line vty 0 4', 'V6MGMT', 'ipv6', 'in'],
      ['line vty 5 15', '11', 'ipv4', 'out'],
    ]);
  });

  it('SSH, login lockout and login logging', () => {
    expect(m.ssh).toMatchObject({ version: 2, authRetries: 3, timeoutSeconds: 60 });
    expect(m.loginLockout.map((l) => [l.mechanism, l.attempts, l.withinSeconds, l.blockSeconds])).toEqual([
      ['aaa local authentication attempts max-fail', 5, undefined, undefined],
      ['login block-for', 3, 60, 120],
    ]);
    expect(m.loginLogging).toMatchObject({ success: true, failure: true });
  });

  it('AAA: new-model, method lists, server blocks, legacy hosts with the global key', () => {
    expect(m.aaa.enabled).toBe(true);
    expect(m.aaa.methods.map((x) => [x.kind, x.service, x.list, x.methods])).toEqual([
      ['authentication', 'login', 'default', ['group radius', 'local']],
      ['authentication', 'dot1x', 'default', ['group radius']],
      ['authorization', 'exec', 'default', ['group tacacs+', 'local', 'if-authenticated']],
      ['accounting', 'exec', 'default', ['group tacacs+']],
    ]);
    expect(m.aaa.radiusServers.map((s) => [s.address, s.key?.storage, s.key?.clearLength])).toEqual([
      ['192.0.2.70', 'plaintext', 'RadiusBlockKeyFixture'.length],
      ['192.0.2.72', 'plaintext', 'RadiusGlobalKeyFixture'.length],
    ]);
    expect(m.aaa.tacacsServers.map((s) => [s.address, s.key?.storage])).toEqual([['192.0.2.71', 'reversible']]);
    expect(m.dot1xSystemAuthControl).toMatchObject({ enabled: true });
  });

  it('NTP with a trusted key, time zone, syslog hosts, trap level, timestamps', () => {
    expect(m.ntp.authenticate).toBe(true);
    expect(m.ntp.timezone).toMatchObject({ name: 'JST', offsetMinutes: 540 });
    expect(m.ntp.servers.map((s) => [s.address, s.vrf, s.key?.kind])).toEqual([
      ['192.0.2.80', undefined, 'ntp-key'],
      ['192.0.2.81', 'MGMT', undefined],
    ]);
    expect(m.logging.hosts.map((h) => [h.address, h.vrf])).toEqual([
      ['192.0.2.90', undefined],
      ['192.0.2.91', undefined],
      ['192.0.2.92', 'MGMT'],
    ]);
    expect(m.logging.trapLevel).toBe(4);
    expect(m.logging.timestamps).toBe(true);
    expect(parseText('clock timezone NST -3 30\n').device.management.ntp.timezone!.offsetMinutes).toBe(-210);
    expect(parseText('service timestamps log uptime\n').device.management.logging.timestamps).toBe(false);
  });

  it('SNMP communities, v3 groups and users, notification hosts; v1/v2c groups are ignored', () => {
    expect(m.snmp.communities.map((c) => [c.access, c.accessList])).toEqual([
      ['ro', '10'],
      ['rw', undefined],
    ]);
    expect(m.snmp.v3Groups.map((g) => [g.name, g.level])).toEqual([['ADMIN', 'priv']]);
    expect(m.snmp.v3Users.map((u) => [u.name, u.group, u.level, u.authProtocol, u.privProtocol])).toEqual([
      ['alice', 'ADMIN', 'priv', 'sha', 'aes-256'],
      ['bob', 'ADMIN', 'noauth', undefined, undefined],
    ]);
    expect(m.snmp.trapHosts.map((h) => [h.address, h.version])).toEqual([
      ['192.0.2.95', 'v3'],
      ['192.0.2.96', 'v1'],
    ]);
    expect(parseText('no snmp-server\n').device.management.snmp.enabled).toBe(false);
  });

  it('services: explicit settings, platform defaults (classic IOS), DHCP server from a pool, HTTP access class', () => {
    const s = services();
    expect(s).toMatchObject({
      'http-server': [true, true, '10'],
      'https-server': [true, true, '10'],
      'bootp-server': [false, true, undefined],
      cdp: [false, true, undefined],
      lldp: [true, true, undefined],
      'tcp-small-servers': [true, true, undefined],
      'smart-install': [true, true, undefined],
      pad: [false, true, undefined],
      'dhcp-server': [true, true, undefined],
      'domain-lookup': [true, false, undefined],
      'password-recovery': [true, false, undefined],
      'udp-small-servers': [false, false, undefined],
      'ip-source-route': [true, false, undefined],
    });
    const dhcp = m.services.find((x) => x.name === 'dhcp-server')!;
    expect(dhcp.source.line).toBe(lineOf(FILE, 'ip dhcp pool LAN'));
    const defaulted = m.services.find((x) => x.name === 'domain-lookup')!;
    expect(defaulted.source).toEqual(device.source);
    expect(device.source.text).toBe('hostname mgmt-rtr');
  });

  it('release-dependent defaults: IOS-XE 16+ does not get the classic PAD / BOOTP / source-route defaults', () => {
    const names = parseText('version 17.3\nhostname xe\n').device.management.services.map((s) => s.name);
    expect(names).toContain('cdp');
    expect(names).not.toContain('pad');
    expect(names).not.toContain('ip-source-route');
    const off = parseText('no service dhcp\nip dhcp pool X\n network 10.0.0.0 255.0.0.0\n').device.management.services;
    expect(off.find((x) => x.name === 'dhcp-server')).toMatchObject({ enabled: false, explicit: true });
  });
});
