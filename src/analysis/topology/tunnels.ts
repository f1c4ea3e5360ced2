import { diagnostic, type Diagnostic } from '../../model/index.js';
import type { Prefix } from '../../net/prefix.js';
import { addressKey, interfacePrefix, parseHost } from './addresses.js';
import { interfacesOf } from './device-interfaces.js';
import type { L3Adjacency, L3Interface } from './types.js';
import { deviceLabel, interfaceLabel } from './labels.js';

/**
 * Tunnels as links: a tunnel interface is adjacent to the tunnel interface of another device whose
 * source address is this tunnel's destination, provided that tunnel points back (its destination is
 * one of this tunnel's source addresses) or has no destination (a multipoint GRE hub).
 */

/** Transport addresses a tunnel sends from: `tunnel source` as an address, or the named interface's addresses. */
function sourceAddresses(tunnel: L3Interface): Prefix[] {
  const source = tunnel.interface.tunnel?.source;
  if (source === undefined) return [];
  const literal = parseHost(source);
  if (literal !== undefined) return [literal];
  const iface = interfacesOf(tunnel.device).named(source);
  if (iface === undefined) return [];
  return iface.addresses.map(interfacePrefix).filter((p): p is Prefix => p !== undefined);
}

export function findTunnelAdjacencies(
  l3s: L3Interface[],
  ownersOf: (address: Prefix) => L3Interface[],
  diagnostics: Diagnostic[],
): L3Adjacency[] {
  const tunnels = l3s.filter((l3) => l3.interface.tunnel !== undefined);
  const sources = new Map<L3Interface, Set<string>>();
  const bySource = new Map<string, L3Interface[]>();
  for (const tunnel of tunnels) {
    const keys = new Set(sourceAddresses(tunnel).map(addressKey));
    sources.set(tunnel, keys);
    for (const key of keys) {
      const list = bySource.get(key) ?? [];
      list.push(tunnel);
      bySource.set(key, list);
    }
  }

  const found: L3Adjacency[] = [];
  const paired = new Set<string>();
  for (const tunnel of tunnels) {
    const destinationText = tunnel.interface.tunnel?.destination;
    if (destinationText === undefined) continue; // multipoint: found from the spokes' side
    const destination = parseHost(destinationText);
    const ownSources = sources.get(tunnel)!;
    const peers = (destination === undefined ? [] : bySource.get(addressKey(destination)) ?? []).filter((peer) => {
      if (peer.device === tunnel.device) return false;
      const back = peer.interface.tunnel?.destination;
      if (back === undefined) return true;
      const backAddress = parseHost(back);
      return backAddress !== undefined && ownSources.has(addressKey(backAddress));
    });
    for (const peer of peers) {
      const key = tunnel.id < peer.id ? `${tunnel.id}-${peer.id}` : `${peer.id}-${tunnel.id}`;
      if (paired.has(key)) continue;
      paired.add(key);
      found.push({ a: tunnel, b: peer, reason: 'tunnel' });
    }
    if (peers.length === 0) diagnostics.push(missingPeer(tunnel, destinationText, destination, ownersOf));
  }
  return found;
}

function missingPeer(
  tunnel: L3Interface,
  destinationText: string,
  destination: Prefix | undefined,
  ownersOf: (address: Prefix) => L3Interface[],
): Diagnostic {
  const name = interfaceLabel(tunnel);
  const owner = destination === undefined ? undefined : ownersOf(destination).find((l3) => l3.device !== tunnel.device);
  const reason =
    owner === undefined
      ? `tunnel ${name}: its destination ${destinationText} is not among the devices; traffic into the tunnel leaves the audited network / ` +
        `トンネル ${name} の宛先 ${destinationText} は監査対象の機器にありません。トンネルに入る通信は監査範囲の外へ出ます`
      : `tunnel ${name}: ${deviceLabel(owner.device)} owns ${destinationText} but has no tunnel whose source is that address and that points back / ` +
        `トンネル ${name}: 宛先 ${destinationText} を持つ ${deviceLabel(owner.device)} に、そのアドレスを送信元としこちらを宛先とするトンネルがありません`;
  const span = tunnel.interface.source;
  return diagnostic(span.file, span.line, span.text, reason, 'tunnel-peer-missing', 'info');
}
