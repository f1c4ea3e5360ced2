import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, iface, lineOf, parseFixture, parseText } from './helpers.js';

const FILE = 'wireless.cfg';
const result = parseFixture(FILE);
const { device } = result;

describe('Cisco IOS autonomous Aironet wireless', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('classifies each SSID: security, authentication, ciphers, VLAN, radios, broadcast', () => {
    expect(device.wlans.map((w) => [w.ssid, w.security, w.authentication, w.ciphers, w.vlan, w.radios, w.broadcast])).toEqual([
      ['KOUMU', 'wpa2', 'enterprise', ['ccmp'], 10, ['Dot11Radio0', 'Dot11Radio1'], false],
      ['GAKUSHU', 'wpa2', 'psk', ['ccmp'], 30, ['Dot11Radio0'], true],
      ['MIXED', 'wpa-wpa2', 'psk', ['ccmp', 'tkip'], 40, ['Dot11Radio0'], false],
      ['OLDWPA', 'wpa', 'psk', ['tkip'], 50, ['Dot11Radio0'], false],
      ['LEGACY', 'wep', 'psk', ['wep'], 60, ['Dot11Radio0'], false],
      ['GUEST', 'open', 'none', [], 70, ['Dot11Radio0'], true],
      ['ORPHAN', 'unknown', 'unknown', [], 80, [], false],
    ]);
    expect(device.wlans[0]!.source).toEqual({ file: FILE, line: lineOf(FILE, 'dot11 ssid KOUMU'), text: 'dot11 ssid KOUMU' });
  });

  it('keeps PSKs and static WEP keys as secrets with their storage', () => {
    const psk = Object.fromEntries(device.wlans.map((w) => [w.ssid, w.psk && [w.psk.kind, w.psk.storage, w.psk.clearLength]]));
    expect(psk).toEqual({
      KOUMU: undefined,
      GAKUSHU: ['wlan-psk', 'plaintext', 'GakushuPskFixture'.length],
      MIXED: ['wlan-psk', 'reversible', 'WpaPsk7Fixture'.length],
      OLDWPA: ['wlan-psk', 'plaintext', 64],
      LEGACY: ['wep-key', 'reversible', 'WepKey7Fixture0123456789abc'.length],
      GUEST: undefined,
      ORPHAN: undefined,
    });
  });

  it('radios and their bridged sub-interfaces', () => {
    expect(iface(device, 'Dot11Radio0')).toMatchObject({ kind: 'wireless', ssids: ['KOUMU', 'GAKUSHU', 'MIXED', 'OLDWPA', 'LEGACY', 'GUEST'] });
    expect(iface(device, 'Dot11Radio1')).toMatchObject({ shutdown: true, ssids: ['KOUMU'] });
    expect(iface(device, 'Dot11Radio0.10')).toMatchObject({ kind: 'subinterface', parent: 'Dot11Radio0', encapsulationVlan: 10, bridgeGroup: 1 });
    expect(iface(device, 'Dot11Radio0.30').bridgeGroup).toBe(30);
  });

  it('older IOS: SSID settings nested under the radio, encryption without a VLAN', () => {
    const { device: d, diagnostics } = parseText(
      ['interface Dot11Radio0', ' encryption mode ciphers tkip', ' ssid NESTED', '  authentication open', '  authentication key-management wpa', '  guest-mode', ' speed default'].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(d.wlans).toMatchObject([{ ssid: 'NESTED', security: 'wpa', ciphers: ['tkip'], broadcast: true, radios: ['Dot11Radio0'] }]);
  });

  it('WEP by shared-key authentication; ciphers without key management are not guessed', () => {
    const shared = parseText('dot11 ssid S\n authentication shared\ninterface Dot11Radio0\n ssid S\n').device.wlans[0]!;
    expect(shared.security).toBe('wep');
    const noKm = parseText('dot11 ssid N\n authentication open\ninterface Dot11Radio0\n encryption mode ciphers aes-ccm\n ssid N\n').device.wlans[0]!;
    expect(noKm.security).toBe('unknown');
  });
});
