import type { IkeProposal, IpsecProposal, SourceSpan } from '../../model/index.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import { iosSecret, type TypedSecret } from './secrets.js';
import type { LineContext } from './state.js';

/**
 * IKEv1 (`crypto isakmp …`), IKEv2 (`crypto ikev2 …`) and IPsec (`crypto ipsec …`, `crypto map`).
 * Proposals go to the model as they are read; tunnels are built at the end (vpn.ts), once crypto maps
 * are known to be applied on interfaces.
 */

/** An IKE proposal and which of its values the config set (the others get defaults at the end). */
export interface IkePolicyDraft {
  proposal: IkeProposal;
  set: Set<keyof IkeProposal>;
}

export interface TransformSetDraft {
  proposal: IpsecProposal;
}

export interface CryptoMapEntry {
  map: string;
  seq: number;
  /** `ipsec-isakmp dynamic D`: the entry takes its settings from dynamic map D. */
  dynamic?: string;
  peers: string[];
  transformSets: string[];
  pfsGroup?: number;
  acl?: string;
  ikev2Profile?: string;
  source: SourceSpan;
}

export interface Ikev2PolicyDraft {
  name: string;
  proposals: string[];
}

export interface Ikev2PeerDraft {
  name: string;
  address?: string;
  keys: { key: TypedSecret; source: SourceSpan }[];
}

export interface Ikev2ProfileDraft {
  name: string;
  remoteAddresses: string[];
  /** Authentication methods by side. */
  methods: { local?: string; remote?: string };
}

export interface IpsecProfileDraft {
  name: string;
  transformSets: string[];
  pfsGroup?: number;
  ikev2Profile?: string;
  source: SourceSpan;
}

export interface CryptoState {
  ikev1: IkePolicyDraft[];
  ikev2Proposals: IkePolicyDraft[];
  ikev2Policies: Ikev2PolicyDraft[];
  ikev2Peers: Ikev2PeerDraft[];
  ikev2Profiles: Map<string, Ikev2ProfileDraft>;
  mapEntries: CryptoMapEntry[];
  dynamicMaps: Map<string, CryptoMapEntry[]>;
  ipsecProfiles: Map<string, IpsecProfileDraft>;
  /** `tunnel protection` lines by interface, to point at when the profile is missing. */
  protectionLines: Map<string, SourceSpan>;
}

export function newCryptoState(): CryptoState {
  return {
    ikev1: [],
    ikev2Proposals: [],
    ikev2Policies: [],
    ikev2Peers: [],
    ikev2Profiles: new Map(),
    mapEntries: [],
    dynamicMaps: new Map(),
    ipsecProfiles: new Map(),
    protectionLines: new Map(),
  };
}

// --- IKEv1 ------------------------------------------------------------------------------------

export function openIsakmpPolicy(ast: { priority: number }, ctx: LineContext): Block {
  const proposal: IkeProposal = {
    name: `isakmp policy ${ast.priority}`,
    version: 1,
    encryption: [],
    integrity: [],
    dhGroups: [],
    source: ctx.span,
  };
  const policy: IkePolicyDraft = { proposal, set: new Set() };
  ctx.state.crypto.ikev1.push(policy);
  ctx.state.device.vpn.ikeProposals.push(proposal);
  return { kind: 'isakmp-policy', policy };
}

type PolicyCtx = LineContext<Extract<Block, { kind: 'isakmp-policy' | 'ikev2-proposal' }>>;

const IKE_HASHES: Record<string, string> = { md5: 'md5', sha: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };
const IKE_AUTH: Record<string, IkeProposal['authentication']> = {
  'pre-share': 'pre-share',
  'rsa-sig': 'rsa-sig',
  'ecdsa-sig': 'ecdsa-sig',
  'rsa-encr': 'other',
};

export function ikeEncryption(ast: { cipher: string }, ctx: PolicyCtx): void {
  if (!/^(des|3des|aes-(128|192|256))$/.test(ast.cipher)) {
    throw new LineNotUnderstood(`unknown IKE cipher "${ast.cipher}" / 不明な IKE 暗号 "${ast.cipher}"`);
  }
  setPolicy(ctx, 'encryption', [ast.cipher]);
}

