import { makeSecret } from '../../model/index.js';
import type { IkeProposal, IpsecProposal, SourceSpan, VpnTunnel } from '../../model/index.js';
import { currentInterface } from './interfaces.js';
import { dhGroup, encryptionName, espAlgorithm, integrityName } from './ipsec-names.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * IPsec on IX (vendor-syntax.md §2). IKEv1: `ike proposal` (phase 1 algorithms), `ike policy`
 * (peer, key, mode, proposal), `ipsec autokey-proposal` (phase 2), `ipsec autokey-map` (the
 * peering: protected-traffic list, peer, phase-2 proposals, PFS) bound to a tunnel interface by
 * `ipsec policy tunnel MAP out`. IKEv2: `ikev2 profile` (both phases) bound to a tunnel interface by
 * `ikev2 binding P`, the peer given there by `ikev2 peer`.
 */
interface IkeV1Proposal {
  encryption?: string;
  hash?: string;
  group?: number;
  lifetime?: number;
  source: SourceSpan;
}

interface AutokeyMap {
  acl: string;
  peer: string;
  proposals: string[];
  pfs?: number;
  source: SourceSpan;
}

interface Ikev2Profile {
  saEncryption?: string[];
  saIntegrity?: string[];
  saGroups?: number[];
  childEncryption?: string[];
  childIntegrity?: string[];
  /** undefined = not set; 0 = `child-pfs off`. */
  childPfs?: number;
  mode?: 'tunnel' | 'transport';
  source: SourceSpan;
}

export interface IpsecState {
  ikeProposals: Map<string, IkeV1Proposal>;
  ikePolicies: Map<string, { peer: string; mode?: 'main' | 'aggressive'; proposal: string; source: SourceSpan }>;
  autokeyProposals: Map<string, IpsecProposal>;
  maps: Map<string, AutokeyMap>;
  /** tunnel interface → autokey map. */
  tunnelMaps: Map<string, string>;
  profiles: Map<string, Ikev2Profile>;
  /** tunnel interface → IKEv2 profile / peer. */
  bindings: Map<string, string>;
  ikev2Peers: Map<string, { peer: string; psk: boolean }>;
}

export function newIpsecState(): IpsecState {
  return { ikeProposals: new Map(), ikePolicies: new Map(), autokeyProposals: new Map(), maps: new Map(), tunnelMaps: new Map(), profiles: new Map(), bindings: new Map(), ikev2Peers: new Map() };
}

export function ikeProposal(ast: { name: string; settings: { key: string; value: string }[] }, ctx: LineContext): void {
  const proposal: IkeV1Proposal = { source: ctx.span };
  for (const { key, value } of ast.settings) {
    if (key === 'encryption') proposal.encryption = encryptionName(value);
    else if (key === 'hash') proposal.hash = integrityName(value);
    else if (key === 'group') proposal.group = dhGroup(value);
    else proposal.lifetime = Number(value);
  }
  ctx.state.ipsec.ikeProposals.set(ast.name, proposal);
}

/** `ike policy POL peer A key PSK [mode aggressive] PROPOSAL`: the key is written in clear. */
export function ikePolicy(ast: { name: string; peer: string; key: { value: string }; mode: 'main' | 'aggressive' | null; proposal: string }, ctx: LineContext): void {
  ctx.state.ipsec.ikePolicies.set(ast.name, { peer: ast.peer, ...(ast.mode ? { mode: ast.mode } : {}), proposal: ast.proposal, source: ctx.span });
  const key = makeSecret('ike-psk', 'plaintext', ast.key.value, ast.key.value);
  // A later policy for the same peer replaces the earlier key (configs often repeat the line).
  const psks = ctx.state.device.vpn.preSharedKeys.filter((k) => k.peer !== ast.peer);
  psks.push({ peer: ast.peer, key, source: ctx.span });
  ctx.state.device.vpn.preSharedKeys = psks;
}

