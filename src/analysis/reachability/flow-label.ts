import type { FlowClass, PacketSetSummary } from '../packet/describe.js';

/**
 * Short texts for flow classes, as findings and the zone matrix print them:
 * `tcp/445 10.10.30.0/23 → 10.10.10.20`, `ip 10.10.20.0/24 → 10.10.10.0/24`,
 * `tcp established sport 445 10.10.10.20 → 10.10.30.0/23`.
 */

/** Protocol and destination ports: `tcp/445`, `udp/53,123`, `icmp/8`, `ip`, `tcp established` (replies only). */
export function serviceLabel(c: FlowClass): string {
  const protocols = c.protocols === 'any' ? 'ip' : c.protocols;
  const ports = c.dstPorts ? `/${c.dstPorts.join(',')}` : c.icmpTypes ? `/${c.icmpTypes.join(',')}` : '';
  return `${protocols}${ports}${c.established === true ? ' established' : ''}`;
}

export function flowLabel(c: FlowClass): string {
  const sport = c.srcPorts ? ` sport ${c.srcPorts.join(',')}` : '';
  return `${serviceLabel(c)}${sport} ${c.src.join(',')} → ${c.dst.join(',')}`;
}

/** The services of a set in a few words (`tcp/445`, `tcp/443, udp/53`); `…` when there are more. */
export function servicesSummary(summary: PacketSetSummary, max = 3): string {
  const services = [...new Set(summary.classes.map(serviceLabel))];
  const more = services.length > max || summary.omitted > 0;
  return services.slice(0, max).join(', ') + (more ? ', …' : '');
}
