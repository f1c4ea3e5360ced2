import type { Interface, InterfaceAddress } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { label, showPlain, type FieldSpec } from './field-changes.js';
import { namedChanges } from './named-changes.js';

/** `key=value` pairs of the fields that are set, e.g. `access=10 voice=20`; `-` when none is. */
function showSet(value: unknown): string {
  if (value === undefined) return '-';
  const set = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return set.length === 0 ? '-' : set.map(([k, v]) => `${k}=${showPlain(v)}`).join(' ');
}

const showAddresses = (v: unknown): string => showPlain((v as InterfaceAddress[]).map((a) => `${a.address}/${a.prefixLength}${a.secondary ? ' secondary' : ''}`));

/**
 * What an interface does, as compared: the description is a comment and filter bindings are reported
 * as `binding` changes, so neither is here.
 */
const INTERFACE_FIELDS: readonly FieldSpec<Interface>[] = [
  { label: label('シャットダウン', 'shutdown'), value: (i) => i.shutdown, show: showPlain },
  { label: label('アドレス', 'addresses'), value: (i) => i.addresses, show: showAddresses },
  { label: label('動的アドレス', 'dynamic address'), value: (i) => i.dynamicAddress, show: showPlain },
  { label: label('unnumbered', 'unnumbered'), value: (i) => i.unnumbered, show: showPlain },
  { label: label('VRF', 'vrf'), value: (i) => i.vrf, show: showPlain },
  { label: label('スイッチポートモード', 'switchport mode'), value: (i) => i.switchport?.mode, show: showPlain },
  { label: label('アクセス VLAN', 'access VLAN'), value: (i) => i.switchport?.accessVlan, show: showPlain },
  { label: label('音声 VLAN', 'voice VLAN'), value: (i) => i.switchport?.voiceVlan, show: showPlain },
  // On a switch port, no allowed list means every VLAN is allowed on the trunk.
  { label: label('トランク許可 VLAN', 'trunk allowed VLANs'), value: (i) => (i.switchport ? (i.switchport.trunkAllowed ?? 'all') : undefined), show: showPlain },
  { label: label('ネイティブ VLAN', 'native VLAN'), value: (i) => i.switchport?.nativeVlan, show: showPlain },
  { label: label('セキュリティゾーン', 'security zone'), value: (i) => i.securityZone, show: showPlain },
  { label: label('NAT 役割', 'NAT role'), value: (i) => i.natRole, show: showPlain },
  { label: label('ポートセキュリティ', 'port security'), value: (i) => i.portSecurity?.enabled ?? false, show: showPlain },
  {
    label: label('認証（802.1X 等）', 'access control'),
    value: (i) => (i.accessControl ? { dot1x: i.accessControl.dot1x, mab: i.accessControl.mab, webAuth: i.accessControl.webAuth, portControl: i.accessControl.portControl } : undefined),
    show: showSet,
  },
  { label: label('トンネル送信元', 'tunnel source'), value: (i) => i.tunnel?.source, show: showPlain },
  { label: label('トンネル宛先', 'tunnel destination'), value: (i) => i.tunnel?.destination, show: showPlain },
  { label: label('トンネルモード', 'tunnel mode'), value: (i) => i.tunnel?.mode, show: showPlain },
  { label: label('トンネル保護', 'tunnel protection'), value: (i) => i.tunnel?.protection, show: showPlain },
];

/** Interfaces by name: added / removed / changed (which fields). */
export function interfaceChanges(before: readonly Interface[], after: readonly Interface[]): ConfigChange[] {
  return namedChanges('interface', before, after, (i) => i.name, INTERFACE_FIELDS);
}
