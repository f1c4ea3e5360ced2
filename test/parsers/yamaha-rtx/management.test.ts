import { describe, expect, it } from 'vitest';
import { filter, lineOf, parseFixture, parseText } from './helpers.js';

const FIXTURE = 'school-rtx.conf';
const SECRETS = ['Sch00lLogin!', 'Zz9yXw8V', 'Adm1nPass#', 'Qq7pLk2M', 'Center-PSK-2024', 'SchoolRO-77', 'TrapComm-88', 'Isp-Secret-1'];

describe('Yamaha RTX management', () => {
  const result = parseFixture(FIXTURE);
  const { device } = result;
  const mgmt = device.management;

  it('reads passwords and users as secrets', () => {
    expect(mgmt.users.map((u) => [u.name, u.password?.storage, u.password?.clearLength])).toEqual([
      ['(login password)', 'plaintext', 12],
      ['netadmin', 'plaintext', 10],
      ['auditor', 'hashed', undefined],
    ]);
    expect(mgmt.enable).toHaveLength(1);
    expect(mgmt.enable[0]).toMatchObject({ form: 'secret', password: { kind: 'enable-password', storage: 'hashed' } });
  });

  it('never lets a secret reach the output, in evidence or diagnostics', () => {
    const json = JSON.stringify(result);
    for (const secret of SECRETS) expect(json.includes(secret), secret).toBe(false);
    expect(mgmt.users[0]!.source.text).toBe('login password <redacted>');
    expect(device.vpn.preSharedKeys[0]!.source.text).toBe('  ipsec ike pre-shared-key 1 text <redacted>');
    const wrapped = parseText('pp auth username user1 Hidden-PW\nlogin user bob extra Hidden-2\n');
    expect(JSON.stringify(wrapped).includes('Hidden')).toBe(false);
  });

  it('reads daemon services with their defaults (telnetd on, sshd off, httpd on)', () => {
    const state = (name: string) => mgmt.services.find((s) => s.name === name);
    expect(state('telnet-server')).toMatchObject({ enabled: false, explicit: true });
    expect(state('ssh-server')).toMatchObject({ enabled: true, explicit: true, accessClass: 'sshd host' });
    expect(state('http-server')).toMatchObject({ enabled: true, explicit: false, accessClass: 'httpd host' });
    const bare = parseText('ip lan1 address 192.168.1.1/24\n').device.management.services;
    expect(bare.filter((s) => s.name.endsWith('-server')).map((s) => [s.name, s.enabled, s.explicit])).toEqual([
      ['telnet-server', true, false],
      ['ssh-server', false, false],
      ['http-server', true, false],
    ]);
  });

  it('turns daemon host lists into permit lists, resolving LAN names to their networks', () => {
    expect(filter(device, 'sshd host').rules.map((r) => r.match.src)).toEqual([
      [{ kind: 'prefix', address: '192.168.10.0', length: 24, family: 4 }],
      [{ kind: 'prefix', address: '172.16.30.0', length: 24, family: 4 }],
    ]);
    expect(filter(device, 'sshd host').semantics.defaultAction).toBe('deny');
    expect(filter(device, 'httpd host').rules).toHaveLength(1);
    const daemons = ['telnetd', 'sshd', 'httpd'];
    expect(device.otherFilterBindings.filter((b) => daemons.includes(b.purpose)).map((b) => b.purpose)).toEqual(['sshd', 'httpd']);
  });

  it('reads login timer into the console and remote session lines', () => {
    expect(mgmt.lines.map((l) => [l.kind, l.execTimeout, l.transportInput])).toEqual([
      ['console', 600, ['serial']],
      ['vty', 600, ['ssh']],
    ]);
    expect(parseText('login timer clear\n').device.management.lines.map((l) => l.execTimeout)).toEqual([0, 300]);
  });

  it('reads SNMP, syslog, NTP, time zone, IKE keys and other services', () => {
    expect(mgmt.snmp.communities.map((c) => [c.access, c.community.clearLength])).toEqual([['ro', 11]]);
    expect(mgmt.snmp.trapHosts.map((h) => h.address)).toEqual(['192.168.10.50']);
    expect(mgmt.logging.hosts.map((h) => h.address)).toEqual(['192.168.10.50']);
    expect(mgmt.ntp.servers.map((s) => s.address)).toEqual(['ntp.nict.jp']);
    expect(mgmt.ntp.servers[0]!.source.line).toBe(lineOf(FIXTURE, 'ntpdate'));
    expect(mgmt.ntp.timezone).toMatchObject({ name: '+09:00', offsetMinutes: 540 });
    expect(device.vpn.preSharedKeys.map((k) => [k.peer, k.key.kind, k.key.storage])).toEqual([['198.51.100.1', 'ike-psk', 'plaintext']]);
    const services = Object.fromEntries(mgmt.services.map((s) => [`${s.name}${s.interface ? `@${s.interface}` : ''}`, s.enabled]));
    expect(services).toMatchObject({ 'proxy-arp@lan1': false, 'ip-source-route': false, 'dhcp-server': true });
  });

  it('counts every line once: modelled, ignored or diagnosed', () => {
    const s = device.stats;
    expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
    const unrecognized = result.diagnostics.filter((d) => d.code === 'unrecognized');
    // Only one NAT line is left: recognised, not modelled yet.
    expect(unrecognized.map((d) => d.line)).toEqual([lineOf(FIXTURE, 'nat descriptor masquerade incoming')]);
    expect(unrecognized[0]!.reason).toContain('not modelled yet');
  });
});

describe('Yamaha RTX user attributes', () => {
  it('gives named users administrator rights from `user attribute`, their own line over `*`', () => {
    const { device, diagnostics } = parseText(
      'user attribute * administrator=off\nlogin user alice Pw-Alice-1\nlogin user bob Pw-Bob-1\nlogin user carol Pw-Carol-1\n' +
        'user attribute alice administrator=on connection=ssh login-timer=600\nuser attribute carol administrator=2\n',
    );
    expect(diagnostics).toEqual([]);
    expect(device.management.users.map((u) => [u.name, u.admin, u.privilege])).toEqual([
      ['alice', true, 'administrator=on'],
      ['bob', false, 'administrator=off'],
      ['carol', true, 'administrator=2'],
    ]);
  });

  it('records which access methods a user may log in by and from where (`connection=`, `host=`)', () => {
    const { device, diagnostics } = parseText(
      'user attribute * connection=serial,telnet,ssh,http host=any\nlogin user alice Pw-Alice-1\nlogin user bob Pw-Bob-1\nlogin user dave Pw-Dave-1\n' +
        'user attribute alice connection=ssh,sftp host=lan1\nuser attribute dave connection=off\n',
    );
    expect(diagnostics).toEqual([]);
    expect(device.management.users.map((u) => [u.name, u.access?.protocols, u.access?.from])).toEqual([
      ['alice', ['ssh'], ['lan1']],
      ['bob', ['serial', 'telnet', 'ssh', 'http'], undefined],
      ['dave', [], undefined],
    ]);
    // The evidence is the attribute line that says it (alice's own line, bob's from `*`).
    expect(device.management.users.map((u) => u.access?.source.line)).toEqual([5, 1, 6]);
  });
});
