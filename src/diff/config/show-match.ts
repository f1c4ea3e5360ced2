import type { AddressMatch, PortRange, ServiceEntry } from '../../model/index.js';

/** An address as a reviewer reads it: `10.0.0.0/24`, `10.0.0.1-10.0.0.9`, `any`, or the unresolved name. */
export function showAddress(m: AddressMatch): string {
  switch (m.kind) {
    case 'any':
      return 'any';
    case 'prefix':
      return `${m.address}/${m.length}`;
    case 'wildcard':
      return `${m.address} ${m.wildcard}`;
    case 'range':
      return `${m.first}-${m.last}`;
    case 'unresolved':
      return m.name;
  }
}

const PROTOCOL_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'icmpv6' };

function showPorts(ports: PortRange[] | undefined): string {
  if (!ports || ports.length === 0) return '';
  return ports.map((p) => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`)).join(',');
}

/** A service as a reviewer reads it: `tcp/80`, `udp/1024-65535→53`, `icmp/8`, `ip`. */
export function showService(s: ServiceEntry): string {
  const protocol = s.protocol === undefined ? 'ip' : (PROTOCOL_NAMES[s.protocol] ?? String(s.protocol));
  const src = showPorts(s.srcPorts);
  const dst = showPorts(s.dstPorts);
  const icmp = (s.icmp ?? []).map((t) => (t.code === undefined ? String(t.type) : `${t.type}/${t.code}`)).join(',');
  const ports = src ? `${src}→${dst || 'any'}` : dst || icmp;
  return ports ? `${protocol}/${ports}` : protocol;
}
