import type { AddressMatch, IcmpMatch, MacMatch, PortRange } from '../../model/index.js';
import { formatIpv4, ipv4WildcardToLength, parseIpv4 } from '../../net/ipv4.js';
import { formatIpv6, ipv6NetworkAddress, parseIpv6 } from '../../net/ipv6.js';
import { normalizeMac } from '../../net/mac.js';
import { LineNotUnderstood } from './line-error.js';

/**
 * The pieces of an ACL entry as the grammar returns them, turned into model conditions. Object-group
 * references are left for object-groups.ts, which expands them once every group has been read.
 */

export type AddressAst =
  | { kind: 'any' }
  | { kind: 'host'; address: string }
  | { kind: 'wildcard'; address: string; wildcard: string }
  | { kind: 'group'; name: string }
  | { kind: 'host6'; address: string }
  | { kind: 'prefix6'; address: string; length: number };

export interface PortMatchAst {
  op: 'eq' | 'neq' | 'lt' | 'gt' | 'range';
  ports: number[];
}

export interface IcmpAst {
  type: number;
  code: number | null;
}

export type ProtocolAst = { kind: 'number'; value: number | null } | { kind: 'group'; name: string };

const TCP = 6;
const UDP = 17;
const SCTP = 132;
export const ICMP4 = 1;
export const ICMP6 = 58;
const PORT_MAX = 65535;

/** An IPv4 address condition; a contiguous wildcard becomes a prefix (IOS prints both the same way). */
export function ipv4AddressMatch(ast: AddressAst): AddressMatch {
  switch (ast.kind) {
    case 'any':
      return { kind: 'any', family: 4 };
    case 'host':
      return { kind: 'prefix', address: ast.address, length: 32, family: 4 };
    case 'wildcard': {
      const address = parseIpv4(ast.address);
      const wildcard = parseIpv4(ast.wildcard);
      if (address === undefined || wildcard === undefined) throw notAnAddress(`${ast.address} ${ast.wildcard}`);
      // IOS ignores the address bits the wildcard masks out; clearing them keeps the text canonical.
      const base = formatIpv4((address & ~wildcard) >>> 0);
      const length = ipv4WildcardToLength(wildcard);
      if (length !== undefined) return { kind: 'prefix', address: base, length, family: 4 };
      return { kind: 'wildcard', address: base, wildcard: ast.wildcard, family: 4 };
    }
    default:
      throw new LineNotUnderstood(`not an IPv4 address condition / IPv4 のアドレス条件ではありません`);
  }
}

export function ipv6AddressMatch(ast: AddressAst): AddressMatch {
  switch (ast.kind) {
    case 'any':
      return { kind: 'any', family: 6 };
    case 'host6':
      return { kind: 'prefix', address: ipv6Text(ast.address), length: 128, family: 6 };
    case 'prefix6':
      return ipv6Prefix(ast.address, ast.length);
    default:
      throw new LineNotUnderstood(`not an IPv6 address condition / IPv6 のアドレス条件ではありません`);
  }
}

export function ipv6Prefix(address: string, length: number): AddressMatch {
  const value = parseIpv6(address);
  if (value === undefined || length > 128) throw notAnAddress(`${address}/${length}`);
  return { kind: 'prefix', address: formatIpv6(ipv6NetworkAddress(value, length)), length, family: 6 };
}

export function ipv6Text(address: string): string {
  const value = parseIpv6(address);
  if (value === undefined) throw notAnAddress(address);
  return formatIpv6(value);
}

function notAnAddress(text: string): LineNotUnderstood {
  return new LineNotUnderstood(`"${text}" is not a valid address / アドレスが不正です`);
}

export function protocolHasPorts(protocol: number | null | undefined): boolean {
  return protocol === TCP || protocol === UDP || protocol === SCTP;
}

/**
 * Port condition → inclusive ranges. `neq` is the two ranges around the port; `lt`/`gt` are strict
 * (IOS: "lt — only packets with a lower port number").
 */
export function portRanges(ast: PortMatchAst, protocol: number | null | undefined): PortRange[] {
  if (!protocolHasPorts(protocol)) {
    throw new LineNotUnderstood('port condition on a protocol without ports / ポートのないプロトコルにポート条件があります');
  }
  for (const p of ast.ports) {
    if (p > PORT_MAX) throw new LineNotUnderstood(`port ${p} is out of range / ポート番号 ${p} が範囲外です`);
  }
  const [first, second] = ast.ports as [number, number];
  switch (ast.op) {
    case 'eq':
      return ast.ports.map((p) => ({ from: p, to: p }));
    case 'neq':
      return [
        ...(first > 0 ? [{ from: 0, to: first - 1 }] : []),
        ...(first < PORT_MAX ? [{ from: first + 1, to: PORT_MAX }] : []),
      ];
    case 'lt':
      if (first === 0) throw new LineNotUnderstood('"lt 0" matches no port / "lt 0" に一致するポートはありません');
      return [{ from: 0, to: first - 1 }];
    case 'gt':
      if (first === PORT_MAX) throw new LineNotUnderstood('"gt 65535" matches no port / "gt 65535" に一致するポートはありません');
      return [{ from: first + 1, to: PORT_MAX }];
    case 'range':
      if (second < first) throw new LineNotUnderstood('port range runs backwards / ポート範囲の順序が逆です');
      return [{ from: first, to: second }];
  }
}

export function icmpMatch(ast: IcmpAst, protocol: number | null | undefined, icmpProtocol: number): IcmpMatch {
  if (protocol !== icmpProtocol) {
    throw new LineNotUnderstood('ICMP message on a protocol other than ICMP / ICMP 以外のプロトコルに ICMP 条件があります');
  }
  if (ast.type > 255 || (ast.code !== null && ast.code > 255)) {
    throw new LineNotUnderstood('ICMP type or code out of range / ICMP タイプまたはコードが範囲外です');
  }
  return ast.code === null ? { type: ast.type } : { type: ast.type, code: ast.code };
}

export function protocolNumber(ast: ProtocolAst): number | undefined {
  if (ast.kind !== 'number') return undefined;
  if (ast.value !== null && ast.value > 255) {
    throw new LineNotUnderstood(`protocol ${ast.value} is out of range / プロトコル番号が範囲外です`);
  }
  return ast.value ?? undefined;
}

export type MacAddressAst = { kind: 'any' } | { kind: 'mac'; mac: string; wildcard: string | null };

/** MAC condition; undefined = any. The mask is a wildcard (IOS `mac access-list extended`). */
export function macMatch(ast: MacAddressAst): MacMatch[] | undefined {
  if (ast.kind === 'any') return undefined;
  const mac = normalizeMac(ast.mac);
  const wildcard = ast.wildcard === null ? undefined : normalizeMac(ast.wildcard);
  if (mac === undefined || (ast.wildcard !== null && wildcard === undefined)) {
    throw new LineNotUnderstood('not a MAC address / MAC アドレスが不正です');
  }
  return [wildcard === undefined || wildcard === '00:00:00:00:00:00' ? { mac } : { mac, wildcard }];
}
