import type { AddressObject, Filter, FilterBinding, ServiceObject } from './filter.js';
import type { Management } from './management.js';
import type { Secret } from './secret.js';
import type { SecurityPolicy } from './security-policy.js';
import type { SourceSpan } from './source.js';

export type VendorId =
  | 'cisco-ios'
  | 'cisco-nxos'
  | 'cisco-asa'
  | 'arista-eos'
  | 'yamaha-rtx'
  | 'nec-ix'
  | 'alliedtelesis-awplus'
  | 'fortigate'
  | 'paloalto-panos'
  | 'juniper-junos'
  | 'aruba-aos-switch'
  | 'aruba-aoscx'
  | 'hpe-comware'
  | 'linux-iptables'
  | 'linux-nftables';

export interface InterfaceAddress {
  address: string;
  prefixLength: number;
  family: 4 | 6;
  secondary?: boolean;
}

export type InterfaceKind =
  | 'physical'
  | 'vlan'
  | 'subinterface'
  | 'loopback'
  | 'tunnel'
  | 'aggregate'
  | 'wireless'
  | 'management'
  | 'virtual'
  | 'other';

/** Layer-2 port settings. `mode` undefined means the platform default (see `modeDefault`). */
export interface SwitchportSettings {
  mode?: 'access' | 'trunk' | 'dynamic' | 'dot1q-tunnel' | 'private-vlan';
  /** e.g. Cisco `dynamic auto|desirable`. */
  dynamicMode?: string;
  accessVlan?: number;
  voiceVlan?: number;
  /** Allowed VLANs on a trunk; undefined = all. */
  trunkAllowed?: number[];
  nativeVlan?: number;
  /** DTP disabled. */
  nonegotiate?: boolean;
  source: SourceSpan;
}

export interface PortSecurity {
  enabled: boolean;
  maximum?: number;
  violation?: string;
  sticky: boolean;
  /** MAC addresses pinned to the port (static or sticky entries in the config). */
  macs: string[];
  source: SourceSpan;
}

/** Port-based network access control (802.1X, MAC authentication bypass, web auth). */
export interface PortAccessControl {
  dot1x: boolean;
  mab: boolean;
  webAuth: boolean;
  /** `auto` = authentication enforced; `force-authorized` = open; undefined = not configured. */
  portControl?: 'auto' | 'force-authorized' | 'force-unauthorized';
  hostMode?: string;
  source: SourceSpan;
}

export interface Interface {
  /** Canonical full name, e.g. `GigabitEthernet0/1`. */
  name: string;
  kind: InterfaceKind;
  description?: string;
  /** Administratively down. For platforms whose ports default to down, the parser fills it in. */
  shutdown: boolean;
  addresses: InterfaceAddress[];
  /** Address learnt by DHCP / negotiated (WAN sides). */
  dynamicAddress?: 'dhcp' | 'negotiated' | 'pppoe';
  /** Interface whose address this one borrows (`ip unnumbered`). */
  unnumbered?: string;
  vrf?: string;
  /** Present when the interface is a layer-2 switch port. */
  switchport?: SwitchportSettings;
  /** 802.1Q tag of a routed sub-interface. */
  encapsulationVlan?: number;
  /** Parent of a sub-interface, or member-of for aggregate members. */
  parent?: string;
  channelGroup?: string;
  /** Filters bound to this interface. */
  filters: FilterBinding[];
  portSecurity?: PortSecurity;
  accessControl?: PortAccessControl;
  /** NAT role (Cisco `ip nat inside|outside`). */
  natRole?: 'inside' | 'outside';
  /** Crypto map applied (policy-based IPsec). */
  cryptoMap?: string;
  /** Tunnel endpoint settings for tunnel interfaces. */
  tunnel?: TunnelSettings;
  /** Vendor security zone this interface belongs to (zone-based firewall), not the policy zone. */
  securityZone?: string;
  /** Bridge group (Aironet radios and their sub-interfaces). */
  bridgeGroup?: number;
  /** SSIDs served on a radio interface. */
  ssids?: string[];
  /**
   * URL (web content) filtering applied on this interface (Yamaha `url lan1 filter in …`). Not a packet
   * filter: it judges HTTP requests by URL, so it is recorded as a fact only.
   */
  urlFilters?: { direction: 'in' | 'out'; source: SourceSpan }[];
  source: SourceSpan;
}

export interface TunnelSettings {
  source?: string;
  destination?: string;
  mode?: string;
  /** IPsec profile protecting the tunnel (`tunnel protection ipsec profile X`). */
  protection?: string;
  sourceSpan: SourceSpan;
}

export interface Vlan {
  id: number;
  name?: string;
  source: SourceSpan;
}

export interface Route {
  prefix: string;
  length: number;
  family: 4 | 6;
  nextHop?: string;
  interface?: string;
  vrf?: string;
  distance?: number;
  kind: 'static' | 'default-gateway';
  source: SourceSpan;
}

