import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'school-router.conf';

describe('NEC IX management', () => {
  const { device } = parseFixture(FILE);
  const mgmt = device.management;

  it('reads users with their storage form and rights', () => {
    expect(mgmt.users.map((u) => [u.name, u.admin, u.password?.storage, u.source.line])).toEqual([
      ['sakura-adm', true, 'hashed', lineOf(FILE, 'username sakura-adm')],
      ['viewer', false, 'plaintext', lineOf(FILE, 'username viewer')],
    ]);
    // `plain 1 PW`: the optional number is not the password.
    expect(mgmt.users[1]!.password!.clearLength).toBe('Viewer-Pass-2026'.length);
    const { device: d } = parseText('username admin password plain 1234 administrator\n');
    expect(d.management.users[0]).toMatchObject({ name: 'admin', admin: true, password: { clearLength: 4 } });
  });

  it('servers: explicit ones with their access list, the others off by default', () => {
    const byName = Object.fromEntries(mgmt.services.map((s) => [s.name, s]));
    expect(byName['ssh-server']).toMatchObject({ enabled: true, explicit: true, accessClass: 'mgmt-src' });
    expect(byName['telnet-server']).toMatchObject({ enabled: true, explicit: true });
    expect(byName['http-server']).toMatchObject({ enabled: false, explicit: false });
    expect(mgmt.lines.find((l) => l.kind === 'vty')).toMatchObject({ transportInput: ['telnet', 'ssh'], execTimeout: 600 });
  });

  it('reads the model and version from the export header', () => {
    expect(device.os).toMatchObject({ name: 'NEC UNIVERGE IX2215', version: '10.7.18', source: { line: 2 } });
  });

  it('time, logging and SNMP', () => {
    expect(mgmt.ntp.timezone).toMatchObject({ name: '+09:00', offsetMinutes: 540 });
    expect(mgmt.ntp.servers.map((s) => s.address)).toEqual(['192.0.2.123', '192.0.2.124']);
    expect(mgmt.logging.hosts.map((h) => h.address)).toEqual(['10.20.0.50']);
    expect(mgmt.logging.timestamps).toBe(true);
    expect(mgmt.snmp.enabled).toBe(true);
    expect(mgmt.snmp.communities).toEqual([expect.objectContaining({ access: 'ro', accessList: 'mgmt-src' })]);
    expect(mgmt.snmp.trapHosts).toEqual([expect.objectContaining({ address: '10.20.0.50', version: 'v2c' })]);
    expect(mgmt.services.find((s) => s.name === 'proxy-arp')).toMatchObject({ enabled: true, interface: 'GigaEthernet2.20' });
  });

  it('syslog hosts and NTP servers count only while the function is enabled; SNMP without enable is off', () => {
    const { device: d } = parseText('syslog ip host 10.0.0.1\nntp server 10.0.0.2\nsnmp-agent ip community Some-Community\n');
    expect(d.management.logging.hosts).toEqual([]);
    expect(d.management.ntp.servers).toEqual([]);
    expect(d.management.snmp.enabled).toBe(false);
    expect(d.management.snmp.communities).toHaveLength(1);
  });

  it('sessions log in with the local accounts only when there are any', () => {
    expect(mgmt.lines.map((l) => l.login)).toEqual(['local', 'local']);
    const { device: d } = parseText('ssh-server ip enable\n');
    expect(d.management.lines.map((l) => l.login)).toEqual([undefined, undefined]);
  });

  it('no secret of the fixture reaches the model or the diagnostics; the evidence shows <redacted>', () => {
    const secrets = ['3B1F0C8A9E2D7F64', 'Viewer-Pass-2026', 'Sakura-Ro-Community', 'Sakura-Trap-Community', 'Ike-Secret-Key-9', 'Ppp-Secret-77'];
    const result = parseFixture(FILE);
    const json = JSON.stringify(result);
    for (const secret of secrets) expect(json.includes(secret), secret).toBe(false);
    expect(mgmt.users[0]!.source.text).toBe('username sakura-adm password hash <redacted> administrator');
    expect(device.vpn.preSharedKeys[0]!.source.text).toContain('key <redacted> mode aggressive');
    const broken = parseText('snmp-agent ip host 10.0.0.1 Hidden-Community version 9 extra\nikev2 authentication psk id keyid X key char Hidden-Psk extra\nusername u password plain Hidden-Pass extra words\n');
    const text = JSON.stringify(broken);
    for (const secret of ['Hidden-Community', 'Hidden-Psk', 'Hidden-Pass']) expect(text.includes(secret), secret).toBe(false);
    expect(broken.diagnostics).toHaveLength(3);
  });
});
