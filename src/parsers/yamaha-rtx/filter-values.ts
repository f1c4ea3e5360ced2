import type { IcmpMatch, PortRange } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';

/**
 * Protocol words of `ip filter` (Y-CMD 8.1.10, vendor-syntax.md §1). `tcpsyn`/`tcpflag=…` match
 * connection-opening TCP segments and are taken as plain TCP (what opens a flow is what the audit
 * asks about). `tcpfin`/`tcprst` and `established` match only segments of an existing session: TCP
 * with `established`. `icmp-error`/`icmp-info` are ICMP restricted to the error / informational types.
 */
export interface ProtocolChoice {
  protocol: number | undefined;
  established?: boolean;
  icmp?: IcmpMatch[];
}

const NUMBERED: Record<string, number> = {
  icmp: 1, igmp: 2, ipip: 4, tcp: 6, udp: 17, ipv6: 41, gre: 47, esp: 50, ah: 51, icmp6: 58, ospf: 89, pim: 103, sctp: 132,
};

// RFC 792 error types (unreachable, source quench, redirect, time exceeded, parameter problem) and the rest.
const ICMP_ERROR_TYPES = [3, 4, 5, 11, 12];
const ICMP_INFO_TYPES = [0, 8, 9, 10, 13, 14, 15, 16, 17, 18];

export function protocolOf(word: string): ProtocolChoice {
  if (word === '*') return { protocol: undefined };
  if (/^[0-9]+$/.test(word)) {
    const n = Number(word);
    if (n > 255) throw new LineNotUnderstood(`protocol number ${word} out of range / プロトコル番号が範囲外です`);
    return { protocol: n };
  }
  if (word === 'established' || word === 'tcpfin' || word === 'tcprst') return { protocol: 6, established: true };
  if (word === 'tcpsyn' || /^tcpflag(!?=)0x[0-9a-fA-F]+(\/0x[0-9a-fA-F]+)?$/.test(word)) return { protocol: 6 };
  if (word === 'icmp-error') return { protocol: 1, icmp: ICMP_ERROR_TYPES.map((type) => ({ type })) };
  if (word === 'icmp-info') return { protocol: 1, icmp: ICMP_INFO_TYPES.map((type) => ({ type })) };
  const n = NUMBERED[word];
  if (n === undefined) throw new LineNotUnderstood(`unknown protocol "${word}" / 不明なプロトコル`);
  return { protocol: n };
}

/**
 * Port mnemonics of `ip filter`. Numbers are the IANA well-known ports; `ftp` stands for both 20 and
 * 21 (vendor-syntax.md §1, Y-CMD 8.1.10). The list of names was not checked one by one against
 * Y-CMD ([M] in vendor-syntax.md terms): a name missing here becomes a diagnostic, never a guess.
 */
const PORT_NAMES: Record<string, number[]> = {
  ftp: [20, 21], ftpdata: [20], telnet: [23], smtp: [25], domain: [53], gopher: [70], finger: [79], www: [80],
  pop3: [110], sunrpc: [111], ident: [113], nntp: [119], ntp: [123], netbios_ns: [137], netbios_dgm: [138],
  netbios_ssn: [139], imap: [143], snmp: [161], snmptrap: [162], bgp: [179], https: [443], submission: [587],
  bootps: [67], bootpc: [68], tftp: [69], login: [513], exec: [512], shell: [514], syslog: [514], printer: [515],
  talk: [517], route: [520], uucp: [540], ssh: [22], nfs: [2049], l2tp: [1701], pptp: [1723], ike: [500],
};

/** One port word: `*`, `N`, `name`, `N-M`, `N-`, `-M`, `name-name`. Undefined = any port. */
export function portsOf(words: string[] | null | undefined): PortRange[] | undefined {
  if (!words || words.every((w) => w === '*')) return undefined;
  const ranges: PortRange[] = [];
  for (const word of words) {
    if (word === '*') return undefined;
    ranges.push(...portWord(word));
  }
  return ranges;
}

function portWord(word: string): PortRange[] {
  const dash = word.indexOf('-');
  if (dash < 0) return portValue(word).map((p) => ({ from: p, to: p }));
  const left = word.slice(0, dash);
  const right = word.slice(dash + 1);
  const from = left === '' ? 0 : Math.min(...portValue(left));
  const to = right === '' ? 65535 : Math.max(...portValue(right));
  if (from > to) throw new LineNotUnderstood(`empty port range ${word} / 空のポート範囲`);
  return [{ from, to }];
}

function portValue(word: string): number[] {
  if (/^[0-9]+$/.test(word)) {
    const n = Number(word);
    if (n > 65535) throw new LineNotUnderstood(`port ${word} out of range / ポート番号が範囲外です`);
    return [n];
  }
  const named = PORT_NAMES[word];
  if (!named) throw new LineNotUnderstood(`unknown port name "${word}" / 不明なポート名`);
  return named;
}
