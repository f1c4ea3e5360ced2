import type { AccessLine, AddressObject, Filter, Interface, RemoteServer, ServiceObject, Vlan } from '../../model/index.js';
import type { AclFlavour } from './acl.js';
import type {
  CryptoMapEntry,
  IkePolicyDraft,
  Ikev2PeerDraft,
  Ikev2PolicyDraft,
  Ikev2ProfileDraft,
  IpsecProfileDraft,
  TransformSetDraft,
} from './crypto.js';
import type { SsidDraft } from './wireless.js';

/**
 * The configuration mode a line belongs to. IOS writes a mode as a head line followed by indented
 * lines; the driver keeps a stack of open blocks by indentation and parses each line with the start
 * rule of the innermost one.
 */
export type Block =
  | { kind: 'top' }
  | { kind: 'interface'; interfaces: Interface[] }
  | { kind: 'acl'; filter: Filter; flavour: AclFlavour }
  | { kind: 'object-group-network'; group: AddressObject }
  | { kind: 'object-group-service'; group: ServiceObject }
  | { kind: 'vlan'; vlans: Vlan[] }
  | { kind: 'line'; line: AccessLine }
  | { kind: 'aaa-server'; protocol: 'radius' | 'tacacs'; server: RemoteServer }
  | { kind: 'isakmp-policy'; policy: IkePolicyDraft }
  | { kind: 'keyring' }
  | { kind: 'transform-set'; transformSet: TransformSetDraft }
  | { kind: 'crypto-map'; entry: CryptoMapEntry }
  | { kind: 'ikev2-proposal'; policy: IkePolicyDraft }
  | { kind: 'ikev2-policy'; policy: Ikev2PolicyDraft }
  | { kind: 'ikev2-keyring' }
  | { kind: 'ikev2-peer'; peer: Ikev2PeerDraft }
  | { kind: 'ikev2-profile'; profile: Ikev2ProfileDraft }
  | { kind: 'ipsec-profile'; profile: IpsecProfileDraft }
  | { kind: 'dot11-ssid'; ssid: SsidDraft }
  | { kind: 'archive' }
  | { kind: 'archive-log-config' }
  /** Sub-mode of a command that is knowingly ignored (routing protocols, QoS, certificates …). */
  | { kind: 'ignored' }
  /** Sub-mode of a line that was not understood: its lines are not understood either. */
  | { kind: 'unknown' };

export type BlockKind = Block['kind'];

export const TOP: Block = { kind: 'top' };
export const IGNORED_BLOCK: Block = { kind: 'ignored' };
export const UNKNOWN_BLOCK: Block = { kind: 'unknown' };

const ACL_RULES: Record<AclFlavour, string> = {
  standard: 'AclStandardLine',
  extended: 'AclExtendedLine',
  ipv6: 'Ipv6AclLine',
  mac: 'MacAclLine',
};

const START_RULES: Partial<Record<BlockKind, string>> = {
  top: 'TopLine',
  interface: 'InterfaceLine',
  'object-group-network': 'ObjectGroupNetworkLine',
  'object-group-service': 'ObjectGroupServiceLine',
  vlan: 'VlanLine',
  line: 'LineModeLine',
  'aaa-server': 'AaaServerLine',
  'isakmp-policy': 'IsakmpPolicyLine',
  keyring: 'KeyringLine',
  'transform-set': 'TransformSetLine',
  'crypto-map': 'CryptoMapLine',
  'ikev2-proposal': 'Ikev2ProposalLine',
  'ikev2-policy': 'Ikev2PolicyLine',
  'ikev2-keyring': 'Ikev2KeyringLine',
  'ikev2-peer': 'Ikev2PeerLine',
  'ikev2-profile': 'Ikev2ProfileLine',
  'ipsec-profile': 'IpsecProfileLine',
  'dot11-ssid': 'Dot11SsidLine',
  archive: 'ArchiveLine',
  'archive-log-config': 'ArchiveLogConfigLine',
};

/** Grammar start rule for the lines of a block (undefined for ignored / unknown blocks). */
export function startRuleOf(block: Block): string | undefined {
  if (block.kind === 'acl') return ACL_RULES[block.flavour];
  return START_RULES[block.kind];
}
