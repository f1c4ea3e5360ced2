import * as aaa from './aaa.js';
import * as acl from './acl.js';
import type { Block, BlockKind } from './blocks.js';
import * as crypto from './crypto.js';
import * as l2 from './interface-l2.js';
import * as guards from './l2-guards.js';
import * as ifaces from './interfaces.js';
import * as mgmt from './management.js';
import * as groups from './object-groups.js';
import * as routing from './routing.js';
import * as services from './services.js';
import * as snmp from './snmp.js';
import type { LineContext } from './state.js';
import * as time from './time-logging.js';
import * as wireless from './wireless.js';

/**
 * Which handler turns which grammar result into the model, per mode. A handler returns the block its
 * line opens, if it opens one.
 */
// The grammar's results are plain objects whose shape each handler declares for itself.
export type Handler = (ast: any, ctx: LineContext<any>) => Block | void;

const TOP: Record<string, Handler> = {
  hostname: mgmt.hostname,
  version: mgmt.version,
  interface: ifaces.openInterface,
  'interface-range': ifaces.openInterfaceRange,
  'numbered-acl': acl.numberedAclEntry,
  'acl-open': acl.openNamedAcl,
  'object-group': groups.openObjectGroup,
  vlan: routing.openVlans,
  line: mgmt.openLine,
  'ip-routing': routing.ipRouting,
  route: routing.staticRoute,
  'default-gateway': routing.defaultGateway,
  nat: routing.natSource,
  enable: mgmt.enable,
  username: mgmt.username,
  'password-encryption': mgmt.passwordEncryption,
  'password-min-length': mgmt.passwordMinLength,
  ssh: mgmt.ssh,
  'login-block-for': mgmt.loginBlockFor,
  'login-logging': mgmt.loginLogging,
  'aaa-max-fail': mgmt.aaaMaxFail,
  'aaa-new-model': aaa.aaaNewModel,
  'aaa-method': aaa.aaaMethodList,
  service: services.globalService,
  'http-access-class': services.httpAccessClass,
  'dhcp-pool': services.dhcpPool,
  'tftp-server': services.tftpServer,
  'snmp-community': snmp.snmpCommunity,
  'snmp-group': snmp.snmpGroup,
  'snmp-user': snmp.snmpUser,
  'snmp-host': snmp.snmpHost,
  'snmp-disabled': snmp.snmpDisabled,
  'ntp-server': time.ntpServer,
  'ntp-authenticate': time.ntpAuthenticate,
  'ntp-key': time.ntpKey,
  'ntp-trusted-key': time.ntpTrustedKey,
  'ntp-access-group': time.ntpAccessGroup,
  timezone: time.timezone,
  'logging-host': time.loggingHost,
  'logging-trap': time.loggingTrap,
  timestamps: time.timestamps,
  'aaa-server': aaa.openAaaServer,
  'aaa-host': aaa.aaaHost,
  'aaa-global-key': aaa.aaaGlobalKey,
  'dot1x-system-auth-control': aaa.dot1xSystemAuthControl,
  archive: mgmt.openArchive,
  'isakmp-policy': crypto.openIsakmpPolicy,
  'isakmp-key': crypto.isakmpKey,
  keyring: crypto.openKeyring,
  'transform-set': crypto.openTransformSet,
  'crypto-map-entry': crypto.openCryptoMap,
  'dynamic-map-entry': crypto.openDynamicMap,
  'ikev2-proposal': crypto.openIkev2Proposal,
  'ikev2-policy': crypto.openIkev2Policy,
  'ikev2-keyring': crypto.openIkev2Keyring,
  'ikev2-profile': crypto.openIkev2Profile,
  'ipsec-profile': crypto.openIpsecProfile,
  'dot11-ssid': wireless.openSsid,
  'dhcp-snooping': guards.dhcpSnooping,
  'dhcp-snooping-vlan': guards.dhcpSnoopingVlan,
  'arp-inspection-vlan': guards.arpInspectionVlan,
  'bpduguard-default': guards.bpduGuardDefault,
  'portfast-default': guards.portfastDefault,
};

