import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture, parseText } from './helpers.js';

const FIXTURE = 'school-rtx.conf';

describe('Yamaha RTX IPsec', () => {
  const { device } = parseFixture(FIXTURE);

  it('builds the IKE proposal of a gateway and says which weak defaults apply', () => {
    expect(device.vpn.ikeProposals).toEqual([
      {
        name: 'ike gateway 1',
        version: 1,
        encryption: ['aes-256'],
        integrity: ['sha1'],
        dhGroups: [14],
        authentication: 'pre-share',
        defaultsApplied: ['version', 'hash'],
        source: expect.objectContaining({ line: lineOf(FIXTURE, 'ipsec sa policy 101') }),
      },
    ]);
  });

  it('links tunnel, peer, SA policy and PFS into one VPN tunnel', () => {
    expect(device.vpn.tunnels).toEqual([
      expect.objectContaining({
        name: 'tunnel1',
        peer: '198.51.100.1',
        ikeVersion: 1,
        ikeMode: 'main',
        ikeProposals: ['ike gateway 1'],
        ipsecProposals: ['sa policy 101'],
        pfsGroup: 14,
        interfaces: ['tunnel1'],
        authentication: 'pre-share',
      }),
    ]);
    expect(device.vpn.ipsecProposals).toEqual([
      expect.objectContaining({ name: 'sa policy 101', protocols: ['esp'], encryption: ['aes-256'], integrity: ['sha256'] }),
    ]);
  });

  it('applies every default to a gateway with nothing but a key: 3des, sha1, modp1024, IKEv1, no PFS', () => {
    const { device: d, diagnostics } = parseText('tunnel select 2\nipsec ike pre-shared-key 2 text Some-Key-9\nipsec ike exchange-type 2 aggressive\n');
    expect(diagnostics).toEqual([]);
    expect(d.vpn.ikeProposals[0]).toMatchObject({ encryption: ['3des'], integrity: ['sha1'], dhGroups: [2], version: 1, defaultsApplied: ['version', 'group', 'encryption', 'hash'] });
    expect(d.vpn.tunnels[0]).toMatchObject({ ikeMode: 'aggressive', interfaces: [] });
    expect(d.vpn.tunnels[0]!.pfsGroup).toBeUndefined();
    expect(JSON.stringify(d).includes('Some-Key-9')).toBe(false);
  });

  it('reports unknown algorithms and `ipsec tunnel` outside a tunnel', () => {
    const { diagnostics } = parseText('ipsec ike encryption 1 rot13\nipsec tunnel 5\n');
    expect(diagnostics.map((x) => [x.line, x.code])).toEqual([[1, 'unrecognized'], [2, 'unrecognized']]);
  });
});
