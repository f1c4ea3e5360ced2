import type { PortRange } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';

/** Protocol word of `ip access-list … permit|deny PROTO`: `ip` = any protocol, names or a number. */
const PROTOCOLS: Record<string, number | undefined> = { ip: undefined, ipv6: undefined, icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, esp: 50, ah: 51, icmpv6: 58, ospf: 89 };

export function protocolOf(word: string, family: 4 | 6): number | undefined {
  const lower = word.toLowerCase();
  if (lower in PROTOCOLS) return lower === 'icmp' && family === 6 ? 58 : PROTOCOLS[lower];
  if (/^[0-9]+$/.test(word) && Number(word) <= 255) return Number(word);
  throw new LineNotUnderstood(`unknown protocol "${word}" / 不明なプロトコル`);
}

/** Well-known port names, as used instead of numbers. */
const PORT_NAMES: Record<string, number> = {
  ftp: 21, 'ftp-data': 20, ssh: 22, telnet: 23, smtp: 25, domain: 53, bootps: 67, bootpc: 68, tftp: 69, www: 80, http: 80,
  pop3: 110, ntp: 123, snmp: 161, 'snmp-trap': 162, https: 443, isakmp: 500, syslog: 514, 'ipsec-nat-t': 4500,
};

function portOf(word: string): number {
  const n = /^[0-9]+$/.test(word) ? Number(word) : PORT_NAMES[word.toLowerCase()];
  if (n === undefined || n > 65535) throw new LineNotUnderstood(`unknown port "${word}" / 不明なポート`);
  return n;
}

export type PortSpec = { op: 'any' } | { op: 'range'; from: string; to: string } | { op: 'eq' | 'gt' | 'lt' | 'ge' | 'le' | 'ne'; port: string };

/** Port ranges a port condition matches; undefined = any port. */
export function portRanges(spec: PortSpec | null): PortRange[] | undefined {
  if (!spec || spec.op === 'any') return undefined;
  if (spec.op === 'range') {
    const from = portOf(spec.from);
    const to = portOf(spec.to);
    if (from > to) throw new LineNotUnderstood('port range from > to / ポート範囲の指定が逆です');
    return [{ from, to }];
  }
  const p = portOf(spec.port);
  switch (spec.op) {
    case 'eq':
      return [{ from: p, to: p }];
    case 'gt':
      return p < 65535 ? [{ from: p + 1, to: 65535 }] : [];
    case 'ge':
      return [{ from: p, to: 65535 }];
    case 'lt':
      return p > 0 ? [{ from: 0, to: p - 1 }] : [];
    case 'le':
      return [{ from: 0, to: p }];
    case 'ne':
      return [...(p > 0 ? [{ from: 0, to: p - 1 }] : []), ...(p < 65535 ? [{ from: p + 1, to: 65535 }] : [])];
  }
}
