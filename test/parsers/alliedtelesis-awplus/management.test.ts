import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-switch.cfg';

describe('AW+ management', () => {
  it('reads users: hashed, plaintext, privilege, and recognises the factory manager/friend hash', () => {
    const { users } = parseFixture(FILE).device.management;
    expect(users.map((u) => [u.name, u.privilege, u.admin, u.password?.storage])).toEqual([
      ['manager', '15', true, 'md5-crypt'],
      ['kyoiku-adm', '15', true, 'md5-crypt'],
      ['helpdesk', '1', false, 'plaintext'],
    ]);
    expect(users[0]!.password!.wellKnown).toBe(true);
    expect(users[1]!.password!.wellKnown).toBeUndefined();
    expect(users[2]!.password!.clearLength).toBe(12);
  });

  it('records explicit services and applies the AW+ defaults when a service is not mentioned', () => {
    const explicit = parseFixture(FILE).device.management.services;
    expect(explicit.filter((s) => ['telnet-server', 'ssh-server', 'http-server'].includes(s.name)).map((s) => [s.name, s.enabled, s.explicit])).toEqual([
      ['telnet-server', false, true],
      ['ssh-server', true, true],
      ['http-server', false, true],
    ]);
    const defaults = parseText('hostname sw\nline vty 0 4\n').device;
    expect(defaults.management.services.map((s) => [s.name, s.enabled, s.explicit])).toEqual([
      ['telnet-server', true, false],
      ['ssh-server', false, false],
      ['http-server', true, false],
    ]);
    expect(defaults.management.services[0]!.source.line).toBe(1);
    expect(defaults.management.lines[0]).toMatchObject({ kind: 'vty', transportDefault: ['telnet'], execTimeoutDefault: 600 });
    expect(defaults.management.lines[0]!.transportInput).toBeUndefined();
  });

  it('reads lines, SSH version, password encryption and policy', () => {
    const mgmt = parseFixture(FILE).device.management;
    expect(mgmt.lines.map((l) => [l.kind, l.name, l.execTimeout])).toEqual([
      ['console', 'con 0', 300],
      ['vty', 'vty 0 4', 600],
    ]);
    expect(mgmt.lines[1]!.transportDefault).toEqual(['ssh']);
    expect(mgmt.ssh.version).toBe(2);
    expect(mgmt.passwordEncryption?.enabled).toBe(true);
    expect(mgmt.passwordPolicy?.minLength).toBe(12);
    expect(mgmt.loginLockout).toMatchObject([{ attempts: 5, blockSeconds: 300, mechanism: 'aaa local authentication attempts' }]);
  });

  it('reads SNMP, NTP, syslog, time zone and banners', () => {
    const mgmt = parseFixture(FILE).device.management;
    expect(mgmt.snmp.enabled).toBe(true);
    expect(mgmt.snmp.communities).toMatchObject([{ access: 'ro', accessList: '10', community: { kind: 'snmp-community', storage: 'plaintext' } }]);
    expect(mgmt.snmp.trapHosts).toMatchObject([{ address: '10.10.99.20', version: 'v2c' }]);
    expect(mgmt.ntp.servers.map((s) => s.address)).toEqual(['10.10.99.1', '10.10.99.2']);
    expect(mgmt.ntp.timezone).toMatchObject({ name: 'JST', offsetMinutes: 540 });
    expect(mgmt.logging.hosts.map((h) => h.address)).toEqual(['10.10.99.30']);
    expect(mgmt.logging.trapLevel).toBe(6);
    expect(mgmt.banners).toMatchObject([{ kind: 'motd', text: 'Authorized staff only / 許可された職員以外の利用を禁止します' }]);
  });

  it('reads AAA method lists and RADIUS servers, with the global key for hosts without their own', () => {
    const { aaa } = parseFixture(FILE).device.management;
    expect(aaa.enabled).toBe(true);
    expect(aaa.methods.map((m) => [m.kind, m.service, m.list, m.methods])).toEqual([
      ['authentication', 'enable', 'default', ['local']],
      ['authentication', 'login', 'default', ['local']],
      ['authentication', 'dot1x', 'default', ['group', 'radius']],
    ]);
    expect(aaa.radiusServers.map((s) => [s.address, s.key?.kind, s.key?.clearLength])).toEqual([
      ['10.10.99.40', 'radius-key', 10],
      ['10.10.99.41', 'radius-key', 12],
    ]);
    expect(aaa.radiusServers[0]!.source.line).toBe(lineOf(FILE, 'radius-server host 10.10.99.40'));
  });

  it('reads encrypted server keys and SNMP hosts in the traps/version order', () => {
    const { device, diagnostics } = parseText('radius-server host 10.0.0.1 key 8 EncRadius1==\ntacacs-server host 10.0.0.2 key 8 EncTacacs1==\nsnmp-server host 10.0.0.9 traps version 2c TrapComm1\nsnmp-server host 10.0.0.8 informs version 3 priv nmsuser\n');
    expect(diagnostics).toEqual([]);
    expect(device.management.aaa.radiusServers[0]!.key).toMatchObject({ kind: 'radius-key', storage: 'encrypted' });
    expect(device.management.aaa.tacacsServers[0]!.key).toMatchObject({ kind: 'tacacs-key', storage: 'encrypted' });
    expect(device.management.snmp.trapHosts).toMatchObject([{ address: '10.0.0.9', version: 'v2c' }, { address: '10.0.0.8', version: 'v3' }]);
    expect(JSON.stringify(device)).not.toMatch(/EncRadius1|EncTacacs1|TrapComm1/);
  });

  it('reads SNMPv3 groups and users without keeping their keys', () => {
    const { device, diagnostics } = parseText('snmp-server group ADMIN v3 priv\nsnmp-server user nms ADMIN auth sha AuthPass1 priv aes PrivPass1\nsnmp-server user ro1 ADMIN\n');
    expect(diagnostics).toEqual([]);
    expect(device.management.snmp.v3Groups).toMatchObject([{ name: 'ADMIN', level: 'priv' }]);
    expect(device.management.snmp.v3Users).toMatchObject([{ name: 'nms', level: 'priv', authProtocol: 'sha', privProtocol: 'aes' }, { name: 'ro1', level: 'noauth' }]);
    expect(JSON.stringify(device)).not.toMatch(/AuthPass1|PrivPass1/);
  });

  it('reads the AW+ group syntax (no v3 keyword, views) and encrypted user keys', () => {
    const { device, diagnostics } = parseText('snmp-server group grp priv read v1 write v2\nsnmp-server user nms grp encrypted auth sha 0x6b1f2e8a priv aes 0x3e7a9c1b\n');
    expect(diagnostics).toEqual([]);
    expect(device.management.snmp.v3Groups).toMatchObject([{ name: 'grp', level: 'priv' }]);
    expect(device.management.snmp.v3Users).toMatchObject([{ name: 'nms', level: 'priv', authProtocol: 'sha', privProtocol: 'aes' }]);
    expect(device.management.snmp.v3Users[0]!.source.text).toBe('snmp-server user nms grp encrypted auth sha <redacted> priv aes <redacted>');
  });

  it('does not accept an SNMP user line with trailing words it cannot place', () => {
    const result = parseText('snmp-server user nms grp auth sha AuthPass2 priv aes PrivPass2 frobnicate\n');
    expect(result.device.stats.unrecognized).toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/AuthPass2|PrivPass2/);
  });
});