export function ikeHash(ast: { hash: string }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'integrity', [IKE_HASHES[ast.hash]!]);
}

export function ikeAuthentication(ast: { method: string }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'authentication', IKE_AUTH[ast.method]!);
}

export function ikeGroup(ast: { group: number }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'dhGroups', [ast.group]);
}

export function ikeLifetime(ast: { seconds: number }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'lifetimeSeconds', ast.seconds);
}

function setPolicy<K extends keyof IkeProposal>(ctx: PolicyCtx, key: K, value: IkeProposal[K]): void {
  ctx.block.policy.proposal[key] = value;
  ctx.block.policy.set.add(key);
}

/**
 * IKEv1 policy defaults (Cisco IOS Security Configuration Guide, "Configuring Internet Key Exchange
 * for IPsec VPNs", default policy values): DES, SHA-1, RSA signatures, DH group 1, 86 400 s.
 */
const IKEV1_DEFAULTS: Pick<IkeProposal, 'encryption' | 'integrity' | 'authentication' | 'dhGroups' | 'lifetimeSeconds'> = {
  encryption: ['des'],
  integrity: ['sha1'],
  authentication: 'rsa-sig',
  dhGroups: [1],
  lifetimeSeconds: 86400,
};

export function applyIkev1Defaults(policy: IkePolicyDraft): void {
  const applied: string[] = [];
  for (const key of Object.keys(IKEV1_DEFAULTS) as (keyof typeof IKEV1_DEFAULTS)[]) {
    if (policy.set.has(key)) continue;
    const value = IKEV1_DEFAULTS[key];
    (policy.proposal as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
    applied.push(key);
  }
  if (applied.length > 0) policy.proposal.defaultsApplied = applied;
}

export function isakmpKey(ast: TypedSecret & { peer: string }, ctx: LineContext): void {
  ctx.state.device.vpn.preSharedKeys.push({ peer: ast.peer, key: iosSecret('ike-psk', ast), source: ctx.span });
}

export function openKeyring(_ast: unknown, _ctx: LineContext): Block {
  return { kind: 'keyring' };
}

export function keyringPsk(ast: TypedSecret & { peer: string }, ctx: LineContext): void {
  ctx.state.device.vpn.preSharedKeys.push({ peer: ast.peer, key: iosSecret('ike-psk', ast), source: ctx.span });
}

// --- IPsec transform sets, crypto maps, profiles --------------------------------------------------

interface TransformAst {
  name: string;
  bits: number | null;
}

/** IOS transform names → neutral algorithm names (IOS Security Command Reference, "crypto ipsec transform-set"). */
const ESP_CIPHERS: Record<string, (bits: number | null) => string> = {
  'esp-aes': (b) => `aes-${b ?? 128}`,
  'esp-gcm': (b) => `aes-gcm-${b ?? 128}`,
  'esp-3des': () => '3des',
  'esp-des': () => 'des',
  'esp-null': () => 'null',
  'esp-seal': () => 'seal',
};
const HMACS: Record<string, string> = {
  'esp-md5-hmac': 'md5',
  'esp-sha-hmac': 'sha1',
  'esp-sha256-hmac': 'sha256',
  'esp-sha384-hmac': 'sha384',
  'esp-sha512-hmac': 'sha512',
  'ah-md5-hmac': 'md5',
  'ah-sha-hmac': 'sha1',
  'ah-sha256-hmac': 'sha256',
  'ah-sha384-hmac': 'sha384',
  'ah-sha512-hmac': 'sha512',
};

export function openTransformSet(ast: { name: string; transforms: TransformAst[] }, ctx: LineContext): Block {
  const proposal: IpsecProposal = { name: ast.name, protocols: [], encryption: [], integrity: [], source: ctx.span };
  for (const t of ast.transforms) {
    const cipher = ESP_CIPHERS[t.name];
    const hmac = HMACS[t.name];
    if (cipher) {
      if (t.bits !== null && ![128, 192, 256].includes(t.bits)) {
        throw new LineNotUnderstood(`key size ${t.bits} is not valid / 鍵長 ${t.bits} は不正です`);
      }
      proposal.encryption.push(cipher(t.bits));
    } else if (t.name === 'esp-gmac') {
      proposal.integrity.push(`gmac-${t.bits ?? 128}`);
    } else if (hmac) {
      proposal.integrity.push(hmac);
    } else if (t.name !== 'comp-lzs') {
      throw new LineNotUnderstood(`unknown transform "${t.name}" / 不明な変換 "${t.name}"`);
    }
    const protocol = t.name.startsWith('ah-') ? 'ah' : t.name.startsWith('esp-') ? 'esp' : undefined;
    if (protocol && !proposal.protocols.includes(protocol)) proposal.protocols.push(protocol);
  }
  ctx.state.device.vpn.ipsecProposals = ctx.state.device.vpn.ipsecProposals.filter((p) => p.name !== ast.name);
  ctx.state.device.vpn.ipsecProposals.push(proposal);
  return { kind: 'transform-set', transformSet: { proposal } };
}

export function transformMode(ast: { mode: 'tunnel' | 'transport' }, ctx: LineContext<Extract<Block, { kind: 'transform-set' }>>): void {
  ctx.block.transformSet.proposal.mode = ast.mode;
}

function entryOf(state: LineContext['state'], map: string, seq: number, dynamic: boolean, span: SourceSpan): CryptoMapEntry {
  const list = dynamic ? (state.crypto.dynamicMaps.get(map) ?? []) : state.crypto.mapEntries;
  if (dynamic) state.crypto.dynamicMaps.set(map, list);
  let entry = list.find((e) => e.map === map && e.seq === seq);
  if (!entry) {
    entry = { map, seq, peers: [], transformSets: [], source: span };
    list.push(entry);
  }
  return entry;
}

export function openCryptoMap(ast: { map: string; seq: number; dynamic: string | null }, ctx: LineContext): Block {
  const entry = entryOf(ctx.state, ast.map, ast.seq, false, ctx.span);
  if (ast.dynamic !== null) entry.dynamic = ast.dynamic;
  return { kind: 'crypto-map', entry };
}

export function openDynamicMap(ast: { map: string; seq: number }, ctx: LineContext): Block {
  return { kind: 'crypto-map', entry: entryOf(ctx.state, ast.map, ast.seq, true, ctx.span) };
}

type MapCtx = LineContext<Extract<Block, { kind: 'crypto-map' }>>;

export function setPeer(ast: { peer: string }, ctx: MapCtx): void {
  if (!ctx.block.entry.peers.includes(ast.peer)) ctx.block.entry.peers.push(ast.peer);
}

export function setTransformSet(ast: { names: string[] }, ctx: LineContext<Extract<Block, { kind: 'crypto-map' | 'ipsec-profile' }>>): void {
  const target = ctx.block.kind === 'crypto-map' ? ctx.block.entry : ctx.block.profile;
  target.transformSets = [...ast.names];
}

export function setPfs(ast: { group: number }, ctx: LineContext<Extract<Block, { kind: 'crypto-map' | 'ipsec-profile' }>>): void {
  const target = ctx.block.kind === 'crypto-map' ? ctx.block.entry : ctx.block.profile;
  target.pfsGroup = ast.group;
}

export function setIkev2Profile(ast: { profile: string }, ctx: LineContext<Extract<Block, { kind: 'crypto-map' | 'ipsec-profile' }>>): void {
  const target = ctx.block.kind === 'crypto-map' ? ctx.block.entry : ctx.block.profile;
  target.ikev2Profile = ast.profile;
}

export function matchAddress(ast: { acl: string }, ctx: MapCtx): void {
  ctx.block.entry.acl = ast.acl;
}

export function openIpsecProfile(ast: { name: string }, ctx: LineContext): Block {
  let profile = ctx.state.crypto.ipsecProfiles.get(ast.name);
  if (!profile) {
    profile = { name: ast.name, transformSets: [], source: ctx.span };
    ctx.state.crypto.ipsecProfiles.set(ast.name, profile);
  }
  return { kind: 'ipsec-profile', profile };
}

// --- IKEv2 ------------------------------------------------------------------------------------

export function openIkev2Proposal(ast: { name: string }, ctx: LineContext): Block {
  const proposal: IkeProposal = { name: ast.name, version: 2, encryption: [], integrity: [], dhGroups: [], source: ctx.span };
  const policy: IkePolicyDraft = { proposal, set: new Set() };
  ctx.state.crypto.ikev2Proposals.push(policy);
  ctx.state.device.vpn.ikeProposals.push(proposal);
  return { kind: 'ikev2-proposal', policy };
}

const IKEV2_CIPHERS: Record<string, string> = {
  'aes-cbc-128': 'aes-128',
  'aes-cbc-192': 'aes-192',
  'aes-cbc-256': 'aes-256',
  'aes-gcm-128': 'aes-gcm-128',
  'aes-gcm-256': 'aes-gcm-256',
  '3des': '3des',
  des: 'des',
};
const IKEV2_INTEGRITY: Record<string, string> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

function mapAll(words: string[], table: Record<string, string>, what: string): string[] {
  return words.map((w) => {
    const mapped = table[w];
    if (!mapped) throw new LineNotUnderstood(`unknown ${what} "${w}" / 不明なアルゴリズム "${w}"`);
    return mapped;
  });
}

export function ikev2Encryption(ast: { algorithms: string[] }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'encryption', mapAll(ast.algorithms, IKEV2_CIPHERS, 'IKEv2 cipher'));
}

