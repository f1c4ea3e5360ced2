import { formatIpv4, ipv4Mask, ipv4MaskToLength, parseIpv4 } from '../../net/ipv4.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

type PrefixAst = { address: string; length: number; family: 4 | 6 } | { address: string; mask: string; family: 4 };

/** `ip route 0.0.0.0/0 192.0.2.1 [distance]`, `ip route A M NH`, `ipv6 route P/L NH`, or out of an interface. */
export function route(ast: { prefix: PrefixAst; via: { nextHop?: string; iface?: string | null }; distance: number | null }, ctx: LineContext): void {
  let length: number;
  let address = ast.prefix.address;
  if ('mask' in ast.prefix) {
    const mask = parseIpv4(ast.prefix.mask);
    const found = mask === undefined ? undefined : ipv4MaskToLength(mask);
    if (found === undefined) throw new LineNotUnderstood(`${ast.prefix.mask} is not a netmask / ネットマスクではありません`);
    length = found;
  } else {
    length = ast.prefix.length;
  }
  if (ast.prefix.family === 4) {
    const value = parseIpv4(address);
    if (value === undefined) throw new LineNotUnderstood(`${address} is not an IPv4 address / IPv4 アドレスではありません`);
    address = formatIpv4((value & ipv4Mask(length)) >>> 0);
  }
  ctx.state.device.routes.push({
    prefix: address,
    length,
    family: ast.prefix.family,
    ...(ast.via.nextHop ? { nextHop: ast.via.nextHop } : {}),
    ...(ast.via.iface ? { interface: ast.via.iface } : {}),
    ...(ast.distance !== null ? { distance: ast.distance } : {}),
    kind: 'static',
    source: ctx.span,
  });
}
