import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture, parseText, SCHOOL } from './helpers.js';

describe('FortiGate management settings', () => {
  const { device } = parseFixture(SCHOOL);
  const mgmt = device.management;

  it('reads administrators, their profile, password storage and trusted hosts', () => {
    expect(mgmt.users.map((u) => [u.name, u.privilege, u.admin, u.password?.storage])).toEqual([
      ['admin', 'super_admin', true, 'hashed'],
      ['tanaka', 'prof_admin', false, undefined],
    ]);
    expect(device.filters.find((f) => f.name === 'admin tanaka trusthost')!.rules[0]!.match.src).toEqual([{ kind: 'prefix', address: '10.10.0.0', length: 24, family: 4 }]);
    expect(device.otherFilterBindings.map((b) => b.purpose)).toContain('admin tanaka');
    expect(mgmt.users[1]!.access).toMatchObject({ from: ['10.10.0.0/24'] });
  });

  it('reads admintimeout into the admin lines, lockout, banner, password policy and SSH version', () => {
    expect(mgmt.lines.map((l) => [l.kind, l.execTimeout, l.execTimeoutDefault, l.transportInput])).toEqual([
      ['console', 600, 300, ['serial']],
      ['vty', 600, 300, ['ssh', 'telnet']],
    ]);
    expect(mgmt.loginLockout).toMatchObject([{ attempts: 3, blockSeconds: 300, mechanism: 'admin-lockout-threshold' }]);
    expect(mgmt.banners).toMatchObject([{ kind: 'login', text: '許可された者以外の利用を禁止します。\nAuthorised use only.' }]);
    expect(mgmt.banners[0]!.source.line).toBe(lineOf(SCHOOL, 'set buffer'));
    expect(mgmt.passwordPolicy).toMatchObject({ minLength: 12 });
    expect(mgmt.ssh.version).toBe(2);
  });

  it('applies FortiOS defaults when global settings are absent: 5 min timeout, lockout after 3', () => {
    const { device: d } = parseText(['config system global', 'set hostname "bare"', 'end'].join('\n'));
    expect(d.management.lines[1]).toMatchObject({ execTimeoutDefault: 300 });
    expect(d.management.lines[1]!.execTimeout).toBeUndefined();
    expect(d.management.loginLockout).toMatchObject([{ attempts: 3, blockSeconds: 60 }]);
    expect(d.management.banners).toEqual([]);
    expect(d.management.logging.hosts).toEqual([]);
  });

  it('reads SNMP communities (as secrets, with their host list), v3 users, NTP, time zone and log targets', () => {
    expect(mgmt.snmp.communities).toMatchObject([{ access: 'ro', accessList: 'snmp community 1 hosts', community: { kind: 'snmp-community', storage: 'plaintext' } }]);
    expect(mgmt.snmp.communities[0]!.source.text).toBe('        set name <redacted>');
    expect(mgmt.snmp.v3Users).toMatchObject([{ name: 'monitor', level: 'auth', authProtocol: 'sha256' }]);
    expect(mgmt.ntp.servers.map((s) => s.address)).toEqual(['ntp.nict.jp']);
    expect(mgmt.ntp.timezone).toMatchObject({ name: 'Asia/Tokyo', offsetMinutes: 540 });
    expect(mgmt.logging.hosts.map((h) => h.address)).toEqual(['10.10.0.60', '10.10.0.61']);
    expect(mgmt.logging.timestamps).toBe(true);
  });

  it('records SSL VPN settings as facts', () => {
    expect(device.vpn.sslVpn).toMatchObject({ port: 10443, interfaces: ['wan1'], sourceAddresses: [], tunnelPools: ['SSLVPN_TUNNEL_ADDR1'] });
  });

  it('counts FortiGuard NTP as one server when type is fortiguard (the default)', () => {
    const { device: d } = parseText(['config system ntp', 'set ntpsync enable', 'end'].join('\n'));
    expect(d.management.ntp.servers.map((s) => s.address)).toEqual(['FortiGuard NTP']);
  });

  it('treats a remote-auth administrator as an AAA login, not a local account without password', () => {
    const { device: d } = parseText(['config system admin', 'edit "radius-admins"', 'set remote-auth enable', 'set accprofile "super_admin"', 'set wildcard enable', 'set remote-group "RADIUS-ADM"', 'next', 'end'].join('\n'));
    expect(d.management.users).toEqual([]);
    expect(d.management.aaa).toMatchObject({ enabled: true, methods: [{ kind: 'authentication', service: 'login', methods: ['remote-group RADIUS-ADM', 'radius/ldap/tacacs+'] }] });
  });
});
