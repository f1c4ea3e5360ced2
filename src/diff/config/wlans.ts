import type { Wlan } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { label, showPlain, type FieldSpec } from './field-changes.js';
import { namedChanges } from './named-changes.js';

const WLAN_FIELDS: readonly FieldSpec<Wlan>[] = [
  { label: label('セキュリティ', 'security'), value: (w) => w.security, show: showPlain },
  { label: label('認証', 'authentication'), value: (w) => w.authentication, show: showPlain },
  { label: label('暗号', 'ciphers'), value: (w) => w.ciphers, show: showPlain },
  { label: label('VLAN', 'vlan'), value: (w) => w.vlan, show: showPlain },
  { label: label('インタフェース', 'interface'), value: (w) => w.interface, show: showPlain },
  { label: label('動的 VLAN', 'dynamic VLAN'), value: (w) => w.dynamicVlan, show: showPlain },
  // The key is compared by fingerprint and only said to have changed (no `show`).
  { label: label('事前共有鍵', 'PSK'), value: (w) => w.psk },
  { label: label('SSID 通知', 'broadcast'), value: (w) => w.broadcast, show: showPlain },
  { label: label('無線', 'radios'), value: (w) => w.radios, show: showPlain },
];

/** Wireless networks by SSID. */
export function wlanChanges(before: readonly Wlan[], after: readonly Wlan[]): ConfigChange[] {
  return namedChanges('wlan', before, after, (w) => w.ssid, WLAN_FIELDS);
}
