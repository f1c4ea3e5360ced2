import type { Route } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { label, showPlain, type FieldSpec } from './field-changes.js';
import { namedChanges } from './named-changes.js';

/** `10.0.0.0/8 via 192.0.2.1 dev Gi0/0 vrf X`: what identifies a static route. */
function routeName(r: Route): string {
  const parts = [`${r.prefix}/${r.length}`];
  if (r.nextHop !== undefined) parts.push(`via ${r.nextHop}`);
  if (r.interface !== undefined) parts.push(`dev ${r.interface}`);
  if (r.vrf !== undefined) parts.push(`vrf ${r.vrf}`);
  return parts.join(' ');
}

const ROUTE_FIELDS: readonly FieldSpec<Route>[] = [
  { label: label('優先度（AD）', 'distance'), value: (r) => r.distance, show: showPlain },
  { label: label('種類', 'kind'), value: (r) => r.kind, show: showPlain },
];

/** Static routes by (prefix, length, vrf, next hop, interface); a new distance is a change of the same route. */
export function routeChanges(before: readonly Route[], after: readonly Route[]): ConfigChange[] {
  return namedChanges('route', before, after, routeName, ROUTE_FIELDS);
}
