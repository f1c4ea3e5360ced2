import { flowStatus, type ApprovedFlow, type FlowEndpoint, type NatRule, type ZoneClass } from '../../model/index.js';
import { parsePrefix, prefixContains, type Prefix } from '../../net/prefix.js';
import type { RuleContext } from '../types.js';

/** Active approvals of flows.csv whose source is outside: an internet-class zone or an address range. */
function inboundApprovals(ctx: RuleContext): ApprovedFlow[] {
  const classOf = (zone: string): ZoneClass | undefined => ctx.zones.zones.find((z) => z.name === zone)?.class;
  return ctx.analysis.flows.filter(
    (f) => flowStatus(f, ctx.analysis.today) === 'active' && (f.from.kind === 'prefix' || classOf(f.from.zone) === 'internet'),
  );
}

function asPrefix(address: string): Prefix | undefined {
  const parsed = parsePrefix(address);
  return 'error' in parsed ? undefined : parsed;
}

function endpointHolds(ctx: RuleContext, endpoint: FlowEndpoint, address: string): boolean {
  if (endpoint.kind === 'zone') return ctx.zones.ofAddress(address)?.zone === endpoint.zone;
  const outer = asPrefix(`${endpoint.address}/${endpoint.prefixLength}`);
  const inner = asPrefix(address);
  return outer !== undefined && inner !== undefined && prefixContains(outer, inner);
}

/**
 * The approval covering a published service (destination NAT / port forward): its destination holds
 * the inside address, its protocol and ports cover what is forwarded. Undefined when none does.
 */
export function approvalForNat(ctx: RuleContext, nat: NatRule): ApprovedFlow | undefined {
  const address = nat.inside.address;
  if (address === undefined) return undefined;
  const port = nat.inside.port ?? nat.outside.port;
  return inboundApprovals(ctx).find(
    (f) =>
      endpointHolds(ctx, f.to, address) &&
      (f.protocol === undefined || f.protocol === nat.protocol) &&
      (f.dstPorts === undefined || (port !== undefined && f.dstPorts.some((r) => r.from <= port && port <= r.to))),
  );
}

/** The approval naming one of `zones` (policy zones behind a firewall rule) as its destination. */
export function approvalForZones(ctx: RuleContext, zones: string[]): ApprovedFlow | undefined {
  return inboundApprovals(ctx).find((f) => f.to.kind === 'zone' && zones.includes(f.to.zone));
}
