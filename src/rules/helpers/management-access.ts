import type { PacketSet } from '../../analysis/packet/packet-set.js';
import type { AddressMatch, Device, ManagementProtocol, ServiceName, SourceSpan } from '../../model/index.js';
import { formatPrefixAddress, parsePrefix, prefixNetwork } from '../../net/prefix.js';
import type { RuleContext } from '../types.js';
import { effectiveTransport, isRemoteLine } from './access-lines.js';

/** Remote management protocols a person logs in with (MGT-01, MGT-02). */
export type RemoteProtocol = Extract<ManagementProtocol, 'ssh' | 'telnet' | 'http' | 'https'>;
export const REMOTE_PROTOCOLS: readonly RemoteProtocol[] = ['ssh', 'telnet', 'https', 'http'];

const SERVICE_OF: Record<RemoteProtocol, ServiceName> = { ssh: 'ssh-server', telnet: 'telnet-server', http: 'http-server', https: 'https-server' };
/** Well-known ports (IANA), used when the model records no port for the service. */
const DEFAULT_PORT: Record<RemoteProtocol, number> = { ssh: 22, telnet: 23, http: 80, https: 443 };

/** Something that limits who may connect: a filter or an account's trusted hosts. */
export interface Restriction {
  name: string;
  source: SourceSpan;
}

/** How one remote management protocol is offered by a device, and from where it can be reached. */
export interface ManagementEntry {
  protocol: RemoteProtocol;
  port: number;
  /** The lines switching it on: enabled servers and remote access lines accepting it. */
  sources: SourceSpan[];
  /** Interfaces the server is switched on (per-interface services), each with its line; undefined = every interface. */
  interfaces?: { name: string; source: SourceSpan }[];
  restrictions: Restriction[];
  /** IPv4 TCP packets to the port that every restriction lets through (source addresses are what matters). */
  permitted: PacketSet;
}

/**
 * The remote management protocols a device offers. A protocol is offered when an enabled server or a
 * remote line accepts it (a server known but disabled switches it off even if a line lists it).
 * A session must pass every restriction that applies: the server's access filter, the access
 * filter of the line it lands on, the trusted hosts of the account it logs in with, and a
 * management-plane filter (local-in); so the reachable sources are their intersection.
 */
export function managementEntries(ctx: RuleContext, device: Device): ManagementEntry[] {
  const { services, lines, users } = device.management;
  const space = ctx.analysis.model.space;
  const entries: ManagementEntry[] = [];
  for (const protocol of REMOTE_PROTOCOLS) {
    const known = services.filter((s) => s.name === SERVICE_OF[protocol]);
    const servers = known.filter((s) => s.enabled);
    const remoteLines = lines.filter((l) => isRemoteLine(l) && effectiveTransport(l).includes(protocol));
    if (servers.length === 0 && (known.length > 0 || remoteLines.length === 0)) continue;

    const port = servers.find((s) => s.port !== undefined)?.port ?? DEFAULT_PORT[protocol];
    let permitted = space.family(4).intersect(space.protocol(6)).intersect(space.ports('dst', [{ from: port, to: port }]));
    const restrictions: Restriction[] = [];
    const within = (named: { filter: string; source: SourceSpan }[], open: boolean): void => {
      if (open || named.length === 0) return;
      let allowed = space.none();
      for (const { filter, source } of named) {
        const found = device.filters.find((f) => f.name === filter);
        // An access filter that is not defined restricts nothing on the platforms modelled here.
        allowed = allowed.union(found ? ctx.analysis.model.filters.compile(found).permitted : space.all());
        restrictions.push({ name: filter, source: found?.source ?? source });
      }
      permitted = permitted.intersect(allowed);
    };
    within(servers.flatMap((s) => (s.accessClass ? [{ filter: s.accessClass, source: s.source }] : [])), servers.some((s) => s.accessClass === undefined));
    within(remoteLines.flatMap((l) => (l.accessClass ? [{ filter: l.accessClass.filter, source: l.accessClass.source }] : [])), remoteLines.some((l) => l.accessClass === undefined));
    permitted = restrictByAccounts(ctx, users, protocol, permitted, restrictions);
    for (const binding of device.otherFilterBindings.filter((b) => b.purpose === 'management')) {
      const found = device.filters.find((f) => f.name === binding.filter);
      if (!found) continue;
      permitted = permitted.intersect(ctx.analysis.model.filters.compile(found).permitted);
      restrictions.push({ name: binding.filter, source: binding.source });
    }

    const perInterface = servers.length > 0 && servers.every((s) => s.interface !== undefined);
    entries.push({
      protocol,
      port,
      sources: [...servers.map((s) => s.source), ...remoteLines.map((l) => l.source)],
      ...(perInterface ? { interfaces: servers.map((s) => ({ name: s.interface!, source: s.source })) } : {}),
      restrictions,
      permitted,
    });
  }
  return entries;
}

/** Every account that may log in over the protocol must be limited to trusted hosts, else nothing is limited. */
function restrictByAccounts(
  ctx: RuleContext,
  users: Device['management']['users'],
  protocol: RemoteProtocol,
  permitted: PacketSet,
  restrictions: Restriction[],
): PacketSet {
  const space = ctx.analysis.model.space;
  const candidates = users.filter((u) => u.access?.protocols === undefined || u.access.protocols.includes(protocol));
  if (candidates.length === 0 || candidates.some((u) => !u.access?.from?.length)) return permitted;
  let allowed = space.none();
  for (const user of candidates) {
    for (const from of user.access!.from!) {
      const prefix = prefixMatch(from);
      allowed = allowed.union(prefix ? space.address('src', prefix) : space.all());
    }
    restrictions.push({ name: `user ${user.name}`, source: user.access!.source });
  }
  return permitted.intersect(allowed);
}

/** `10.0.0.0/24` or a host as an IPv4 prefix match; undefined when it is not one. */
export function prefixMatch(text: string): AddressMatch | undefined {
  const parsed = parsePrefix(text);
  if ('error' in parsed || parsed.family !== 4) return undefined;
  const network = prefixNetwork(parsed);
  return { kind: 'prefix', address: formatPrefixAddress(network), length: network.length, family: 4 };
}

/** The management subnets: segaudit.json `site.managementSubnets` and the CIDRs of 管理 zones. Empty when neither exists. */
export function managementSubnets(ctx: RuleContext): { prefixes: AddressMatch[]; names: string[] } {
  const prefixes: AddressMatch[] = [];
  const names: string[] = [];
  for (const text of ctx.settings.site.managementSubnets ?? []) {
    const prefix = prefixMatch(text);
    if (prefix) {
      prefixes.push(prefix);
      names.push(text);
    }
  }
  for (const zone of ctx.zones.zones.filter((z) => z.class === 'management')) {
    for (const { selector } of zone.bindings) {
      if (selector.kind !== 'cidr' || selector.family !== 4) continue;
      prefixes.push({ kind: 'prefix', address: selector.address, length: selector.prefixLength, family: 4 });
      names.push(`${zone.name} ${selector.address}/${selector.prefixLength}`);
    }
  }
  return { prefixes, names };
}

/** Packets whose source is in one of the prefixes. */
export function fromAny(ctx: RuleContext, prefixes: AddressMatch[]): PacketSet {
  const space = ctx.analysis.model.space;
  return prefixes.reduce((set, p) => set.union(space.address('src', p)), space.none());
}

export function protocolLabel(entry: ManagementEntry): string {
  return `${entry.protocol.toUpperCase()} (TCP ${entry.port})`;
}
