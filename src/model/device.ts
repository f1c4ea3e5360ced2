import type { AddressObject, Filter, FilterBinding, ServiceObject } from './filter.js';
import type { Management } from './management.js';
import type { OperationalState } from './operational.js';
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
  /**
   * The port sends DTP (Cisco Dynamic Trunking Protocol) frames, so a neighbour could negotiate a trunk
   * or learn the port's stance. Set by parsers of platforms that speak DTP; absent elsewhere (NAC-02).
   */
  negotiates?: boolean;
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

/**
 * Layer-2 guards on one switch port (NAC-02), as the config states them; an absent field means the
 * config does not switch it on for this port (device-wide defaults are in `Device.l2Guards`).
 */
export interface PortGuards {
  /** IP source guard: only addresses learnt by DHCP snooping (or bound statically) may send (IOS `ip verify source`). */
  ipSourceGuard?: boolean;
  /** BPDU guard set on the port itself: true = enabled, false = explicitly disabled (IOS `spanning-tree bpduguard enable|disable`). */
  bpduGuard?: boolean;
  /** PortFast / edge port set on the port (IOS `spanning-tree portfast [edge]`): device-wide BPDU guard defaults act on these. */
  portfast?: boolean;
  /** Trusted for DHCP snooping: DHCP server replies are accepted here (IOS `ip dhcp snooping trust`). */
  dhcpSnoopingTrusted?: boolean;
  /** Trusted for dynamic ARP inspection (IOS `ip arp inspection trust`). */
  arpInspectionTrusted?: boolean;
  source: SourceSpan;
}

/**
 * Device-wide layer-2 guards of a switch (NAC-02). Present on the switches of platforms whose parser
 * reads these guards (IOS, AlliedWare Plus), even when none is configured; absent = not known.
 */
export interface L2GuardSettings {
  /** DHCP snooping switched on globally (IOS `ip dhcp snooping`, AW+ `service dhcp-snooping`). */
  dhcpSnooping?: SourceSpan;
  /** VLANs DHCP snooping watches (IOS `ip dhcp snooping vlan 10,20`; AW+ `ip dhcp snooping` on `interface vlanN`). */
  dhcpSnoopingVlans: number[];
  /** VLANs dynamic ARP inspection watches (IOS `ip arp inspection vlan …`; AW+ `arp security` on `interface vlanN`). */
  arpInspectionVlans: number[];
  /** BPDU guard on every PortFast port (IOS `spanning-tree portfast [edge] bpduguard default`). */
  bpduGuardDefault?: SourceSpan;
  /** Every access port is PortFast (IOS `spanning-tree portfast [edge] default`). */
  portfastDefault?: SourceSpan;
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
  /** Layer-2 guards set on this port (NAC-02). */
  portGuards?: PortGuards;
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
  /**
   * Unicast reverse-path forwarding check on received packets (IOS `ip verify unicast source
   * reachable-via rx` = strict, `any` = loose): a packet is dropped when the route back to its source
   * does not leave by this interface (strict) or by any interface (loose). Absent = not configured.
   */
  reversePathCheck?: { mode: 'strict' | 'loose'; source: SourceSpan };
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
  /**
   * The rule rewrites the addresses of outside hosts as inside hosts see them (IOS `ip nat outside
   * source`): it publishes no inside host. Undefined = it translates inside hosts.
   */
  translatesOutsideHosts?: boolean;
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
  /**
   * The tunnel carries remote-access users who log in (dial-in L2TP/IPsec, IPsec with XAuth) rather
   * than a site; undefined = a site-to-site tunnel as far as the parser knows.
   */
  remoteAccess?: boolean;
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
  /** Interface the tunnel-mode users' traffic arrives on, as rulebases name it (FortiGate `ssl.<vdom>`). */
  tunnelInterface?: string;
  /**
   * Lowest TLS version accepted, as configured (`1.0` … `1.3`); undefined = not set in the config, so
   * the firmware's default applies (it differs between releases).
   */
  minTlsVersion?: string;
  /** Clients must present a certificate (FortiGate `reqclientcert enable`); undefined = not set. */
  clientCertificate?: boolean;
  /** A second factor is required of every user (FortiGate `force-two-factor-auth enable`); undefined = not set. */
  forceTwoFactor?: boolean;
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
  /**
   * Interface the SSID's traffic enters when it is not bridged to a VLAN tag (FortiGate tunnel-mode VAP:
   * the VAP is itself a FortiGate interface). WLS-03 takes the SSID's zone from it.
   */
  interface?: string;
  /** The VLAN is assigned per station by RADIUS (FortiGate `set dynamic-vlan enable`): the config alone does not fix it. */
  dynamicVlan?: boolean;
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
  /** OS name and version as the config states it; `model` is the hardware model when the config names it (SVC-04). */
  os?: { name: string; version?: string; model?: string; source: SourceSpan };
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
  /** Device-wide layer-2 guards (DHCP snooping, ARP inspection, BPDU guard defaults) where the parser reads them (NAC-02). */
  l2Guards?: L2GuardSettings;
  /** Zone-pair firewall rulebase (FortiGate policies, PAN-OS, SRX), when the device has one. */
  securityPolicy?: SecurityPolicy;
  /** Filter bindings outside interfaces (e.g. SNMP, HTTP server access-class). */
  otherFilterBindings: (FilterBinding & { purpose: string })[];
  /** IP routing enabled (L3 forwarding between interfaces). */
  ipRouting: boolean;
  stats: DeviceStats;
  /**
   * Link states and neighbours from operational exports found beside the config (optional; see
   * src/input/operational/). Absent when no export matched the device.
   */
  operational?: OperationalState;
  /** Span of the hostname line (or line 1) used when a finding concerns the whole device. */
  source: SourceSpan;
}
