import type { Filter } from '../../model/index.js';

/**
 * Which packets a filter judges. An IPv4 filter judges IPv4 packets only and an IPv6 filter IPv6
 * packets only; packets of the other family pass it untouched (Cisco IOS: an `ip access-group`
 * does not filter IPv6 traffic and `ipv6 traffic-filter` does not filter IPv4 — vendor-syntax.md §6).
 * With that convention the sets two filters on one interface permit combine by intersection.
 * A MAC filter and a firewall rulebase (`ip`) judge every packet. Returns the judged family, or undefined for all packets.
 */
export function judgedFamily(filter: Filter): 4 | 6 | undefined {
  switch (filter.family) {
    case 'ipv4':
      return 4;
    case 'ipv6':
      return 6;
    case 'ip':
    case 'mac':
      return undefined;
  }
}
