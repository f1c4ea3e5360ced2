import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'crypto.cfg';
const result = parseFixture(FILE);
const { vpn } = result.device;

describe('Cisco IOS crypto', () => {
  it('understands every line; an undefined IPsec profile is reported', () => {
    expectFullyUnderstood(result);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['unresolved-reference', lineOf(FILE, 'profile NOPE')]]);
  });

  it('IKEv1 policies get the documented defaults for what they do not set, and say so', () => {
    const [p10, p20] = vpn.ikeProposals;
    expect(p10).toMatchObject({
      name: 'isakmp policy 10',
      version: 1,
      encryption: ['aes-256'],
      integrity: ['sha256'],
      authentication: 'pre-share',
      dhGroups: [14],
      lifetimeSeconds: 3600,
    });
    expect(p10!.defaultsApplied).toBeUndefined();
    expect(p20).toMatchObject({
      encryption: ['3des'],
      integrity: ['sha1'],
      authentication: 'rsa-sig',
      dhGroups: [1],
      lifetimeSeconds: 86400,
      defaultsApplied: ['integrity', 'authentication', 'dhGroups', 'lifetimeSeconds'],
    });
    const bare = parseText('crypto isakmp policy 1\n').device.vpn.ikeProposals[0]!;
    expect(bare).toMatchObject({ encryption: ['des'], integrity: ['sha1'], authentication: 'rsa-sig', dhGroups: [1], lifetimeSeconds: 86400 });
    expect(bare.defaultsApplied).toEqual(['encryption', 'integrity', 'authentication', 'dhGroups', 'lifetimeSeconds']);
  });

  it('IKEv2 proposals with normalised algorithm names', () => {
    expect(vpn.ikeProposals[2]).toMatchObject({
      name: 'PROP-V2',
      version: 2,
      encryption: ['aes-256', 'aes-gcm-128'],
      integrity: ['sha512', 'sha384'],
      dhGroups: [19, 20],
    });
  });

  it('transform sets', () => {
    expect(vpn.ipsecProposals.map((p) => [p.name, p.protocols, p.encryption, p.integrity, p.mode])).toEqual([
      ['TS-STRONG', ['esp'], ['aes-256'], ['sha256'], 'tunnel'],
      ['TS-WEAK', ['esp'], ['des'], ['md5'], 'transport'],
      ['TS-GCM', ['esp'], ['aes-gcm-256'], [], undefined],
      ['TS-AH', ['ah', 'esp'], ['3des'], ['sha1'], undefined],
    ]);
  });

  it('pre-shared keys from isakmp keys, keyrings and IKEv2 keyrings, with their storage', () => {
    expect(vpn.preSharedKeys.map((k) => [k.peer, k.key.storage])).toEqual([
      ['203.0.113.1', 'plaintext'],
      ['203.0.113.2', 'encrypted'],
      ['203.0.113.3', 'plaintext'],
      ['203.0.113.10', 'plaintext'],
      ['203.0.113.10', 'plaintext'],
      ['NOADDR', 'plaintext'],
    ]);
    expect(vpn.preSharedKeys[3]!.source.text).toBe('  pre-shared-key local <redacted>');
  });

  it('tunnels from crypto map entries (with a dynamic map) and from protected tunnel interfaces', () => {
    const byName = Object.fromEntries(vpn.tunnels.map((t) => [t.name, t]));
    expect(Object.keys(byName)).toEqual([
      'crypto map VPNMAP 10',
      'crypto map VPNMAP 20',
      'crypto map VPNMAP 65535 dynamic DYN 10',
      'Tunnel1',
      'Tunnel2',
      'Tunnel3',
    ]);
    expect(byName['crypto map VPNMAP 10']).toEqual({
      name: 'crypto map VPNMAP 10',
      ikeVersion: 1,
      ikeProposals: ['isakmp policy 10', 'isakmp policy 20'],
      ipsecProposals: ['TS-STRONG', 'TS-WEAK'],
      interfaces: ['GigabitEthernet0/0'],
      peer: '203.0.113.1',
      pfsGroup: 14,
      protectedTraffic: 'VPN-TRAFFIC',
      authentication: 'pre-share',
      source: { file: FILE, line: lineOf(FILE, 'crypto map VPNMAP 10'), text: 'crypto map VPNMAP 10 ipsec-isakmp' },
    });
    expect(byName['crypto map VPNMAP 20']).toMatchObject({ peer: '203.0.113.3', pfsGroup: 1, ipsecProposals: ['TS-GCM'], authentication: 'pre-share' });
    const dynamic = byName['crypto map VPNMAP 65535 dynamic DYN 10']!;
    expect(dynamic).toMatchObject({ ipsecProposals: ['TS-STRONG'], interfaces: ['GigabitEthernet0/0'], ikeVersion: 1 });
    expect(dynamic.peer).toBeUndefined();
    expect(byName.Tunnel1).toMatchObject({
      ikeVersion: 2,
      ikeProposals: ['PROP-V2'],
      ipsecProposals: ['TS-STRONG'],
      pfsGroup: 19,
      peer: '203.0.113.10',
      interfaces: ['Tunnel1'],
      authentication: 'pre-share',
    });
    expect(byName.Tunnel2).toMatchObject({ ikeVersion: 1, ipsecProposals: ['TS-WEAK'], peer: '203.0.113.3', authentication: 'pre-share' });
    expect(byName.Tunnel3).toMatchObject({ ipsecProposals: [], peer: '203.0.113.99' });
  });

  it('unknown transforms and ciphers are diagnostics, not guesses', () => {
    const { diagnostics } = parseText('crypto ipsec transform-set X esp-foo esp-sha-hmac\ncrypto ikev2 proposal P\n encryption aes-cbc-512\n');
    expect(diagnostics.map((d) => d.line)).toEqual([1, 3]);
  });
});
