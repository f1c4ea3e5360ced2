import { diagnostic } from '../../model/index.js';
import type { VpnTunnel } from '../../model/index.js';
import { applyIkev1Defaults, type CryptoMapEntry, type IpsecProfileDraft } from './crypto.js';
import { iosSecret } from './secrets.js';
import type { ParseState } from './state.js';

/**
 * Builds vpn.tunnels once the file is read:
 * - one tunnel per crypto-map entry (policy-based IPsec), bound to the interfaces the map is applied
 *   on; an entry pointing at a dynamic map yields one tunnel per dynamic-map entry, with no fixed peer;
 * - one tunnel per tunnel interface with `tunnel protection ipsec profile` (route-based IPsec).
 * IKEv1 peers try every `crypto isakmp policy`, so those are the tunnel's IKE proposals; IKEv2 peers
 * use the proposals named by `crypto ikev2 policy` (all IKEv2 proposals when no policy names any).
 */
export function finalizeVpn(state: ParseState): void {
  for (const policy of state.crypto.ikev1) applyIkev1Defaults(policy);
  ikev2PeerKeys(state);
  for (const entry of state.crypto.mapEntries) {
    if (entry.dynamic === undefined) {
      state.device.vpn.tunnels.push(mapTunnel(state, entry, `crypto map ${entry.map} ${entry.seq}`, entry.peers[0]));
      continue;
    }
    const dynamicEntries = state.crypto.dynamicMaps.get(entry.dynamic);
    if (!dynamicEntries) {
      unresolved(state, entry.source, `crypto dynamic-map "${entry.dynamic}"`);
      continue;
    }
    for (const d of dynamicEntries) {
      const tunnel = mapTunnel(state, { ...d, map: entry.map }, `crypto map ${entry.map} ${entry.seq} dynamic ${d.map} ${d.seq}`, undefined);
      tunnel.source = entry.source;
      state.device.vpn.tunnels.push(tunnel);
    }
  }
  for (const iface of state.device.interfaces) {
    const profileName = iface.tunnel?.protection;
    if (profileName === undefined) continue;
    const profile = state.crypto.ipsecProfiles.get(profileName);
    if (!profile) unresolved(state, state.crypto.protectionLines.get(iface.name) ?? iface.tunnel!.sourceSpan, `crypto ipsec profile "${profileName}"`);
    state.device.vpn.tunnels.push(profileTunnel(state, iface.name, iface.tunnel!.destination, profile, iface.source));
  }
}

function mapTunnel(state: ParseState, entry: CryptoMapEntry, name: string, peer: string | undefined): VpnTunnel {
  const ikeVersion = entry.ikev2Profile !== undefined ? 2 : 1;
  const tunnel: VpnTunnel = {
    name,
    ikeVersion,
    ikeProposals: ikeProposalNames(state, ikeVersion),
    ipsecProposals: [...entry.transformSets],
    interfaces: state.device.interfaces.filter((i) => i.cryptoMap === entry.map).map((i) => i.name),
    source: entry.source,
  };
  if (peer !== undefined) tunnel.peer = peer;
  if (entry.pfsGroup !== undefined) tunnel.pfsGroup = entry.pfsGroup;
  if (entry.acl !== undefined) tunnel.protectedTraffic = entry.acl;
  const authentication = authenticationOf(state, ikeVersion, peer, entry.ikev2Profile);
  if (authentication) tunnel.authentication = authentication;
  return tunnel;
}

function profileTunnel(
  state: ParseState,
  name: string,
  peer: string | undefined,
  profile: IpsecProfileDraft | undefined,
  source: VpnTunnel['source'],
): VpnTunnel {
  const ikeVersion = profile?.ikev2Profile !== undefined ? 2 : 1;
  const tunnel: VpnTunnel = {
    name,
    ikeVersion,
    ikeProposals: ikeProposalNames(state, ikeVersion),
    ipsecProposals: [...(profile?.transformSets ?? [])],
    interfaces: [name],
    source,
  };
  if (peer !== undefined) tunnel.peer = peer;
  if (profile?.pfsGroup !== undefined) tunnel.pfsGroup = profile.pfsGroup;
  const authentication = authenticationOf(state, ikeVersion, peer, profile?.ikev2Profile);
  if (authentication) tunnel.authentication = authentication;
  return tunnel;
}

function ikeProposalNames(state: ParseState, version: 1 | 2): string[] {
  if (version === 1) return state.crypto.ikev1.map((p) => p.proposal.name);
  const named = state.crypto.ikev2Policies.flatMap((p) => p.proposals);
  return named.length > 0 ? [...new Set(named)] : state.crypto.ikev2Proposals.map((p) => p.proposal.name);
}

const METHODS: Record<string, VpnTunnel['authentication']> = {
  'pre-share': 'pre-share',
  'rsa-sig': 'certificate',
  'ecdsa-sig': 'certificate',
  eap: 'other',
};

/** IKEv2: the profile's remote authentication. IKEv1: a PSK for the peer, else the policies' method. */
function authenticationOf(state: ParseState, version: 1 | 2, peer: string | undefined, ikev2Profile: string | undefined): VpnTunnel['authentication'] {
  if (version === 2) {
    const method = ikev2Profile === undefined ? undefined : state.crypto.ikev2Profiles.get(ikev2Profile)?.methods.remote;
    return method === undefined ? undefined : METHODS[method];
  }
  if (peer !== undefined && state.device.vpn.preSharedKeys.some((k) => k.peer === peer)) return 'pre-share';
  const methods = new Set(state.crypto.ikev1.map((p) => p.proposal.authentication));
  if (methods.size === 1 && methods.has('pre-share')) return 'pre-share';
  if (methods.size === 1 && (methods.has('rsa-sig') || methods.has('ecdsa-sig'))) return 'certificate';
  return undefined;
}

/** IKEv2 keyring peers: the key belongs to the peer's address (or its name when it has none). */
function ikev2PeerKeys(state: ParseState): void {
  for (const peer of state.crypto.ikev2Peers) {
    for (const { key, source } of peer.keys) {
      state.device.vpn.preSharedKeys.push({ peer: peer.address ?? peer.name, key: iosSecret('ike-psk', key), source });
    }
  }
}

function unresolved(state: ParseState, span: { line: number; text: string }, what: string): void {
  state.diagnostics.push(
    diagnostic(state.file, span.line, span.text, `${what} is not defined / ${what} が未定義です`, 'unresolved-reference'),
  );
}