export function ipsecAutokeyProposal(ast: { name: string; algs: string[] }, ctx: LineContext): void {
  const parts = ast.algs.map(espAlgorithm);
  const protocols = [...new Set(parts.map((p) => p.protocol))];
  const proposal: IpsecProposal = {
    name: ast.name,
    protocols,
    encryption: parts.flatMap((p) => (p.encryption ? [p.encryption] : [])),
    integrity: parts.flatMap((p) => (p.integrity ? [p.integrity] : [])),
    mode: 'tunnel',
    source: ctx.span,
  };
  ctx.state.ipsec.autokeyProposals.set(ast.name, proposal);
}

export function ipsecAutokeyMap(ast: { name: string; acl: string; peer: string; proposals: string[]; pfs: string | null }, ctx: LineContext): void {
  const map: AutokeyMap = { acl: ast.acl, peer: ast.peer, proposals: ast.proposals, source: ctx.span };
  if (ast.pfs !== null) map.pfs = dhGroup(ast.pfs);
  ctx.state.ipsec.maps.set(ast.name, map);
}

/** `ikev2 authentication psk id keyid ID key char PSK`: the key the peer named ID authenticates with. */
export function ikev2Psk(ast: { idType: string; id: string; key: { value: string } }, ctx: LineContext): void {
  const key = makeSecret('ike-psk', 'plaintext', ast.key.value, ast.key.value);
  ctx.state.device.vpn.preSharedKeys.push({ peer: `${ast.idType} ${ast.id}`, key, source: ctx.span });
}

export function ikev2ProfileHeader(ast: { name: string }, ctx: LineContext): void {
  if (!ctx.state.ipsec.profiles.has(ast.name)) ctx.state.ipsec.profiles.set(ast.name, { source: ctx.span });
  ctx.state.mode = { kind: 'ikev2-profile', name: ast.name };
}

function currentProfile(ctx: LineContext): Ikev2Profile {
  const mode = ctx.state.mode;
  if (mode.kind !== 'ikev2-profile') throw new LineNotUnderstood('outside ikev2 profile / ikev2 profile の外');
  return ctx.state.ipsec.profiles.get(mode.name)!;
}

export function ikev2SaProposal(ast: { what: 'enc' | 'integrity' | 'dh' | 'prf'; values: string[] }, ctx: LineContext): 'ignored' | void {
  const profile = currentProfile(ctx);
  // The PRF is derived key material, not a negotiated protection the audit judges.
  if (ast.what === 'prf') return 'ignored';
  if (ast.what === 'enc') profile.saEncryption = ast.values.map(encryptionName);
  else if (ast.what === 'integrity') profile.saIntegrity = ast.values.map(integrityName);
  else profile.saGroups = ast.values.map(dhGroup);
}

export function ikev2ChildProposal(ast: { what: 'enc' | 'integrity'; values: string[] }, ctx: LineContext): void {
  const profile = currentProfile(ctx);
  if (ast.what === 'enc') profile.childEncryption = ast.values.map(encryptionName);
  else profile.childIntegrity = ast.values.map(integrityName);
}

export function ikev2ChildPfs(ast: { value: string }, ctx: LineContext): void {
  currentProfile(ctx).childPfs = ast.value === 'off' ? 0 : dhGroup(ast.value);
}

export function ikev2IpsecMode(ast: { mode: 'tunnel' | 'transport' }, ctx: LineContext): void {
  currentProfile(ctx).mode = ast.mode;
}

export function ipsecPolicyTunnel(ast: { map: string; direction: 'in' | 'out' }, ctx: LineContext): void {
  ctx.state.ipsec.tunnelMaps.set(currentInterface(ctx).name, ast.map);
}

export function ikev2Binding(ast: { profile: string }, ctx: LineContext): void {
  ctx.state.ipsec.bindings.set(currentInterface(ctx).name, ast.profile);
}

export function ikev2Peer(ast: { peer: string; auth: string }, ctx: LineContext): void {
  ctx.state.ipsec.ikev2Peers.set(currentInterface(ctx).name, { peer: ast.peer, psk: ast.auth === 'psk' });
}

/**
 * Value the parser applies when `ike proposal` has no `group`: 1024-bit (MODP group 2). [M] — from
 * general IX knowledge, not verified in a manual in this session (no NEC manual in the search corpus,
 * vendor-syntax.md header); it is listed in `defaultsApplied` so a reader sees it was not configured.
 */
