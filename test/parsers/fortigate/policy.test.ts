import { describe, expect, it } from 'vitest';
import type { SecurityPolicyRule } from '../../../src/model/index.js';
import { lineOf, parseFixture, parseText, SCHOOL } from './helpers.js';

function rulesOf(id: string, rules: SecurityPolicyRule[]): SecurityPolicyRule[] {
  return rules.filter((r) => r.id === id);
}

describe('FortiGate objects and firewall policy', () => {
  const { device, diagnostics } = parseFixture(SCHOOL);
  const policy = device.securityPolicy!;

  it('keeps policies in config order (not by id), with implicit deny and state', () => {
    expect([...new Set(policy.rules.map((r) => r.id))]).toEqual(['20', '10', '30', '40', '50']);
    expect(policy).toMatchObject({ defaultAction: 'deny', stateful: true });
    expect(policy.rules[0]!.source.line).toBe(lineOf(SCHOOL, 'edit 20'));
  });

  it('reads action (default deny), status, logtraffic (default utm), nat, users, schedule', () => {
    const [print] = rulesOf('20', policy.rules);
    expect(print).toMatchObject({ action: 'permit', name: 'gakushu-print', from: ['gakushu'], to: ['koumu'], logTraffic: 'all', schedule: 'always' });
    expect(rulesOf('10', policy.rules)[0]).toMatchObject({ action: 'deny', logTraffic: 'security-events' });
    expect(rulesOf('30', policy.rules)[0]).toMatchObject({ from: ['LAN'], to: ['wan1'], nat: true, users: ['teachers'] });
    expect(rulesOf('40', policy.rules)[0]).toMatchObject({ disabled: true, from: 'any', to: 'any' });
    expect(rulesOf('50', policy.rules)[0]).toMatchObject({ logTraffic: 'none' });
  });

  it('expands addresses, groups and services into matches', () => {
    expect(rulesOf('20', policy.rules).map((r) => r.match)).toEqual([
      { protocol: 6, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'range', first: '10.10.10.30', last: '10.10.10.39', family: 4 }], dstPorts: [{ from: 9100, to: 9100 }] },
    ]);
    expect(rulesOf('10', policy.rules).map((r) => r.match)).toEqual([
      { protocol: undefined, src: [{ kind: 'any', family: 4 }], dst: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }] },
    ]);
    // HTTP and HTTPS are factory services the fixture does not define: one rule per service entry.
    expect(rulesOf('50', policy.rules).map((r) => [r.match.protocol, r.match.dstPorts])).toEqual([
      [6, [{ from: 80, to: 80 }]],
      [6, [{ from: 443, to: 443 }]],
    ]);
  });

  it('negates an address list into the exact complement ranges', () => {
    expect(rulesOf('50', policy.rules)[0]!.match.dst).toEqual([
      { kind: 'range', first: '0.0.0.0', last: '10.10.9.255', family: 4 },
      { kind: 'range', first: '10.10.11.0', last: '255.255.255.255', family: 4 },
    ]);
  });

  it('reads service port ranges with source ports, ICMP type/code and groups', () => {
    const byName = new Map(device.serviceObjects.map((s) => [s.name, s]));
    expect(byName.get('weird-src')!.members).toEqual([
      { protocol: 6, dstPorts: [{ from: 80, to: 90 }], srcPorts: [{ from: 1024, to: 65535 }] },
      { protocol: 17, dstPorts: [{ from: 53, to: 53 }] },
    ]);
    expect(byName.get('echo-reply')!.members).toEqual([{ protocol: 1, icmp: [{ type: 0, code: 0 }] }]);
    expect(byName.get('web-and-print')!).toMatchObject({ members: [{ protocol: 6, dstPorts: [{ from: 9100, to: 9100 }] }], groups: ['HTTPS'] });
  });

  it('keeps FQDN addresses unresolved under their name and MAC addresses as MAC matches', () => {
    const byName = new Map(device.addressObjects.map((a) => [a.name, a]));
    expect(byName.get('update-site')!.members).toEqual([{ kind: 'unresolved', name: 'update-site' }]);
    expect(byName.get('all')!.members).toEqual([{ kind: 'any', family: 4 }]);
    const { device: d } = parseText(
      ['config firewall address', 'edit "pc"', 'set type mac', 'set macaddr 00:11:22:33:44:55', 'next', 'end', 'config firewall policy', 'edit 1', 'set srcintf "a"', 'set dstintf "b"', 'set srcaddr "pc"', 'set dstaddr "all"', 'set action accept', 'set service "ALL"', 'next', 'end'].join('\n'),
    );
    expect(d.securityPolicy!.rules[0]!.match).toMatchObject({ src: [{ kind: 'any', family: 4 }], srcMac: [{ mac: '00:11:22:33:44:55' }] });
  });

  it('records UTM profiles and whether SSL inspection decrypts', () => {
    expect(rulesOf('30', policy.rules)[0]!.profiles).toEqual({ antivirus: 'default', webFilter: 'school-web', sslInspection: 'deep-inspection', sslInspectionDeep: true });
    const { device: d } = parseText(
      ['config firewall ssl-ssh-profile', 'edit "mine"', 'config https', 'set ports 443', 'set status certificate-inspection', 'end', 'next', 'end', 'config firewall policy', 'edit 1', 'set srcintf "a"', 'set dstintf "b"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action accept', 'set service "ALL"', 'set ssl-ssh-profile "mine"', 'next', 'edit 2', 'set srcintf "a"', 'set dstintf "b"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action accept', 'set service "ALL"', 'set profile-type group', 'set profile-group "school"', 'next', 'end'].join('\n'),
    );
    expect(d.securityPolicy!.rules.map((r) => r.profiles)).toEqual([{ sslInspection: 'mine', sslInspectionDeep: false }, { group: 'school' }]);
  });

  it('widens an accept policy with a negated service to every service, with a diagnostic', () => {
    const { device: d, diagnostics: diags } = parseText(
      ['config firewall policy', 'edit 1', 'set srcintf "a"', 'set dstintf "b"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action accept', 'set service "HTTP"', 'set service-negate enable', 'next', 'end'].join('\n'),
    );
    expect(d.securityPolicy!.rules.map((r) => r.match.protocol)).toEqual([undefined]);
    expect(diags.map((x) => x.line)).toEqual([9]);
  });

  it('reports an undefined address by name and line, and it matches nothing', () => {
    const { device: d, diagnostics: diags } = parseText(
      ['config firewall policy', 'edit 1', 'set srcintf "a"', 'set dstintf "b"', 'set srcaddr "ghost"', 'set dstaddr "all"', 'set action accept', 'set service "ALL"', 'next', 'end'].join('\n'),
    );
    expect(d.securityPolicy!.rules[0]!.match.src).toEqual([{ kind: 'unresolved', name: 'ghost' }]);
    expect(diags).toMatchObject([{ line: 5, code: 'unresolved-reference' }]);
  });

  it('turns a VIP into a port forward and lets a policy match its external address', () => {
    expect(device.nat).toMatchObject([
      { kind: 'port-forward', direction: 'destination', protocol: 6, inside: { address: '10.10.0.20', port: 8443 }, outside: { address: '203.0.113.10', interface: 'wan1', port: 443 } },
    ]);
    expect(diagnostics.filter((d) => d.code === 'unrecognized')).toEqual([]);
  });
});
