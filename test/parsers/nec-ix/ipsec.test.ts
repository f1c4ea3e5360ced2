import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, iface, lineOf, parseFixture } from './helpers.js';

describe('NEC IX IPsec', () => {
  it('IKEv1: proposals with normalised names, the IX default group where none is given, the map as a tunnel', () => {
    const { device } = parseFixture('school-router.conf');
    const [strong, weak] = device.vpn.ikeProposals;
    expect(strong).toMatchObject({ name: 'ike-prop', version: 1, encryption: ['aes-256'], integrity: ['sha256'], dhGroups: [14], lifetimeSeconds: 28800 });
    expect(strong!.defaultsApplied).toBeUndefined();
    expect(weak).toMatchObject({ name: 'ike-weak', encryption: ['3des'], integrity: ['md5'], dhGroups: [2], defaultsApplied: ['group'] });
    expect(device.vpn.ipsecProposals).toEqual([
      expect.objectContaining({ name: 'esp-prop', protocols: ['esp'], encryption: ['aes-256'], integrity: ['sha256'] }),
    ]);
    expect(device.vpn.tunnels).toEqual([
      expect.objectContaining({
        name: 'center-map',
        peer: '203.0.113.1',
        ikeVersion: 1,
        ikeMode: 'aggressive',
        ikeProposals: ['ike-prop'],
        ipsecProposals: ['esp-prop'],
        pfsGroup: 14,
        protectedTraffic: 'ipsec-sel',
        interfaces: ['Tunnel0.0'],
        authentication: 'pre-share',
      }),
    ]);
    expect(device.vpn.preSharedKeys).toEqual([expect.objectContaining({ peer: '203.0.113.1', key: expect.objectContaining({ kind: 'ike-psk', storage: 'plaintext' }) })]);
  });

  it('IKEv2: the profile gives both phases, the tunnel interface the peering and its endpoints', () => {
    const result = parseFixture('ikev2-router.conf');
    expectFullyUnderstood(result);
    const { device } = result;
    expect(device.vpn.ikeProposals).toEqual([
      expect.objectContaining({ name: 'to-center', version: 2, encryption: ['aes-256'], integrity: ['sha256'], dhGroups: [14] }),
    ]);
    expect(device.vpn.ipsecProposals).toEqual([expect.objectContaining({ name: 'to-center', encryption: ['aes-gcm-256'], integrity: ['sha256'], mode: 'tunnel' })]);
    expect(device.vpn.tunnels).toEqual([
      expect.objectContaining({ name: 'Tunnel1.0', peer: '203.0.113.1', ikeVersion: 2, pfsGroup: 14, interfaces: ['Tunnel1.0'], authentication: 'pre-share' }),
    ]);
    expect(iface(device, 'Tunnel1.0').tunnel).toMatchObject({ mode: 'ipsec-ikev2', source: 'GigaEthernet0.0', destination: '203.0.113.1' });
    expect(device.vpn.preSharedKeys).toEqual([
      expect.objectContaining({ peer: 'keyid SCHOOL1', source: expect.objectContaining({ line: lineOf('ikev2-router.conf', 'ikev2 authentication psk') }) }),
    ]);
  });
});
