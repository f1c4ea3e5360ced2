import type { ServiceEntry } from '../../model/index.js';

/**
 * FortiOS factory services, used when a policy names one that the config does not define (short
 * `show` exports and hand-written configs omit them). Values as in the factory
 * `config firewall service custom` of FortiOS 7.4 (the full configuration
 * `../shared/corpus/fortigate/not1sam_fgvm_7.4.12_full.conf`, lines 7834 ff.: ALL = protocol IP,
 * HTTP = tcp 80, PING = ICMP type 8, …). A config that defines the name always wins.
 */
const tcp = (...ports: (number | [number, number])[]): ServiceEntry[] =>
  ports.map((p) => ({ protocol: 6, dstPorts: [Array.isArray(p) ? { from: p[0], to: p[1] } : { from: p, to: p }] }));
const udp = (...ports: (number | [number, number])[]): ServiceEntry[] =>
  ports.map((p) => ({ protocol: 17, dstPorts: [Array.isArray(p) ? { from: p[0], to: p[1] } : { from: p, to: p }] }));

export const PREDEFINED_SERVICES: Readonly<Record<string, ServiceEntry[]>> = {
  ALL: [{ protocol: undefined }],
  ALL_TCP: tcp([1, 65535]),
  ALL_UDP: udp([1, 65535]),
  ALL_ICMP: [{ protocol: 1 }],
  ALL_ICMP6: [{ protocol: 58 }],
  GRE: [{ protocol: 47 }],
  AH: [{ protocol: 51 }],
  ESP: [{ protocol: 50 }],
  HTTP: tcp(80),
  HTTPS: tcp(443),
  'Web Access': [...tcp(80), ...tcp(443)],
  DNS: [...tcp(53), ...udp(53)],
  FTP: tcp(21),
  SSH: tcp(22),
  TELNET: tcp(23),
  SMTP: tcp(25),
  SMTPS: tcp(465),
  POP3: tcp(110),
  POP3S: tcp(995),
  IMAP: tcp(143),
  IMAPS: tcp(993),
  NTP: [...tcp(123), ...udp(123)],
  SNMP: [...tcp([161, 162]), ...udp([161, 162])],
  SYSLOG: udp(514),
  RDP: tcp(3389),
  SAMBA: tcp(139),
  SMB: tcp(445),
  LDAP: tcp(389),
  KERBEROS: [...tcp(88, 464), ...udp(88, 464)],
  RADIUS: udp(1812, 1813),
  'MS-SQL': tcp(1433, 1434),
  MYSQL: tcp(3306),
  TFTP: udp(69),
  DHCP: udp([67, 68]),
  IKE: udp(500, 4500),
  PING: [{ protocol: 1, icmp: [{ type: 8 }] }],
  TIMESTAMP: [{ protocol: 1, icmp: [{ type: 13 }] }],
  TRACEROUTE: udp([33434, 33535]),
  VNC: tcp(5900),
};
