import type { Route } from '../../model/index.js';
import { prefixLength } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

type Dest = { kind: 'default' } | { kind: 'prefix'; address: string; length?: number; mask?: string; family: 4 | 6 };

/**
 * `ip route default|NET GW|IF [dhcp] [distance N]` (vendor-syntax.md §2). `IF dhcp` sends to the
 * gateway learnt by DHCP on IF; `Null0.0` discards.
 */
export function staticRoute(ast: { family: 4 | 6; dest: Dest; via: { address?: string; iface?: string }; distance: number | null }, ctx: LineContext): void {
  const family = ast.family;
  if (ast.dest.kind === 'prefix' && ast.dest.family !== family) throw new LineNotUnderstood('address family mismatch / アドレスの種類が一致しません');
  const dest = ast.dest.kind === 'default'
    ? { address: family === 4 ? '0.0.0.0' : '::', length: 0 }
    : { address: ast.dest.address, length: prefixLength(ast.dest.mask !== undefined ? { address: ast.dest.address, mask: ast.dest.mask } : { address: ast.dest.address, length: ast.dest.length! }, family) };
  const route: Route = { prefix: dest.address, length: dest.length, family, kind: 'static', source: ctx.span };
  if (ast.via.address !== undefined) route.nextHop = ast.via.address;
  else route.interface = /^Null/i.test(ast.via.iface!) ? 'null' : ast.via.iface!;
  if (ast.distance !== null) route.distance = ast.distance;
  ctx.state.device.routes.push(route);
}