const IKEV1_DEFAULT_GROUP = 2;

function isAddress(peer: string): boolean {
  return /^[0-9.]+$/.test(peer) || peer.includes(':');
}

/** Sets the tunnel interface's far end from the IPsec peer, so that the topology can pair the two routers. */
function pointTunnelAt(state: ParseState, ifaceName: string, peer: string | undefined): void {
  if (peer === undefined || !isAddress(peer)) return;
  const iface = state.device.interfaces.find((i) => i.name === ifaceName);
  if (!iface) return;
  iface.tunnel = { ...(iface.tunnel ?? {}), destination: iface.tunnel?.destination ?? peer, sourceSpan: iface.tunnel?.sourceSpan ?? iface.source };
}

export function finalizeIpsec(state: ParseState): void {
  const { vpn } = state.device;
  const ipsec = state.ipsec;
  for (const [name, p] of ipsec.ikeProposals) {
    const proposal: IkeProposal = {
      name,
      version: 1,
      encryption: p.encryption ? [p.encryption] : [],
      integrity: p.hash ? [p.hash] : [],
      dhGroups: [p.group ?? IKEV1_DEFAULT_GROUP],
      authentication: 'pre-share',
      ...(p.lifetime !== undefined ? { lifetimeSeconds: p.lifetime } : {}),
      source: p.source,
    };
    if (p.group === undefined) proposal.defaultsApplied = ['group'];
    vpn.ikeProposals.push(proposal);
  }
  vpn.ipsecProposals.push(...ipsec.autokeyProposals.values());
  for (const [name, map] of ipsec.maps) {
    const policy = [...ipsec.ikePolicies.values()].find((p) => p.peer === map.peer) ?? [...ipsec.ikePolicies.values()].find((p) => p.peer === 'any');
    const interfaces = [...ipsec.tunnelMaps].filter(([, m]) => m === name).map(([iface]) => iface);
    const tunnel: VpnTunnel = {
      name,
      ...(map.peer !== 'any' ? { peer: map.peer } : {}),
      ikeVersion: 1,
      // Main mode unless `mode aggressive` is given on the ike policy.
      ikeMode: policy?.mode ?? 'main',
      ikeProposals: policy ? [policy.proposal] : [],
      ipsecProposals: map.proposals,
      ...(map.pfs !== undefined ? { pfsGroup: map.pfs } : {}),
      protectedTraffic: map.acl,
      interfaces,
      authentication: policy ? 'pre-share' : 'other',
      source: map.source,
    };
    vpn.tunnels.push(tunnel);
    for (const iface of interfaces) pointTunnelAt(state, iface, map.peer);
  }
  for (const [name, profile] of ipsec.profiles) {
    vpn.ikeProposals.push({
      name,
      version: 2,
      encryption: profile.saEncryption ?? [],
      integrity: profile.saIntegrity ?? [],
      dhGroups: profile.saGroups ?? [],
      authentication: 'pre-share',
      source: profile.source,
    });
    vpn.ipsecProposals.push({
      name,
      protocols: ['esp'],
      encryption: profile.childEncryption ?? [],
      integrity: profile.childIntegrity ?? [],
      mode: profile.mode ?? 'tunnel',
      source: profile.source,
    });
  }
  for (const [ifaceName, profileName] of ipsec.bindings) {
    const profile = ipsec.profiles.get(profileName);
    const peer = ipsec.ikev2Peers.get(ifaceName);
    const iface = state.device.interfaces.find((i) => i.name === ifaceName);
    vpn.tunnels.push({
      name: ifaceName,
      ...(peer && peer.peer !== 'any' ? { peer: peer.peer } : {}),
      ikeVersion: 2,
      ikeProposals: profile ? [profileName] : [],
      ipsecProposals: profile ? [profileName] : [],
      ...(profile?.childPfs ? { pfsGroup: profile.childPfs } : {}),
      interfaces: [ifaceName],
      authentication: peer?.psk ? 'pre-share' : 'other',
      source: iface?.source ?? state.device.source,
    });
    pointTunnelAt(state, ifaceName, peer?.peer);
  }
}

