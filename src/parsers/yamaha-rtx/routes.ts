import type { Route } from '../../model/index.js';
import { resolveIfRef, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import { filterKey, type LineContext } from './state.js';

type Dest = { kind: 'default' } | { kind: 'prefix'; address: string; length: number; family: 4 | 6 };

type Target =
  | { kind: 'interface'; name: string }
  | { kind: 'dhcp'; iface: IfRef }
  | { kind: 'null' }
  | { kind: 'address'; address: string; family: 4 | 6 };

interface RouteAst {
  family: 4 | 6;
  dest: Dest;
  gateways: { target: Target; options: { kind: string; filters?: number[] }[] }[];
}

/**
 * `ip route NET gateway GW [filter N …] [gateway GW …]` (Y-CMD 8.1.x): one Route per gateway. A
 * gateway with `filter` is a policy route taken only by the packets its filters pass; the model has
 * no such condition, so it is kept as a plain route (reachability then sees every possible path).
 */
export function staticRoute(ast: RouteAst, ctx: LineContext): void {
  const family = ast.family;
  const dest = ast.dest.kind === 'default' ? { address: family === 4 ? '0.0.0.0' : '::', length: 0 } : ast.dest;
  if (ast.dest.kind === 'prefix' && ast.dest.family !== family) throw new LineNotUnderstood('address family mismatch / アドレスの種類が一致しません');
  for (const gw of ast.gateways) {
    for (const option of gw.options) {
      // The filters of a policy route are in use even when no secure filter list names them.
      if (option.kind === 'filter') for (const n of option.filters ?? []) ctx.state.otherFilterUses.add(filterKey(family, n));
    }
  }
  const routes = ast.gateways.map((gw): Route => {
    const route: Route = { prefix: dest.address, length: dest.length, family, kind: 'static', source: ctx.span };
    const t = gw.target;
    if (t.kind === 'address') route.nextHop = t.address;
    else if (t.kind === 'interface') route.interface = t.name;
    else if (t.kind === 'dhcp') route.interface = resolveIfRef(ctx.state, t.iface);
    else route.interface = 'null';
    return route;
  });
  ctx.state.device.routes.push(...routes);
}