const INTERFACE: Record<string, Handler> = {
  description: ifaces.description,
  shutdown: ifaces.shutdown,
  'ip-address': ifaces.ipAddress,
  'ip-address-dynamic': ifaces.dynamicAddress,
  'no-ip-address': ifaces.noIpAddress,
  'ipv6-address': ifaces.ipv6Address,
  unnumbered: ifaces.unnumbered,
  vrf: ifaces.vrf,
  'reverse-path-check': ifaces.reversePathCheck,
  switchport: l2.switchport,
  'switchport-mode': l2.switchportMode,
  'access-vlan': l2.accessVlan,
  'voice-vlan': l2.voiceVlan,
  'trunk-allowed': l2.trunkAllowed,
  'native-vlan': l2.nativeVlan,
  nonegotiate: l2.nonegotiate,
  'ip-source-guard': guards.ipSourceGuard,
  bpduguard: guards.bpduGuard,
  portfast: guards.portfast,
  'dhcp-snooping-trust': guards.dhcpSnoopingTrust,
  'arp-inspection-trust': guards.arpInspectionTrust,
  'port-security': l2.portSecurity,
  'port-security-maximum': l2.portSecurityMaximum,
  'port-security-violation': l2.portSecurityViolation,
  'port-security-mac': l2.portSecurityMac,
  encapsulation: ifaces.encapsulation,
  'channel-group': ifaces.channelGroup,
  'access-group': ifaces.accessGroup,
  'port-control': l2.portControl,
  'dot1x-pae': l2.dot1xPae,
  mab: l2.mab,
  'host-mode': l2.hostMode,
  'nat-role': ifaces.natRole,
  'crypto-map': ifaces.cryptoMap,
  'tunnel-source': ifaces.tunnelSource,
  'tunnel-destination': ifaces.tunnelDestination,
  'tunnel-mode': ifaces.tunnelMode,
  'tunnel-protection': ifaces.tunnelProtection,
  'zone-member': ifaces.zoneMember,
  'bridge-group': ifaces.bridgeGroup,
  'interface-service': services.interfaceService,
  'radio-ciphers': wireless.radioCiphers,
  'radio-wep': wireless.radioWep,
  'radio-wep-key': wireless.radioWepKey,
  'radio-ssid': wireless.radioSsid,
};

const ACL: Record<string, Handler> = {
  remark: acl.aclEntry,
  'standard-entry': acl.aclEntry,
  'extended-entry': acl.aclEntry,
  'ipv6-entry': acl.aclEntry,
  'mac-entry': acl.aclEntry,
};

const OBJECT_GROUP: Record<string, Handler> = {
  'og-address': groups.networkMember,
  'og-service': groups.serviceMember,
  'og-group': groups.groupObject,
};

const CRYPTO_MAP: Record<string, Handler> = {
  'set-peer': crypto.setPeer,
  'set-transform-set': crypto.setTransformSet,
  'set-pfs': crypto.setPfs,
  'set-ikev2-profile': crypto.setIkev2Profile,
  'match-address': crypto.matchAddress,
};

const IKE_POLICY: Record<string, Handler> = {
  'ike-encryption': crypto.ikeEncryption,
  'ike-hash': crypto.ikeHash,
  'ike-authentication': crypto.ikeAuthentication,
  'ike-group': crypto.ikeGroup,
  'ike-lifetime': crypto.ikeLifetime,
};

export const HANDLERS: Partial<Record<BlockKind, Record<string, Handler>>> = {
  top: TOP,
  interface: INTERFACE,
  acl: ACL,
  'object-group-network': OBJECT_GROUP,
  'object-group-service': OBJECT_GROUP,
  vlan: { 'vlan-name': routing.vlanName },
  line: {
    'transport-input': mgmt.transportInput,
    'exec-timeout': mgmt.execTimeout,
    login: mgmt.login,
    'line-password': mgmt.linePassword,
    'access-class': mgmt.accessClass,
  },
  'aaa-server': { 'server-address': aaa.serverAddress, 'server-key': aaa.serverKey },
  archive: { 'archive-log-config': mgmt.openArchiveLogConfig },
  'archive-log-config': { 'archive-logging': mgmt.archiveLogging },
  'isakmp-policy': IKE_POLICY,
  keyring: { 'keyring-psk': crypto.keyringPsk },
  'transform-set': { 'transform-mode': crypto.transformMode },
  'crypto-map': CRYPTO_MAP,
  'ikev2-proposal': {
    'ikev2-encryption': crypto.ikev2Encryption,
    'ikev2-integrity': crypto.ikev2Integrity,
    'ikev2-group': crypto.ikev2Group,
  },
  'ikev2-policy': { 'ikev2-policy-proposal': crypto.ikev2PolicyProposal },
  'ikev2-keyring': { 'ikev2-peer': crypto.openIkev2Peer },
  'ikev2-peer': { 'peer-address': crypto.peerAddress, 'peer-psk': crypto.peerPsk },
  'ikev2-profile': {
    'profile-remote-address': crypto.profileRemoteAddress,
    'profile-authentication': crypto.profileAuthentication,
  },
  'ipsec-profile': {
    'set-transform-set': crypto.setTransformSet,
    'set-pfs': crypto.setPfs,
    'set-ikev2-profile': crypto.setIkev2Profile,
  },
  'dot11-ssid': {
    'ssid-vlan': wireless.ssidVlan,
    'ssid-auth-open': wireless.ssidAuthOpen,
    'ssid-auth-shared': wireless.ssidAuthShared,
    'ssid-network-eap': wireless.ssidNetworkEap,
    'ssid-key-management': wireless.ssidKeyManagement,
    'ssid-wpa-psk': wireless.ssidWpaPsk,
    'ssid-guest-mode': wireless.ssidGuestMode,
  },
};
