import type { Device, Interface, Localized, SourceSpan, ZoneClass } from '../../model/index.js';
import { ipv4PrefixContains, parseIpv4 } from '../../net/ipv4.js';
import type { RuleContext } from '../types.js';
import { isLiveL3 } from '../helpers/internet-boundary.js';

/** An interface through which the device reaches an outside network, with why it counts as one. */
export interface ExternalExit {
  iface: Interface;
  reasons: Localized[];
  evidence: SourceSpan[];
}

/**
 * Every exit of a device to outside networks (BND-01): interfaces in an internet zone (zones.csv),
 * egress interfaces of default routes, interfaces that learn their address from the provider
 * (DHCP, PPPoE, IPCP), transport interfaces of tunnels and interfaces carrying IPsec. Shut-down
 * interfaces are not exits. A default route or a learnt address on an interface that zones.csv puts
 * in an inside zone is an internal hop (an L3 switch's uplink to the school router), not an exit.
 */
export function externalExits(ctx: RuleContext, device: Device): ExternalExit[] {
  const exits = new Map<Interface, ExternalExit>();
  const add = (iface: Interface | undefined, reason: Localized, span: SourceSpan) => {
    if (iface === undefined || iface.shutdown) return;
    const exit = exits.get(iface) ?? { iface, reasons: [], evidence: [] };
    if (!exit.reasons.some((r) => r.en === reason.en)) exit.reasons.push(reason);
    if (!exit.evidence.includes(span)) exit.evidence.push(span);
    exits.set(iface, exit);
  };
  for (const iface of device.interfaces) {
    if (ctx.zones.available && isLiveL3(iface) && ctx.zones.ofInterface(device, iface)[0]?.class === 'internet') {
      add(iface, { ja: 'インターネット接続系ゾーン', en: 'internet zone' }, iface.source);
    }
    if (iface.dynamicAddress !== undefined && !inside(ctx, device, iface)) {
      add(iface, { ja: `${iface.dynamicAddress.toUpperCase()} でアドレスを取得`, en: `address by ${iface.dynamicAddress.toUpperCase()}` }, iface.source);
    }
    if (iface.tunnel?.source !== undefined) {
      add(byNameOrAddress(device, iface.tunnel.source), { ja: `トンネル ${iface.name} の送信元`, en: `transport of tunnel ${iface.name}` }, iface.tunnel.sourceSpan);
    }
  }
  for (const route of device.routes) {
    if (route.kind !== 'static' || route.length !== 0) continue;
    const egress = route.interface !== undefined ? byNameOrAddress(device, route.interface) : route.nextHop !== undefined ? connectedTo(device, route.nextHop) : undefined;
    if (egress !== undefined && !inside(ctx, device, egress)) add(egress, { ja: '既定経路の出力先', en: 'default route egress' }, route.source);
  }
  for (const tunnel of device.vpn.tunnels) {
    for (const name of tunnel.interfaces) {
      const iface = byNameOrAddress(device, name);
      // A tunnel interface carrying IPsec is not itself an exit; its transport interface is (above).
      if (iface?.kind !== 'tunnel') add(iface, { ja: `IPsec ${tunnel.name}`, en: `IPsec ${tunnel.name}` }, tunnel.source);
    }
  }
  return [...exits.values()];
}

/** Classes of zones inside the organisation; internet and closed-WAN interfaces lead outside. */
const INSIDE: readonly ZoneClass[] = ['koumu-internal', 'koumu-external', 'learning', 'guest', 'management', 'dmz'];

function inside(ctx: RuleContext, device: Device, iface: Interface): boolean {
  const zone = ctx.zones.available ? ctx.zones.ofInterface(device, iface)[0] : undefined;
  return zone !== undefined && INSIDE.includes(zone.class);
}

function byNameOrAddress(device: Device, ref: string): Interface | undefined {
  const lower = ref.toLowerCase();
  return device.interfaces.find((i) => i.name.toLowerCase() === lower || i.addresses.some((a) => a.address === ref));
}

/** The interface whose IPv4 subnet holds the next hop. */
function connectedTo(device: Device, nextHop: string): Interface | undefined {
  const hop = parseIpv4(nextHop);
  if (hop === undefined) return undefined;
  return device.interfaces.find(
    (i) =>
      !i.shutdown &&
      i.addresses.some((a) => {
      const network = a.family === 4 ? parseIpv4(a.address) : undefined;
      return network !== undefined && ipv4PrefixContains(network, a.prefixLength, hop);
    }),
  );
}
