import type { Device, Direction, Filter, Interface } from '../../model/index.js';
import { compileFilter, type CompiledFilter } from '../packet/filter-compiler.js';
import type { PacketSet, PacketSpace } from '../packet/packet-set.js';
import { PolicyFilters } from '../security-policy/policy-filters.js';
import type { L3Interface } from '../topology/types.js';
import type { BoundFilter } from './types.js';

/**
 * The filters bound on each routed interface, compiled once per run (one compiled filter per
 * device filter, however many interfaces bind it), and the packets each interface lets through
 * in each direction.
 *
 * A packet passes an interface direction when every filter bound there permits it: an IPv4 and an
 * IPv6 filter on one interface each judge their own family and let the other through
 * (filter-domain.ts), so intersecting their permitted sets is exact.
 *
 * A filter that is bound but not defined permits everything: Cisco IOS treats an applied but
 * undefined ACL as permit-all (vendor-syntax.md §6, "ACL semantics"). Other vendors bring their own
 * rule when their parsers land; until then this is the only one there is.
 */
export class InterfaceFilters {
  private readonly compiled = new Map<Filter, CompiledFilter>();
  private readonly bound = new Map<Interface, Map<Direction, BoundFilter[]>>();
  private readonly passingSets = new Map<string, PacketSet>();
  private readonly transit = new Map<string, { filters: BoundFilter[]; permitted: PacketSet }>();
  readonly policies: PolicyFilters;

  constructor(private readonly space: PacketSpace) {
    this.policies = new PolicyFilters((filter) => this.compile(filter));
  }

  /** Filters bound on the interface in that direction, in configuration order. */
  boundFilters(l3: L3Interface, direction: Direction): BoundFilter[] {
    return this.filtersOn(l3.device, l3.interface, direction);
  }

  /**
   * Filters bound on any interface of a device, routed or not (a switch port's ACL), in
   * configuration order, resolved against the device's filters and compiled.
   */
  filtersOn(device: Device, iface: Interface, direction: Direction): BoundFilter[] {
    let byDirection = this.bound.get(iface);
    if (byDirection === undefined) {
      byDirection = new Map();
      this.bound.set(iface, byDirection);
    }
    let list = byDirection.get(direction);
    if (list === undefined) {
      list = iface.filters
        .filter((binding) => binding.direction === direction)
        .map((binding) => {
          const filter = device.filters.find((f) => f.name === binding.filter && f.family === binding.family);
          const bound: BoundFilter = { name: binding.filter, family: binding.family, direction, binding: binding.source };
          if (filter !== undefined) {
            bound.filter = filter;
            bound.compiled = this.compile(filter);
          }
          return bound;
        });
      byDirection.set(direction, list);
    }
    return list;
  }

  /** Packets the bound filters let through together (each judges its own family; see the class comment). */
  passing(bound: readonly BoundFilter[]): PacketSet {
    let set = this.space.all();
    for (const b of bound) if (b.compiled !== undefined) set = set.intersect(b.compiled.permitted);
    return set;
  }

  /** Packets the interface lets through in that direction. */
  permitted(l3: L3Interface, direction: Direction): PacketSet {
    const key = `${l3.id}|${direction}`;
    let set = this.passingSets.get(key);
    if (set === undefined) {
      set = this.passing(this.boundFilters(l3, direction));
      this.passingSets.set(key, set);
    }
    return set;
  }

  /**
   * What a packet routed from `ingress` out of `egress` meets on the way out: the egress interface's
   * filters and, on a device with a security policy, the rulebase of the zone pair (the policy is
   * judged per pair, so it belongs to the transit, not to either interface alone).
   */
  transitFilters(ingress: L3Interface, egress: L3Interface): BoundFilter[] {
    return this.transitOf(ingress, egress).filters;
  }

  /** Packets allowed out of `egress` when they came in through `ingress`. */
  transitPermitted(ingress: L3Interface, egress: L3Interface): PacketSet {
    return this.transitOf(ingress, egress).permitted;
  }

  private transitOf(ingress: L3Interface, egress: L3Interface): { filters: BoundFilter[]; permitted: PacketSet } {
    const key = `${ingress.id}|${egress.id}`;
    let entry = this.transit.get(key);
    if (entry === undefined) {
      const filters = this.boundFilters(egress, 'out');
      const permitted = this.permitted(egress, 'out');
      const pair = this.policies.between(egress.device, ingress.interface.name, egress.interface.name);
      if (pair !== undefined) {
        const policy = egress.device.securityPolicy!;
        const filter = pair.compiled.filter;
        entry = {
          filters: [...filters, { name: filter.name, family: filter.family, direction: 'out', binding: policy.source, filter, compiled: pair.compiled, securityPolicy: true }],
          permitted: permitted.intersect(pair.compiled.permitted),
        };
      } else {
        entry = { filters, permitted };
      }
      this.transit.set(key, entry);
    }
    return entry;
  }

  compile(filter: Filter): CompiledFilter {
    let compiled = this.compiled.get(filter);
    if (compiled === undefined) {
      compiled = compileFilter(this.space, filter);
      this.compiled.set(filter, compiled);
    }
    return compiled;
  }
}
