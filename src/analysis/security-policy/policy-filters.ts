import type { Device, SecurityZone } from '../../model/index.js';
import type { CompiledFilter } from '../packet/filter-compiler.js';
import { pairFilter } from './pair-filter.js';
import { policyZones, type PolicyZoneMap } from './policy-zones.js';

/** The rulebase of one device narrowed to one zone pair, compiled. */
export interface CompiledPair {
  from: SecurityZone;
  to: SecurityZone;
  compiled: CompiledFilter;
  /** Index in `securityPolicy.rules` of each line of the pair filter. */
  ruleIndex: number[];
}

/**
 * Zone-pair filters of the devices that have a security policy, built and compiled on first use
 * and kept for the run (a firewall with n zones has at most n² pairs, and only the pairs traffic
 * actually crosses are built).
 */
export class PolicyFilters {
  private readonly zoneMaps = new Map<Device, PolicyZoneMap>();
  private readonly pairs = new Map<Device, Map<string, CompiledPair>>();

  constructor(private readonly compile: (filter: CompiledFilter['filter']) => CompiledFilter) {}

  /** Zones of the device's policy, implicit ones included; undefined without a policy. */
  zones(device: Device): PolicyZoneMap | undefined {
    const policy = device.securityPolicy;
    if (policy === undefined) return undefined;
    let map = this.zoneMaps.get(device);
    if (map === undefined) {
      map = policyZones(device, policy);
      this.zoneMaps.set(device, map);
    }
    return map;
  }

  /** The compiled pair for traffic in through one interface and out through another. */
  between(device: Device, ingressName: string, egressName: string): CompiledPair | undefined {
    const zones = this.zones(device);
    if (zones === undefined) return undefined;
    return this.pair(device, zones.zoneOf(ingressName), zones.zoneOf(egressName));
  }

  pair(device: Device, from: SecurityZone, to: SecurityZone): CompiledPair {
    let byPair = this.pairs.get(device);
    if (byPair === undefined) {
      byPair = new Map();
      this.pairs.set(device, byPair);
    }
    const key = `${from.name}\u0000${to.name}`;
    let pair = byPair.get(key);
    if (pair === undefined) {
      const { filter, ruleIndex } = pairFilter(device.securityPolicy!, from, to);
      pair = { from, to, compiled: this.compile(filter), ruleIndex };
      byPair.set(key, pair);
    }
    return pair;
  }
}
