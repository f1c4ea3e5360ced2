import type { Localized } from '../../model/index.js';
import { formatPrefix, parsePrefix, prefixContains, prefixNetwork, type Prefix } from '../../net/prefix.js';
import { zoneLookup } from '../../inventory/zone-lookup.js';
import type { PacketSetSummary } from '../packet/describe.js';
import type { PacketSet } from '../packet/packet-set.js';
import type { L3Interface } from '../topology/types.js';
import type { ZoneIndex } from '../zone-index.js';
import { examplePacket } from './class-example.js';
import { forward } from './forward.js';
import type { ForwardingModel } from './forwarding-model.js';
import type { Target } from './targets.js';
import { tracePacket } from './trace.js';
import type { PacketTrace, ReachPath, ZoneReachability } from './types.js';
import { collectPaths, ownedAddresses, targetOf } from './zone-reachability.js';
import type { ZoneSpace } from './zone-spaces.js';

/**
 * "Can this get from here to there?" for `segaudit query`: endpoints are zones, addresses or
 * prefixes; the answer is the exact set that gets through, the paths, and a traced example packet
 * (or, when nothing gets through, where an example is dropped and by which line).
 */

export interface QueryRequest {
  from: string;
  to: string;
  /** IP protocol number; undefined = any. */
  protocol?: number;
  /** Destination port (TCP/UDP). */
  port?: number;
}

/** A located endpoint, as the answer names it. */
export interface Endpoint {
  label: string;
  zone?: ZoneSpace;
  prefix?: Prefix;
}

export interface QueryAnswer {
  from: Endpoint;
  to: Endpoint;
  allowed: boolean;
  /** Every packet the question is about. */
  asked: PacketSet;
  permitted: PacketSet;
  paths: ReachPath[];
  /** Where the source's packets enter the network. */
  starts: L3Interface[];
  summary: PacketSetSummary;
  /** Allowed: one trace of a permitted example. Denied: an example traced from each start (at most five). */
  traces: PacketTrace[];
}

const MAX_DENIED_TRACES = 5;

export function runQuery(
  model: ForwardingModel,
  zones: ZoneIndex,
  reachability: ZoneReachability | undefined,
  request: QueryRequest,
): QueryAnswer | { error: Localized } {
  const spaces = reachability?.spaces ?? [];
  const from = locate(request.from, zones, spaces);
  if ('error' in from) return from;
  const to = locate(request.to, zones, spaces);
  if ('error' in to) return to;
  const starts = startsOf(model, from, spaces);
  if (starts.length === 0) {
    return {
      error: {
        ja: `${from.label} がどのインタフェースから入るか分かりません（どの L3 インタフェースのサブネットにもゾーンにも含まれません）`,
        en: `cannot tell where ${from.label} enters the network (no L3 interface subnet or zone holds it)`,
      },
    };
  }

  const { space, addresses } = model;
  let asked = from.zone ? from.zone.src : addresses.of('src', from.prefix!);
  asked = asked.intersect(to.zone ? to.zone.dst : addresses.of('dst', to.prefix!));
  if (request.protocol !== undefined) asked = asked.intersect(space.protocol(request.protocol));
  if (request.port !== undefined) asked = asked.intersect(space.ports('dst', [{ from: request.port, to: request.port }]));

  const target: Target = to.zone
    ? targetOf(to.zone)
    : {
        explicitDst: addresses.of('dst', to.prefix!),
        dst: addresses.of('dst', to.prefix!),
        attachments: new Set(),
        anyExit: true,
        includeAccepted: true,
      };
  const { paths, permitted } = collectPaths(model, forward(model, starts, asked), target);
  const owned = ownedAddresses(model);
  const allowed = !permitted.isEmpty();
  const traces: PacketTrace[] = [];
  if (allowed) {
    const example = examplePacket(permitted, owned)!;
    const start = paths.find((p) => p.set.contains(example))!.hops[0]!.ingress;
    traces.push(tracePacket(model, start, example, target));
  } else {
    const example = examplePacket(asked, owned);
    if (example !== undefined) {
      for (const start of starts.slice(0, MAX_DENIED_TRACES)) traces.push(tracePacket(model, start, example, target));
    }
  }
  return { from, to, allowed, asked, permitted, paths, starts, summary: permitted.describe(10), traces };
}

/** A zone name (as zones.csv spells it, full/half width alike), an address or a prefix. */
export function locate(text: string, zones: ZoneIndex, spaces: ZoneSpace[]): Endpoint | { error: Localized } {
  const name = zoneLookup(zones.zones)(text.trim());
  if (name !== undefined) {
    const zone = spaces.find((s) => s.zone.name === name);
    if (zone !== undefined) return { label: name, zone };
  }
  const parsed = parsePrefix(text);
  if (!('error' in parsed)) {
    const prefix = prefixNetwork(parsed);
    return { label: prefix.length === (prefix.family === 4 ? 32 : 128) ? text.trim() : formatPrefix(prefix), prefix };
  }
  const known = zones.zones.map((z) => z.name).join(', ');
  return {
    error: {
      ja: `「${text}」はゾーン名でもアドレスでもありません（ゾーン: ${known || 'zones.csv なし'}）`,
      en: `"${text}" is neither a zone nor an address (zones: ${known || 'no zones.csv'})`,
    },
  };
}

/**
 * Where the source's packets enter: a zone's attachments; for an address, the L3 interfaces whose
 * subnet holds it, else the attachments of the zone holding it (an internet zone without CIDR holds
 * every address outside the other zones).
 */
function startsOf(model: ForwardingModel, from: Endpoint, spaces: ZoneSpace[]): L3Interface[] {
  if (from.zone) return from.zone.attachments;
  const prefix = from.prefix!;
  const onSubnet = model.topology.l3Interfaces.filter((l3) => l3.subnets.some((subnet) => prefixContains(subnet, prefix)));
  if (onSubnet.length > 0) return onSubnet;
  const probe = model.addresses.of('src', prefix);
  const holder = spaces.find((s) => !probe.intersect(s.src).isEmpty() && probe.isSubsetOf(s.src));
  return holder?.attachments ?? [];
}
