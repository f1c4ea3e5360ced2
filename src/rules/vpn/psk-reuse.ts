import type { Device, PreSharedKey } from '../../model/index.js';
import { parseIpv4 } from '../../net/ipv4.js';

/** One pre-shared key as configured on one device. */
export interface PskUse {
  device: Device;
  psk: PreSharedKey;
}

/**
 * Pre-shared keys used for more than one peering. The two ends of one tunnel hold the same key by
 * design, so two uses on different devices count as one peering when each names an address of the
 * other device as its peer (or, when one end's peer is no device we were given, e.g. a dynamic
 * address, when the other end names it), or when both name the same peer identity that is not an
 * address (IKEv2 key id, FQDN). Keys are compared by fingerprint only (never by value); a group
 * with more than one peering is reuse. Returns each reused key's uses, in input order.
 */
export function reusedPsks(devices: Device[]): PskUse[][] {
  const byFingerprint = new Map<string, PskUse[]>();
  for (const device of devices) {
    for (const psk of device.vpn.preSharedKeys) {
      const uses = byFingerprint.get(psk.key.fingerprint) ?? [];
      uses.push({ device, psk });
      byFingerprint.set(psk.key.fingerprint, uses);
    }
  }
  return [...byFingerprint.values()].filter((uses) => peeringCount(uses, devices) > 1);
}

/** Number of distinct peerings among the uses of one key (union-find over "same tunnel"). */
function peeringCount(uses: PskUse[], devices: Device[]): number {
  const parent = uses.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < uses.length; i++) {
    for (let j = i + 1; j < uses.length; j++) {
      if (sameTunnel(uses[i]!, uses[j]!, devices)) parent[root(i)] = root(j);
    }
  }
  return new Set(uses.map((_, i) => root(i))).size;
}

function sameTunnel(a: PskUse, b: PskUse, devices: Device[]): boolean {
  if (a.device === b.device) return a.psk.peer === b.psk.peer;
  // Peers named by identity (IKEv2 key id, FQDN) rather than address: both ends list the same name.
  if (a.psk.peer === b.psk.peer && parseIpv4(a.psk.peer) === undefined) return true;
  const aNamesB = ownsAddress(b.device, a.psk.peer);
  const bNamesA = ownsAddress(a.device, b.psk.peer);
  const unknown = (peer: string) => !devices.some((d) => ownsAddress(d, peer));
  return (aNamesB && bNamesA) || (aNamesB && unknown(b.psk.peer)) || (bNamesA && unknown(a.psk.peer));
}

function ownsAddress(device: Device, address: string): boolean {
  return device.interfaces.some((i) => i.addresses.some((a) => a.address === address));
}