/** Static or dynamic address translation, including port forwarding. */
export interface NatRule {
  kind: 'static' | 'dynamic' | 'port-forward';
  direction: 'source' | 'destination';
  protocol?: number;
  /** Real (inside) side. */
  inside: { address?: string; prefixLength?: number; port?: number; list?: string };
  /** Translated (outside) side: an address or the interface's address. */
  outside: { address?: string; interface?: string; port?: number; pool?: string };
  overload?: boolean;
  source: SourceSpan;
}

/** IKE (phase 1) proposal/policy. Algorithm names are normalised to lower case (`aes-256`, `sha1`). */
export interface IkeProposal {
  name: string;
  version: 1 | 2;
  encryption: string[];
  integrity: string[];
  /** Diffie-Hellman groups (numbers). */
  dhGroups: number[];
  authentication?: 'pre-share' | 'rsa-sig' | 'ecdsa-sig' | 'eap' | 'other';
  lifetimeSeconds?: number;
  /** True where a value was not configured and the parser applied the platform default. */
  defaultsApplied?: string[];
  source: SourceSpan;
}

/** IPsec (phase 2) transform set / proposal. */
export interface IpsecProposal {
  name: string;
  protocols: ('esp' | 'ah')[];
  encryption: string[];
  integrity: string[];
  mode?: 'tunnel' | 'transport';
  source: SourceSpan;
}

/** One IPsec peering: a crypto-map entry, an IPsec profile on a tunnel, a VPN phase1 interface … */
export interface VpnTunnel {
  name: string;
  peer?: string;
  ikeVersion?: 1 | 2;
  /** Mode of IKEv1 phase 1 negotiation. */
  ikeMode?: 'main' | 'aggressive';
  ikeProposals: string[];
  ipsecProposals: string[];
  pfsGroup?: number;
  /** Filter selecting the protected traffic (crypto ACL), when policy-based. */
  protectedTraffic?: string;
  /** Interfaces the tunnel is bound to (crypto map on interface, tunnel interface). */
  interfaces: string[];
  authentication?: 'pre-share' | 'certificate' | 'other';
  source: SourceSpan;
}

export interface PreSharedKey {
  peer: string;
  key: Secret;
  source: SourceSpan;
}

/** Remote-access SSL VPN as configured (FortiGate `config vpn ssl settings`): facts only. */
export interface SslVpnSettings {
  /** Listening port (FortiOS default 443). */
  port: number;
  /** Interfaces the portal listens on; empty = not listening anywhere. */
  interfaces: string[];
  /** Address objects allowed to connect; empty = any source. */
  sourceAddresses: string[];
  /** Address pools handed to tunnel-mode clients. */
  tunnelPools: string[];
  source: SourceSpan;
}

export interface VpnSettings {
  ikeProposals: IkeProposal[];
  ipsecProposals: IpsecProposal[];
  tunnels: VpnTunnel[];
  preSharedKeys: PreSharedKey[];
  /** Remote-access SSL VPN, when the device offers one. */
  sslVpn?: SslVpnSettings;
}

export type WlanSecurity = 'open' | 'wep' | 'wpa' | 'wpa-wpa2' | 'wpa2' | 'wpa2-wpa3' | 'wpa3' | 'owe' | 'unknown';

/** A wireless network served by the device. */
export interface Wlan {
  ssid: string;
  security: WlanSecurity;
  /** How stations authenticate: pre-shared key, 802.1X/EAP, SAE, or nothing. */
  authentication: 'none' | 'psk' | 'sae' | 'enterprise' | 'unknown';
  ciphers: ('wep' | 'tkip' | 'ccmp' | 'gcmp')[];
  vlan?: number;
  psk?: Secret;
  broadcast?: boolean;
  /** Interfaces (radios) the SSID is enabled on. */
  radios: string[];
  source: SourceSpan;
}

export interface DeviceStats {
  /** Non-blank lines of the file. */
  lines: number;
  /** Lines turned into model elements. */
  modelled: number;
  /** Lines recognised and knowingly not modelled (comments, cosmetic or irrelevant commands). */
  ignored: number;
  /** Lines that became diagnostics. */
  unrecognized: number;
}

/** One network device, vendor-neutral. Every element carries its source span. */
export interface Device {
  hostname: string;
  vendor: VendorId;
  /** OS name and version as the config states it. */
  os?: { name: string; version?: string; source: SourceSpan };
  file: string;
  interfaces: Interface[];
  vlans: Vlan[];
  filters: Filter[];
  addressObjects: AddressObject[];
  serviceObjects: ServiceObject[];
  routes: Route[];
  nat: NatRule[];
  vpn: VpnSettings;
  wlans: Wlan[];
  management: Management;
  /** Zone-pair firewall rulebase (FortiGate policies, PAN-OS, SRX), when the device has one. */
  securityPolicy?: SecurityPolicy;
  /** Filter bindings outside interfaces (e.g. SNMP, HTTP server access-class). */
  otherFilterBindings: (FilterBinding & { purpose: string })[];
  /** IP routing enabled (L3 forwarding between interfaces). */
  ipRouting: boolean;
  stats: DeviceStats;
  /** Span of the hostname line (or line 1) used when a finding concerns the whole device. */
  source: SourceSpan;
}
