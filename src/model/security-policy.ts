import type { FilterAction, FilterRule } from './filter.js';
import type { SourceSpan } from './source.js';

/**
 * A stateful firewall's zone-pair rulebase: FortiGate `config firewall policy`, PAN-OS security
 * rules, Junos SRX policies, AlliedWare Plus AR-series `firewall` rules. Unlike an interface filter
 * the rules that apply to a packet depend on both the zone it enters from and the zone it leaves by.
 *
 * Semantics (made explicit so the engine never has to know the vendor):
 * - the rules whose `from` holds the ingress zone and whose `to` holds the egress zone are tried top
 *   down in list order (FortiGate: config position, not policy id — FortiOS CLI reference, "config
 *   firewall policy"); the first match decides; disabled rules are skipped;
 * - unmatched traffic between two interfaces of the same zone gets that zone's `intrazone` action,
 *   any other unmatched traffic gets `defaultAction` (FortiGate implicit deny "policy 0");
 * - an interface listed in no zone forms a zone of its own, named after the interface, whose
 *   intrazone action is deny (FortiGate needs a port1→port1 policy for hairpin traffic);
 * - the firewall is stateful: return traffic of an accepted session passes.
 * Packets addressed to the device itself are not subject to these rules (they meet the
 * management-plane controls instead).
 */
export interface SecurityPolicy {
  zones: SecurityZone[];
  rules: SecurityPolicyRule[];
  defaultAction: FilterAction;
  stateful: boolean;
  /**
   * The rulebase attaches security profiles (AV, IPS, web filter …) per rule and the parser reads them
   * into `SecurityPolicyRule.profiles` (FortiGate). Absent: the rules carry no profile facts (the
   * device has no per-rule UTM, or applies it globally), so an empty `profiles` says nothing.
   */
  profilesPerRule?: boolean;
  source: SourceSpan;
}

export interface SecurityZone {
  name: string;
  /** Canonical interface names (as in `Device.interfaces`). */
  interfaces: string[];
  /** What unmatched traffic between two interfaces of this zone gets (FortiGate `set intrazone`). */
  intrazone: FilterAction;
  source: SourceSpan;
}

/** `any` matches every zone (FortiGate `srcintf "any"`). */
export type PolicyZones = 'any' | string[];

/** Security profiles a rule attaches (UTM inspection); names as configured. */
export interface SecurityProfiles {
  antivirus?: string;
  ips?: string;
  webFilter?: string;
  dnsFilter?: string;
  applicationControl?: string;
  /** SSL/TLS inspection profile, and whether it decrypts (deep inspection) or only reads certificates. */
  sslInspection?: string;
  sslInspectionDeep?: boolean;
  /** A profile group standing for several of the above. */
  group?: string;
}

export interface SecurityPolicyRule extends FilterRule {
  /** Vendor rule id or name, e.g. FortiGate policy id `12`. */
  id: string;
  name?: string;
  from: PolicyZones;
  to: PolicyZones;
  profiles: SecurityProfiles;
  /** Which sessions are logged: all, only security events (FortiGate `utm`, the default), none. */
  logTraffic?: 'all' | 'security-events' | 'none';
  /** Source NAT on the way out. */
  nat?: boolean;
  /** Users or groups the rule is limited to. */
  users?: string[];
  schedule?: string;
}
