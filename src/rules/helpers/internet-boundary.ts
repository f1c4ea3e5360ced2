import type { Device, Interface, SecurityPolicyRule, ZoneAssignment, ZoneClass } from '../../model/index.js';
import type { RuleContext } from '../types.js';

/** A live layer-3 interface with the zone it belongs to (its strongest zones.csv assignment). */
export interface ZonedInterface {
  iface: Interface;
  zone: ZoneAssignment;
}

/** Carries routed traffic: not shut down, and has an address (static, learnt, negotiated or borrowed). */
export function isLiveL3(iface: Interface): boolean {
  return !iface.shutdown && (iface.addresses.length > 0 || iface.dynamicAddress !== undefined || iface.unnumbered !== undefined);
}

export function zonedInterfaces(ctx: RuleContext, device: Device): ZonedInterface[] {
  const out: ZonedInterface[] = [];
  for (const iface of device.interfaces) {
    if (!isLiveL3(iface)) continue;
    const zone = ctx.zones.ofInterface(device, iface)[0];
    if (zone) out.push({ iface, zone });
  }
  return out;
}

/** An enabled accept rule of a rulebase, with the zone classes of the interfaces on each side. */
export interface ClassifiedRule {
  rule: SecurityPolicyRule;
  from: Set<ZoneClass>;
  to: Set<ZoneClass>;
  /**
   * Zone or interface names the rule uses that the model's rulebase does not define (e.g. a FortiGate
   * SD-WAN zone the parser does not model): where they lead is unknown.
   */
  unresolved: string[];
}

/**
 * The enabled accept rules of the device's rulebase, each side resolved to the zones.csv classes of
 * the interfaces its firewall zones hold (`any` = every interface). Interfaces without a zone add nothing.
 */
export function classifiedAcceptRules(ctx: RuleContext, device: Device): ClassifiedRule[] {
  const policy = device.securityPolicy;
  const zones = ctx.analysis.model.filters.policies.zones(device);
  if (policy === undefined || zones === undefined) return [];
  const classesOf = (side: 'any' | string[]): Set<ZoneClass> => {
    const names = side === 'any' ? zones.zones.flatMap((z) => z.interfaces) : zones.zones.filter((z) => side.includes(z.name)).flatMap((z) => z.interfaces);
    const classes = new Set<ZoneClass>();
    for (const name of names) {
      const iface = device.interfaces.find((i) => i.name === name);
      const zone = iface && isLiveL3(iface) ? ctx.zones.ofInterface(device, iface)[0] : undefined;
      if (zone) classes.add(zone.class);
    }
    return classes;
  };
  const unknown = (side: 'any' | string[]): string[] => (side === 'any' ? [] : side.filter((name) => !zones.zones.some((z) => z.name === name)));
  return policy.rules
    .filter((r) => !r.disabled && r.action === 'permit')
    .map((rule) => ({ rule, from: classesOf(rule.from), to: classesOf(rule.to), unresolved: [...unknown(rule.from), ...unknown(rule.to)] }));
}

/** The rule lets traffic between an internet zone and a zone of another class, either way. */
export function crossesInternet(r: ClassifiedRule): boolean {
  const inside = (classes: Set<ZoneClass>) => [...classes].some((c) => c !== 'internet');
  return (r.from.has('internet') && inside(r.to)) || (r.to.has('internet') && inside(r.from));
}
