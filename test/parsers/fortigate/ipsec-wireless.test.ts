import { describe, expect, it } from 'vitest';
import { iface, lineOf, parseFixture, parseText, SCHOOL } from './helpers.js';

describe('FortiGate IPsec and wireless', () => {
  const { device } = parseFixture(SCHOOL);

  it('turns phase 1 into an IKE proposal with normalised algorithms', () => {
    expect(device.vpn.ikeProposals.map(({ source: _s, ...p }) => p)).toEqual([
      { name: 'to-school1', version: 1, encryption: ['aes-256', '3des'], integrity: ['sha256', 'md5'], dhGroups: [2], authentication: 'pre-share' },
      { name: 'to-school2', version: 2, encryption: ['aes-gcm-256'], integrity: ['sha512'], dhGroups: [19, 20], authentication: 'pre-share' },
    ]);
  });

  it('turns phase 1 into a tunnel with mode, peer, phase 2 and PFS', () => {
    expect(device.vpn.tunnels[0]).toMatchObject({ name: 'to-school1', peer: '198.51.100.7', ikeVersion: 1, ikeMode: 'aggressive', ipsecProposals: ['to-school1-p2'], pfsGroup: 5, interfaces: ['wan1'] });
    expect(device.vpn.tunnels[1]).toMatchObject({ name: 'to-school2', ikeVersion: 2, ipsecProposals: [] });
    expect(device.vpn.tunnels[1]!.ikeMode).toBeUndefined();
    expect(device.vpn.ipsecProposals).toMatchObject([{ name: 'to-school1-p2', encryption: ['aes-128'], integrity: ['sha1'] }]);
  });

  it('adds a tunnel interface named after the phase 1, bound to its interface and peer', () => {
    expect(iface(device, 'to-school1')).toMatchObject({ kind: 'tunnel', tunnel: { source: 'wan1', destination: '198.51.100.7', mode: 'ipsec' } });
  });

  it('keeps pre-shared keys as secrets: ENC is reversible, a clear value is plaintext', () => {
    expect(device.vpn.preSharedKeys.map((k) => [k.peer, k.key.kind, k.key.storage])).toEqual([
      ['198.51.100.7', 'ike-psk', 'reversible'],
      ['198.51.100.8', 'ike-psk', 'plaintext'],
    ]);
    expect(device.vpn.preSharedKeys[0]!.source.text).toBe('        set psksecret ENC <redacted>');
  });

  it('applies the phase 1 defaults FortiOS uses when settings are absent', () => {
    const { device: d } = parseText(['config vpn ipsec phase1-interface', 'edit "p"', 'set interface "wan1"', 'set remote-gw 192.0.2.9', 'next', 'end'].join('\n'));
    expect(d.vpn.ikeProposals[0]).toMatchObject({ version: 1, dhGroups: [14, 5], defaultsApplied: ['version', 'group', 'encryption'] });
    expect(d.vpn.tunnels[0]).toMatchObject({ ikeMode: 'main' });
  });

  it('maps VAP security, ciphers, VLAN, broadcast and passphrase', () => {
    expect(device.wlans.map(({ source: _s, psk: _p, ...w }) => w)).toEqual([
      { ssid: 'STAFF', security: 'wpa2', authentication: 'enterprise', ciphers: ['ccmp'], vlan: 10, broadcast: true, radios: [] },
      { ssid: 'GUEST', security: 'wpa-wpa2', authentication: 'psk', ciphers: ['tkip', 'ccmp'], broadcast: false, radios: [] },
      { ssid: 'EVENT', security: 'open', authentication: 'none', ciphers: [], broadcast: true, radios: [] },
    ]);
    expect(device.wlans[1]!.psk).toMatchObject({ kind: 'wlan-psk', storage: 'reversible' });
    expect(device.wlans[1]!.source.line).toBe(lineOf(SCHOOL, 'edit "guest-vap"'));
  });
});