export function ikev2Integrity(ast: { algorithms: string[] }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'integrity', mapAll(ast.algorithms, IKEV2_INTEGRITY, 'IKEv2 integrity'));
}

export function ikev2Group(ast: { groups: number[] }, ctx: PolicyCtx): void {
  setPolicy(ctx, 'dhGroups', [...ast.groups]);
}

export function openIkev2Policy(ast: { name: string }, ctx: LineContext): Block {
  const policy: Ikev2PolicyDraft = { name: ast.name, proposals: [] };
  ctx.state.crypto.ikev2Policies.push(policy);
  return { kind: 'ikev2-policy', policy };
}

export function ikev2PolicyProposal(ast: { names: string[] }, ctx: LineContext<Extract<Block, { kind: 'ikev2-policy' }>>): void {
  ctx.block.policy.proposals.push(...ast.names);
}

export function openIkev2Keyring(_ast: unknown, _ctx: LineContext): Block {
  return { kind: 'ikev2-keyring' };
}

export function openIkev2Peer(ast: { name: string }, ctx: LineContext): Block {
  const peer: Ikev2PeerDraft = { name: ast.name, keys: [] };
  ctx.state.crypto.ikev2Peers.push(peer);
  return { kind: 'ikev2-peer', peer };
}

type PeerCtx = LineContext<Extract<Block, { kind: 'ikev2-peer' }>>;

