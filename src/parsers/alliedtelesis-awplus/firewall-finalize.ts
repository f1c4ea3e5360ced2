import { diagnostic } from '../../model/index.js';
import type { AddressMatch, Match, NatRule, SecurityPolicyRule, SecurityZone } from '../../model/index.js';
import type { ApplicationDraft, NetworkDraft, ParseState, ZoneDraft } from './state.js';

/** An entity reference `Z`, `Z.N` or `Z.N.H` resolved to its zone, addresses and interfaces. */
interface Entity {
  zone: ZoneDraft;
  addresses: AddressMatch[];
  interfaces: string[];
}

function networkAddresses(network: NetworkDraft): AddressMatch[] {
  return network.subnets.map((s): AddressMatch => (s.length === 0 ? { kind: 'any', family: s.family } : { kind: 'prefix', address: s.address, length: s.length, family: s.family }));
}

function networkInterfaces(network: NetworkDraft): string[] {
  return [...new Set(network.subnets.flatMap((s) => (s.iface ? [s.iface] : [])))];
}

function resolveEntity(state: ParseState, text: string): Entity | undefined {
  const [zoneName, networkName, hostName] = text.split('.');
  const zone = state.zones.get(zoneName!);
  if (!zone) return undefined;
  const networks = networkName === undefined ? [...zone.networks.values()] : [zone.networks.get(networkName)].filter((n): n is NetworkDraft => n !== undefined);
  if (networks.length === 0 && networkName !== undefined) return undefined;
  if (hostName !== undefined) {
    const host = networks[0]?.hosts.get(hostName);
    if (!host) return undefined;
    const addresses = host.addresses.map((a): AddressMatch => ({ kind: 'prefix', address: a.address, length: a.family === 4 ? 32 : 128, family: a.family }));
    return { zone, addresses, interfaces: host.iface ? [host.iface] : networkInterfaces(networks[0]!) };
  }
  return { zone, addresses: networks.flatMap(networkAddresses), interfaces: [...new Set(networks.flatMap(networkInterfaces))] };
}

const PROTOCOL_NUMBERS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, 'ipv6-icmp': 58, esp: 50, ah: 51, gre: 47 };

/** Protocol and ports of an `application`; `any` is every packet; undefined when not defined in the file. */
function applicationMatch(app: ApplicationDraft | undefined, name: string): Omit<Match, 'src' | 'dst'> | undefined {
  if (name === 'any') return { protocol: undefined };
  if (!app) return undefined;
  const protocol = app.protocol === undefined ? undefined : (PROTOCOL_NUMBERS[app.protocol] ?? (/^\d+$/.test(app.protocol) ? Number(app.protocol) : undefined));
  return {
    protocol,
    ...(app.dport ? { dstPorts: [app.dport] } : {}),
    ...(app.sport ? { srcPorts: [app.sport] } : {}),
    ...(app.icmpType !== undefined ? { icmp: [{ type: app.icmpType }] } : {}),
  };
}

/**
 * `nat` rules `rule N masq APP from E1 to E2` hide E1's addresses behind the address of the
 * interface E2 leaves by. They take effect once `enable` is given in the nat mode.
 */
export function finalizeNat(state: ParseState): void {
  if (!state.natEnabled?.enabled) return;
  for (const rule of state.natRules) {
    const from = resolveEntity(state, rule.from);
    const to = resolveEntity(state, rule.to);
    if (!from || !to) {
      state.diagnostics.push(diagnostic(state.file, rule.source.line, rule.source.text, `NAT rule ${rule.id} names an entity that is not defined / NAT ルール ${rule.id} が未定義のエンティティを参照しています`, 'unresolved-reference'));
      continue;
    }
    const outsideIfaces = to.interfaces.length > 0 ? to.interfaces : [undefined];
    for (const inside of from.addresses) {
      for (const iface of outsideIfaces) {
        const natRule: NatRule = {
          kind: 'dynamic',
          direction: 'source',
          inside: inside.kind === 'prefix' ? { address: inside.address, prefixLength: inside.length } : {},
          outside: iface ? { interface: iface } : {},
          overload: true,
          source: rule.source,
        };
        state.device.nat.push(natRule);
      }
    }
  }
}

/**
 * `firewall` rules become the device's zone-pair rulebase once `protect` switches the firewall on.
 * Rules are tried in rule-number order and the first match decides; `reject` drops like `deny`.
 * Unmatched traffic is dropped and the firewall is stateful ([M] vendor-syntax.md §3 marks the AR
 * firewall rule semantics as not re-verified: to be checked against the AR-series manual).
 */
export function finalizeFirewall(state: ParseState): void {
  const firewall = state.firewall;
  if (!firewall?.protect) return;
  const zones: SecurityZone[] = [...state.zones.values()].map((z) => ({
    name: z.name,
    interfaces: [...new Set([...z.networks.values()].flatMap(networkInterfaces))],
    intrazone: 'deny',
    source: z.source,
  }));
  const rules: SecurityPolicyRule[] = [];
  for (const rule of [...state.firewallRules].sort((a, b) => a.id - b.id)) {
    const from = rule.from === 'any' ? undefined : resolveEntity(state, rule.from);
    const to = rule.to === 'any' ? undefined : resolveEntity(state, rule.to);
    const app = applicationMatch(state.applications.get(rule.app), rule.app);
    const problems: string[] = [];
    if (rule.from !== 'any' && !from) problems.push(rule.from);
    if (rule.to !== 'any' && !to) problems.push(rule.to);
    if (!app) problems.push(rule.app);
    if (problems.length > 0) {
      state.diagnostics.push(diagnostic(state.file, rule.source.line, rule.source.text, `firewall rule ${rule.id}: ${problems.join(', ')} not defined in this file; the rule matches nothing here / ファイル内に定義がないため、ルール ${rule.id} は何にも一致しないものとして扱います`, 'unresolved-reference'));
    }
    const unresolved: AddressMatch[] = [{ kind: 'unresolved', name: problems.join(',') }];
    rules.push({
      id: String(rule.id),
      action: rule.action === 'permit' ? 'permit' : 'deny',
      match: {
        ...(app ?? { protocol: undefined }),
        src: problems.length > 0 ? unresolved : from && from.addresses.length > 0 ? from.addresses : [{ kind: 'any' }],
        dst: problems.length > 0 ? unresolved : to && to.addresses.length > 0 ? to.addresses : [{ kind: 'any' }],
      },
      from: from ? [from.zone.name] : 'any',
      to: to ? [to.zone.name] : 'any',
      profiles: {},
      source: rule.source,
    });
  }
  state.device.securityPolicy = { zones, rules, defaultAction: 'deny', stateful: true, source: firewall.source };
}
