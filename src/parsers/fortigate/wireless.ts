import type { Wlan, WlanSecurity } from '../../model/index.js';
import { secretOf } from './ipsec.js';
import { tablesAt, type ConvertState } from './state.js';
import { modelled, setting, value } from './tree.js';

type Auth = Wlan['authentication'];

/**
 * `set security …` of a VAP (FortiOS CLI reference, `config wireless-controller vap`; value list
 * FGT-CLI 7.4.4 in vendor-syntax.md §4) → security and authentication. Default `wpa2-only-personal`.
 */
const SECURITY: Record<string, { security: WlanSecurity; authentication: Auth }> = {
  open: { security: 'open', authentication: 'none' },
  'captive-portal': { security: 'open', authentication: 'none' },
  wep64: { security: 'wep', authentication: 'psk' },
  wep128: { security: 'wep', authentication: 'psk' },
  'wpa-personal': { security: 'wpa-wpa2', authentication: 'psk' },
  'wpa-personal+captive-portal': { security: 'wpa-wpa2', authentication: 'psk' },
  'wpa-only-personal': { security: 'wpa', authentication: 'psk' },
  'wpa-only-personal+captive-portal': { security: 'wpa', authentication: 'psk' },
  'wpa2-only-personal': { security: 'wpa2', authentication: 'psk' },
  'wpa2-only-personal+captive-portal': { security: 'wpa2', authentication: 'psk' },
  'wpa-enterprise': { security: 'wpa-wpa2', authentication: 'enterprise' },
  'wpa-only-enterprise': { security: 'wpa', authentication: 'enterprise' },
  'wpa2-only-enterprise': { security: 'wpa2', authentication: 'enterprise' },
  'wpa3-enterprise': { security: 'wpa3', authentication: 'enterprise' },
  'wpa3-only-enterprise': { security: 'wpa3', authentication: 'enterprise' },
  'wpa3-enterprise-transition': { security: 'wpa2-wpa3', authentication: 'enterprise' },
  'wpa3-sae': { security: 'wpa3', authentication: 'sae' },
  'wpa3-sae-transition': { security: 'wpa2-wpa3', authentication: 'sae' },
  owe: { security: 'owe', authentication: 'none' },
};

/** `set encrypt AES|TKIP|TKIP-AES` (default AES). */
const CIPHERS: Record<string, Wlan['ciphers']> = { AES: ['ccmp'], TKIP: ['tkip'], 'TKIP-AES': ['tkip', 'ccmp'] };

export function convertWireless(state: ConvertState): void {
  for (const table of tablesAt(state, 'wireless-controller vap')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const word = value(entry, 'security') ?? 'wpa2-only-personal';
      const known = SECURITY[word] ?? { security: 'unknown' as const, authentication: 'unknown' as const };
      const ciphers: Wlan['ciphers'] =
        known.security === 'open' || known.security === 'owe' ? [] : known.security === 'wep' ? ['wep'] : (CIPHERS[value(entry, 'encrypt') ?? 'AES'] ?? []);
      const wlan: Wlan = {
        ssid: value(entry, 'ssid') ?? entry.name,
        security: known.security,
        authentication: known.authentication,
        ciphers,
        broadcast: value(entry, 'broadcast-ssid') !== 'disable',
        radios: [],
        source: entry.rec.span,
      };
      const vlan = Number(value(entry, 'vlanid') ?? '0');
      if (vlan >= 1 && vlan <= 4094) wlan.vlan = vlan;
      // Without a VLAN tag the VAP is tunnelled to the FortiGate and is an interface of its own (FortiOS
      // Administration Guide, "Defining a wireless network interface (SSID)").
      else if (state.device.interfaces.some((i) => i.name === entry.name)) wlan.interface = entry.name;
      if (value(entry, 'dynamic-vlan') === 'enable') wlan.dynamicVlan = true;
      const passphrase = setting(entry, 'passphrase') ?? setting(entry, 'sae-password');
      if (passphrase && known.authentication !== 'enterprise' && known.authentication !== 'none') wlan.psk = secretOf(state, 'wlan-psk', passphrase.values);
      state.device.wlans.push(wlan);
    }
  }
}
