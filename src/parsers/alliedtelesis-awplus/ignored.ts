/**
 * Commands knowingly not modelled, per mode, with the reason. A line whose words start with one of
 * these prefixes is counted as ignored and never reaches the grammar. `opensBlock` marks commands
 * whose indented sub-mode is ignored with them. Anything not listed here and not in the grammar is a
 * diagnostic.
 */
export interface IgnoredCommand {
  prefix: string;
  reason: string;
  opensBlock?: boolean;
}

const TOP: IgnoredCommand[] = [
  { prefix: 'end', reason: 'end of configuration' },
  { prefix: 'no banner', reason: 'no banner: the default, nothing to model' },
  { prefix: 'no clock timezone', reason: 'default time zone (UTC, unnamed): no zone is configured' },
  { prefix: 'clock summer-time', reason: 'daylight saving rules: not audited' },
  { prefix: 'platform', reason: 'hardware resource allocation' },
  { prefix: 'service mlag', reason: 'MLAG service: redundancy, not audited' },
  { prefix: 'no service mlag', reason: 'MLAG service: redundancy, not audited' },
  { prefix: 'mlag domain', reason: 'MLAG domain: redundancy, not audited', opensBlock: true },
  { prefix: 'ip multicast-routing', reason: 'multicast routing: not modelled' },
  { prefix: 'no ip multicast-routing', reason: 'multicast routing: not modelled' },
  { prefix: 'spanning-tree', reason: 'spanning tree: loop prevention, not audited' },
  { prefix: 'no spanning-tree', reason: 'spanning tree: loop prevention, not audited' },
  { prefix: 'lacp', reason: 'LACP system settings: not audited' },
  { prefix: 'ssh server allow-users', reason: 'SSH user allow-list: no model field yet' },
  { prefix: 'ssh server deny-users', reason: 'SSH user deny-list: no model field yet' },
  { prefix: 'ssh server scp', reason: 'SSH file transfer option: not audited' },
  { prefix: 'ssh server sftp', reason: 'SSH file transfer option: not audited' },
  { prefix: 'ssh server max-startups', reason: 'SSH session limit: not audited' },
  { prefix: 'stack', reason: 'VCStack settings: not audited' },
  { prefix: 'no stack', reason: 'VCStack settings: not audited' },
  { prefix: 'lldp', reason: 'LLDP settings: not audited' },
  { prefix: 'snmp-server enable trap', reason: 'SNMP notification selection: not audited' },
  { prefix: 'snmp-server location', reason: 'SNMP location text' },
  { prefix: 'snmp-server contact', reason: 'SNMP contact text' },
  { prefix: 'snmp-server view', reason: 'SNMP MIB views: not modelled' },
  { prefix: 'ntp source', reason: 'NTP source address: not audited' },
  { prefix: 'ntp trusted-key', reason: 'NTP trusted key number (the key itself is on its own line)' },
  { prefix: 'log buffered', reason: 'local log buffer: not a remote destination' },
  { prefix: 'log console', reason: 'console logging: not a remote destination' },
  { prefix: 'log monitor', reason: 'terminal logging: not a remote destination' },
  { prefix: 'log permanent', reason: 'local permanent log: not a remote destination' },
  { prefix: 'log external', reason: 'USB log: not a remote destination' },
  { prefix: 'router ospf', reason: 'dynamic routing: not modelled', opensBlock: true },
  { prefix: 'router ospf6', reason: 'dynamic routing: not modelled', opensBlock: true },
  { prefix: 'router bgp', reason: 'dynamic routing: not modelled', opensBlock: true },
  { prefix: 'router rip', reason: 'dynamic routing: not modelled', opensBlock: true },
  { prefix: 'router vrrp', reason: 'VRRP redundancy: not modelled', opensBlock: true },
  { prefix: 'class-map', reason: 'QoS classification: not audited', opensBlock: true },
  { prefix: 'policy-map', reason: 'QoS policy: not audited', opensBlock: true },
  { prefix: 'mls qos', reason: 'QoS: not audited' },
  { prefix: 'ip dhcp pool', reason: 'DHCP server pool contents: not audited', opensBlock: true },
  { prefix: 'ip name-server', reason: 'DNS resolver: not audited' },
  { prefix: 'ip domain-name', reason: 'DNS domain: not audited' },
  { prefix: 'ip domain-list', reason: 'DNS domain: not audited' },
  { prefix: 'ip dns forwarding', reason: 'DNS relay: not audited' },
  { prefix: 'loop-protection', reason: 'loop detection: not audited' },
  { prefix: 'mac address-table', reason: 'MAC table settings: not audited' },
  { prefix: 'power-inline', reason: 'PoE settings' },
  { prefix: 'ecofriendly', reason: 'power saving settings' },
  { prefix: 'atmf', reason: 'AMF (Allied Telesis Management Framework) settings: not audited' },
  { prefix: 'system territory', reason: 'system locale' },
  { prefix: 'exception coredump', reason: 'diagnostics settings' },
  { prefix: 'crypto pki', reason: 'certificates: not audited', opensBlock: true },
  { prefix: 'crypto key', reason: 'key generation record: not audited' },
  { prefix: 'openflow', reason: 'OpenFlow settings: not audited' },
  { prefix: 'ipv6 forwarding', reason: 'IPv6 routing switch: IPv6 reachability not modelled' },
  { prefix: 'ip dhcp snooping', reason: 'DHCP snooping: not audited' },
];