export function peerAddress(ast: { address: string }, ctx: PeerCtx): void {
  ctx.block.peer.address = ast.address;
}

export function peerPsk(ast: TypedSecret, ctx: PeerCtx): void {
  ctx.block.peer.keys.push({ key: { encType: ast.encType, value: ast.value }, source: ctx.span });
}

export function openIkev2Profile(ast: { name: string }, ctx: LineContext): Block {
  let profile = ctx.state.crypto.ikev2Profiles.get(ast.name);
  if (!profile) {
    profile = { name: ast.name, remoteAddresses: [], methods: {} };
    ctx.state.crypto.ikev2Profiles.set(ast.name, profile);
  }
  return { kind: 'ikev2-profile', profile };
}

type ProfileCtx = LineContext<Extract<Block, { kind: 'ikev2-profile' }>>;

export function profileRemoteAddress(ast: { address: string }, ctx: ProfileCtx): void {
  ctx.block.profile.remoteAddresses.push(ast.address);
}

/** `authentication local|remote pre-share [key X]`: an inline key is a PSK for the profile's peers. */
export function profileAuthentication(ast: { side: 'local' | 'remote'; method: string; key: TypedSecret | null }, ctx: ProfileCtx): void {
  ctx.block.profile.methods[ast.side] = ast.method;
  if (ast.key) {
    ctx.state.device.vpn.preSharedKeys.push({
      peer: `ikev2-profile ${ctx.block.profile.name}`,
      key: iosSecret('ike-psk', ast.key),
      source: ctx.span,
    });
  }
}
