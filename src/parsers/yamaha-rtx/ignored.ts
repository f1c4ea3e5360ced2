/**
 * Commands the parser recognises, per group with the reason. A line matches a head when its first
 * words equal the head's words; `*` stands for any one word (an interface such as `lan1` or `pp`).
 *
 * IGNORED: knowingly not modelled, because the audit does not need them.
 * NOT_YET: security-relevant commands this parser does not model yet (issue #4). They are reported
 * as diagnostics with their own reason, so that a user sees what the audit could not take into account.
 * There is no catch-all: anything not listed and not understood by the grammar is a diagnostic.
 */
interface CommandGroup {
  why: string;
  heads: string[];
}

const IGNORED: CommandGroup[] = [
  {
    why: 'Device housekeeping with no security effect: alarms, scripts, aliases, console, statistics, hardware ports, switch control, queueing.',
    heads: [
      'alarm', 'lua', 'luac', 'alias', 'console', 'statistics', 'speed', 'queue', 'account threshold', 'lan port',
      'lan backup', 'lan port-mirroring', 'lan flexible-port', 'lan link-aggregation', 'switching-hub', 'switch control',
      'switch select', 'ap control', 'operation', 'ip * mtu', 'ipv6 * mtu', 'ip * tcp mss', 'ip tunnel tcp mss',
      'tunnel name', 'show', 'ip * rip', 'ipv6 * rip', 'ip * mtu', 'ip keepalive', 'heartbeat2', 'system packet-buffer',
    ],
  },
  {
    why: 'Name resolution and dynamic DNS: no effect on which traffic may flow.',
    heads: ['dns', 'ip host', 'netvolante-dns'],
  },
  {
    why: 'Telephony (analog ports, SIP, ISDN) of NVR models: not part of the data network.',
    heads: ['analog', 'sip', 'isdn'],
  },
  {
    why: 'E-mail notification of events: no security effect on the network.',
    heads: ['mail'],
  },
  {
    why: 'DHCP address pools and DHCP client behaviour: which addresses are handed out, not which traffic is allowed.',
    heads: ['dhcp scope', 'dhcp server', 'dhcp client'],
  },
  {
    why: 'PPP / PPPoE link parameters: how the upstream link is kept up, not what crosses it.',
    heads: [
      'pp always-on', 'pp keepalive', 'pp name', 'pppoe auto', 'pppoe call', 'ppp lcp', 'ppp ipcp', 'ppp ccp',
      'ppp ipv6cp', 'pp auth accept', 'ip * remote address pool', 'ip pp remote address',
    ],
  },
  {
    why: 'The router\'s own account at its ISP (`pp auth myname`, provider settings): the client side of the upstream link, not an access path into the device or the network. Ignored lines never reach any output, so the password stays unseen.',
    heads: ['pp auth myname', 'tunnel hb46pp auth myname', 'provider'],
  },
  {
    why: 'IPv6 address provisioning from the provider (prefix delegation, router advertisements, NGN type): addresses, not filtering.',
    heads: ['ipv6 prefix', 'ipv6 * rtadv', 'ipv6 * dhcp service', 'ngn type'],
  },
  {
    why: 'Intrusion detection reacts to attack signatures; it does not change which flows the filters allow.',
    heads: ['ip * intrusion detection'],
  },
  {
    why: 'IPsec and L2TP session upkeep and identifiers (keepalive, logging, NAT traversal, SA refresh, own endpoint address, router ids, host names, mode-cfg address pools): they keep a tunnel alive or name it; algorithms, peers and keys are modelled.',
    heads: [
      'ipsec ike keepalive', 'ipsec ike nat-traversal', 'ipsec auto refresh', 'ipsec ike local name', 'ipsec ike remote name',
      'ipsec ike mode-cfg', 'l2tp keepalive', 'l2tp syslog', 'l2tp always-on', 'l2tp tunnel disconnect time',
      'l2tp local router-id', 'l2tp remote router-id', 'l2tp remote end-id', 'l2tp hostname',
    ],
  },
  {
    why: 'Timers of dynamic filters and syslog transport details: no effect on which flows are allowed or logged.',
    heads: ['ip filter dynamic timer', 'syslog srcport', 'syslog facility', 'syslog local address'],
  },
  {
    why: 'Which message classes go to syslog and which events raise SNMP traps: the remote syslog and trap hosts themselves are modelled.',
    heads: ['syslog info', 'syslog notice', 'syslog debug', 'snmp trap enable'],
  },
  {
    why: 'Files and macros kept in the configuration (`embedded file NAME <<EOF … EOF`, `macro … <<EOM … EOM`): stored text run only on demand, not settings in force. parse.ts skips their body up to the end marker.',
    heads: ['embedded file', 'macro'],
  },
  {
    why: 'Provider type of a MAP-E tunnel: how the IPv4-over-IPv6 address is derived, not what may cross the tunnel.',
    heads: ['tunnel map-e'],
  },
];

const NOT_YET: CommandGroup[] = [
  {
    why: 'recognised but not modelled yet (issue #4) / 認識済みですが未対応のコマンドです',
    heads: [
      'nat descriptor', 'ipsec', 'tunnel hb46pp', 'l2tp', 'url filter external-database', 'ethernet',
      'security class', 'snmp host', 'snmpv2c host', 'snmpv3', 'snmp sysname',
      'snmp syslocation', 'snmp syscontact', 'ipv6 * secure filter name', 'ip * secure filter name',
      'ip filter set', 'ipv6 filter set', 'vlan interconnect log',
      'lan shutdown', 'ospf', 'ip * ospf', 'bgp', 'rip', 'schedule', 'sntpd',
      'sshd host key', 'sshd encrypt', 'sshd auth', 'sftpd', 'telnetd listen', 'httpd timeout',
      'ip * wol', 'dhcp relay',
      'administrator radius', 'login radius',
    ],
  },
];

export type Classification = { kind: 'ignored' } | { kind: 'not-yet'; reason: string } | undefined;

function matches(words: string[], head: string): boolean {
  const parts = head.split(' ');
  if (parts.length > words.length) return false;
  return parts.every((part, i) => part === '*' || part === words[i]);
}

/** Whether a line is a knowingly ignored command, a not-yet-modelled one, or neither. */
export function classifyCommand(content: string): Classification {
  const words = content.split(/\s+/);
  if (IGNORED.some((g) => g.heads.some((h) => matches(words, h)))) return { kind: 'ignored' };
  const notYet = NOT_YET.find((g) => g.heads.some((h) => matches(words, h)));
  return notYet ? { kind: 'not-yet', reason: notYet.why } : undefined;
}