const INTERFACE: IgnoredCommand[] = [
  { prefix: 'speed', reason: 'link speed' },
  { prefix: 'duplex', reason: 'link duplex' },
  { prefix: 'mtu', reason: 'MTU' },
  { prefix: 'flowcontrol', reason: 'flow control' },
  { prefix: 'polarity', reason: 'cable polarity' },
  { prefix: 'lldp', reason: 'LLDP per port: not audited' },
  { prefix: 'spanning-tree', reason: 'spanning tree per port: not audited' },
  { prefix: 'storm-control', reason: 'storm control: not audited' },
  { prefix: 'ip dhcp-client', reason: 'DHCP client options' },
  { prefix: 'ip helper-address', reason: 'DHCP relay: not audited' },
  { prefix: 'ipv6 enable', reason: 'IPv6 link-local address only' },
  { prefix: 'ipv6 address dhcp', reason: 'DHCPv6 address: IPv6 reachability not modelled' },
  { prefix: 'ipv6 address autoconfig', reason: 'SLAAC address: IPv6 reachability not modelled' },
  { prefix: 'ipv6 nd', reason: 'IPv6 neighbour discovery options' },
  { prefix: 'mlag', reason: 'MLAG membership: redundancy, not audited' },
  { prefix: 'service-policy', reason: 'QoS policy: not audited' },
  { prefix: 'mls qos', reason: 'QoS: not audited' },
  { prefix: 'loop-protection', reason: 'loop detection: not audited' },
  { prefix: 'thrash-limiting', reason: 'MAC thrash limiting: not audited' },
  { prefix: 'power-inline', reason: 'PoE settings' },
  { prefix: 'ecofriendly', reason: 'power saving settings' },
  { prefix: 'ip igmp', reason: 'multicast snooping: not audited' },
  { prefix: 'ipv6 mld', reason: 'multicast snooping: not audited' },
  { prefix: 'ip ospf', reason: 'dynamic routing: not modelled' },
  { prefix: 'ip dhcp snooping', reason: 'DHCP snooping: not audited' },
  { prefix: 'egress-rate-limit', reason: 'rate limiting: not audited' },
  { prefix: 'ingress-rate-limit', reason: 'rate limiting: not audited' },
  { prefix: 'openflow', reason: 'OpenFlow settings: not audited' },
  { prefix: 'auth timeout', reason: 'authentication timers: not audited' },
  { prefix: 'auth reauthentication', reason: 're-authentication timer: not audited' },
  { prefix: 'auth dynamic-vlan-creation', reason: 'RADIUS-assigned VLANs: not modelled' },
  { prefix: 'auth guest-vlan', reason: 'guest VLAN for unauthenticated supplicants: not modelled' },
  { prefix: 'auth critical', reason: 'behaviour when RADIUS is unreachable: not modelled' },
  { prefix: 'auth max-supplicant', reason: 'supplicant count limit: not audited' },
  { prefix: 'dot1x control-direction', reason: '802.1X control direction: not modelled' },
  { prefix: 'dot1x max-reauth-req', reason: '802.1X timers: not audited' },
  { prefix: 'switchport port-security aging', reason: 'port-security aging: not modelled' },
  { prefix: 'switchport enable vlan', reason: 'VLAN enable per port: not modelled' },
];

const LINE: IgnoredCommand[] = [
  { prefix: 'length', reason: 'terminal length' },
  { prefix: 'privilege level', reason: 'privilege level on login: not modelled' },
];

function matches(content: string, list: IgnoredCommand[]): IgnoredCommand | undefined {
  return list.find((c) => content === c.prefix || content.startsWith(`${c.prefix} `));
}

export type IgnoreMode = 'top' | 'interface' | 'line';

const LISTS: Record<IgnoreMode, IgnoredCommand[]> = { top: TOP, interface: INTERFACE, line: LINE };

export function ignoredCommand(content: string, mode: IgnoreMode): IgnoredCommand | undefined {
  return matches(content, LISTS[mode]);
}
