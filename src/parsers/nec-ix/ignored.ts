/**
 * Commands the parser recognises without modelling them, per mode and group with the reason. A line
 * matches a head when its first words equal the head's words.
 *
 * IGNORED: knowingly not modelled, because the audit does not need them.
 * BLOCKS: mode headers whose indented lines are all ignored for the same reason.
 * NOT_YET: security-relevant commands this parser does not model yet. They are reported as
 * diagnostics with their own reason, so that a user sees what the audit could not take into account.
 * There is no catch-all: anything not listed and not understood by the grammar is a diagnostic.
 */
interface CommandGroup {
  why: string;
  heads: string[];
}

const GLOBAL_IGNORED: CommandGroup[] = [
  {
    why: 'CLI mode changes and housekeeping: entering/leaving configuration mode, terminal width, key generation.',
    heads: ['configure', 'end', 'exit', 'terminal default-width', 'terminal length', 'terminal width', 'pki private-key generate'],
  },
  {
    why: 'Log formatting and local log buffer: what is logged locally, not where logs go (remote hosts and timestamps are modelled).',
    heads: ['logging buffered', 'logging subsystem', 'logging level', 'syslog facility', 'syslog id', 'syslog ip source'],
  },
  {
    why: 'NTP polling intervals: how often the clock is set, not from where.',
    heads: ['ntp interval', 'ntp retry'],
  },
  {
    why: 'Forwarding cache, name resolution, DNS relay and DHCP service switches: no effect on which traffic may flow.',
    heads: ['ip ufs-cache', 'ipv6 ufs-cache', 'ip name-server', 'ipv6 name-server', 'proxy-dns', 'dns cache', 'ip dhcp-relay', 'ip dhcp enable', 'ipv6 dhcp enable', 'ip domain-name'],
  },
  {
    why: 'IKE/IPsec session upkeep and identities (keepalive, NAT traversal, initial contact, rekeying, ids, commit bit, pass-through): they keep a tunnel alive or name it; algorithms, peers and keys are modelled.',
    heads: [
      'ike initial-contact', 'ike keepalive', 'ike local-id', 'ike remote-id', 'ike suppress-dangling', 'ike nat-traversal',
      'ipsec rekey', 'ipsec commit-bit', 'ipsec local-id', 'ipsec remote-id', 'no ipsec ike-passthru', 'ipsec ike-passthru',
    ],
  },
  {
    why: 'SNMP descriptive values and trap source: no access is granted by them (communities and hosts are modelled).',
    heads: ['snmp-agent contact', 'snmp-agent location', 'snmp-agent ip trap-source', 'snmp-agent ip trap-enable'],
  },
  {
    why: 'Listening port of a management server: the server and its access list are modelled.',
    heads: ['ssh-server ip port', 'telnet-server ip port', 'http-server ip port'],
  },
  {
    why: 'Link monitoring (watch groups): reacts to a failed path, does not change what a filter allows.',
    heads: ['network-monitor'],
  },
];

const INTERFACE_IGNORED: CommandGroup[] = [
  {
    why: 'Link parameters (MTU, MSS clamping, speed, PPPoE dial behaviour, IPv6 switch-on, DHCPv6 client/server profiles, IKEv2 session upkeep): how the link runs, not what crosses it.',
    heads: [
      'ip mtu', 'ipv6 mtu', 'ip tcp adjust-mss', 'ipv6 tcp adjust-mss', 'auto-connect', 'no auto-connect', 'speed', 'duplex',
      'ipv6 enable', 'ipv6 dhcp client', 'ipv6 dhcp server', 'ikev2 connect-type', 'ikev2 ipsec pre-fragment', 'ikev2 nat-traversal',
      'ike nat-traversal', 'ppp keepalive', 'keepalive', 'ip napt translation', 'ip napt hairpinning', 'ipv6 nd',
    ],
  },
  {
    why: 'DHCP server profile binding: which addresses the interface hands out, not what traffic may flow.',
    heads: ['ip dhcp binding'],
  },
  {
    why: 'Leaving the mode: the next line at the left margin ends it anyway.',
    heads: ['exit'],
  },
];

const IKEV2_PROFILE_IGNORED: CommandGroup[] = [
  {
    why: 'IKEv2 session upkeep and own identity (dead-peer detection, local id, lifetimes): algorithms, groups and PFS are modelled.',
    heads: ['dpd', 'local-authentication', 'lifetime', 'sa-lifetime', 'child-lifetime', 'exit'],
  },
];

const PPP_PROFILE_IGNORED: CommandGroup[] = [{ why: 'Leaving the mode.', heads: ['exit'] }];

/** Mode headers whose block is knowingly not modelled. */
const BLOCKS: CommandGroup[] = [
  {
    why: 'Link monitoring (watch groups) and DHCP address/prefix provisioning profiles: addresses handed out and paths watched, not what traffic is allowed.',
    heads: ['watch-group', 'ipv6 dhcp client-profile', 'ipv6 dhcp server-profile', 'ip dhcp profile'],
  },
];

const NOT_YET: CommandGroup[] = [
  {
    why: 'recognised but not modelled yet (issue #4) / 認識済みですが未対応のコマンドです',
    heads: [
      'router', 'ip prefix-list', 'route-map', 'ip nat', 'nm', 'ip dynamic-filter', 'vrrp', 'ip ospf', 'radius-server', 'aaa', 'line',
      'http-server username', 'http-server authentication-method', 'ssh-server key-exchange', 'bridge',
    ],
  },
];

export type Classification = { kind: 'ignored' } | { kind: 'block' } | { kind: 'not-yet'; reason: string } | undefined;

function matches(words: string[], head: string): boolean {
  const parts = head.split(' ');
  if (parts.length > words.length) return false;
  return parts.every((part, i) => part === words[i]);
}

const listed = (groups: CommandGroup[], words: string[]) => groups.some((g) => g.heads.some((h) => matches(words, h)));

export type ModeKind = 'global' | 'interface' | 'ikev2-profile' | 'ppp-profile';

/** Whether a line of the given mode is a knowingly ignored command, a block header, a not-yet-modelled one, or neither. */
export function classifyCommand(content: string, mode: ModeKind): Classification {
  const words = content.split(/\s+/);
  if (mode === 'global' && listed(BLOCKS, words)) return { kind: 'block' };
  const ignored = mode === 'global' ? GLOBAL_IGNORED : mode === 'interface' ? INTERFACE_IGNORED : mode === 'ikev2-profile' ? IKEV2_PROFILE_IGNORED : PPP_PROFILE_IGNORED;
  if (listed(ignored, words)) return { kind: 'ignored' };
  const notYet = NOT_YET.find((g) => g.heads.some((h) => matches(words, h)));
  return notYet ? { kind: 'not-yet', reason: notYet.why } : undefined;
}
