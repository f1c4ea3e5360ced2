import type { IkeProposal, IpsecProposal, SourceSpan, VpnTunnel } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * IPsec on Yamaha (vendor-syntax.md §1, Y-CMD 15.x): `ipsec ike … GW` settings describe one IKE
 * gateway (security gateway id), `ipsec sa policy P GW esp …` a phase-2 proposal towards it, and
 * `ipsec tunnel P` inside `tunnel select N` puts tunnel N on policy P.
 */
export interface IkeGateway {
  encryption?: string[];
  hash?: string[];
  groups?: number[];
  version?: 1 | 2;
  pfs?: boolean;
  mode?: 'main' | 'aggressive';
  source: SourceSpan;
}

export interface IpsecState {
  gateways: Map<number, IkeGateway>;
  policies: Map<number, { gateway: number; proposal: IpsecProposal }>;
  /** tunnel interface → sa policy number. */
  tunnels: Map<string, { policy: number; source: SourceSpan }>;
}

export function newIpsecState(): IpsecState {
  return { gateways: new Map(), policies: new Map(), tunnels: new Map() };
}

const ENCRYPTION: Record<string, string> = {
  'des-cbc': 'des', '3des-cbc': '3des', 'aes-cbc': 'aes-128', 'aes256-cbc': 'aes-256', 'aes-gcm': 'aes-gcm-128', 'aes256-gcm': 'aes-gcm-256',
};
const IKE_HASH: Record<string, string> = { md5: 'md5', sha: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };
const ESP_HASH: Record<string, string> = {
  'md5-hmac': 'md5', 'sha-hmac': 'sha1', 'sha256-hmac': 'sha256', 'sha384-hmac': 'sha384', 'sha512-hmac': 'sha512',
};
/** RFC 2409 / 3526 MODP group numbers. */
const MODP: Record<string, number> = { modp768: 1, modp1024: 2, modp1536: 5, modp2048: 14, modp3072: 15, modp4096: 16, modp6144: 17, modp8192: 18 };

/**
 * Values that apply when a setting is absent (Y-CMD 15.22, 15.25, 15.24, 15.2, 15.30): 3des-cbc,
 * sha, modp1024, IKEv1, no PFS. The audit must see these weak defaults, not an empty proposal.
 */
const DEFAULTS = { encryption: ['3des'], hash: ['sha1'], groups: [2], version: 1 as const };

function gateway(ctx: LineContext, id: number): IkeGateway {
  let found = ctx.state.ipsec.gateways.get(id);
  if (!found) {
    found = { source: ctx.span };
    ctx.state.ipsec.gateways.set(id, found);
  }
  return found;
}

function lookUp(table: Record<string, string | number>, word: string, what: string): string | number {
  const value = table[word];
  if (value === undefined) throw new LineNotUnderstood(`unknown ${what} "${word}" / 不明な${what}`);
  return value;
}

export function ipsecTunnel(ast: { policy: number }, ctx: LineContext): void {
  const selected = ctx.state.selected;
  if (selected?.kind !== 'tunnel') throw new LineNotUnderstood('ipsec tunnel outside tunnel select / tunnel select の外の ipsec tunnel');
  ctx.state.ipsec.tunnels.set(selected.name, { policy: ast.policy, source: ctx.span });
}

export function ipsecSaPolicy(ast: { policy: number; gateway: number; protocol: 'esp' | 'ah'; algs: string[] }, ctx: LineContext): void {
  const encryption = ast.algs.filter((a) => a in ENCRYPTION).map((a) => ENCRYPTION[a]!);
  const integrity = ast.algs.filter((a) => a in ESP_HASH).map((a) => ESP_HASH[a]!);
  const unknown = ast.algs.filter((a) => !(a in ENCRYPTION) && !(a in ESP_HASH));
  if (unknown.length > 0) throw new LineNotUnderstood(`unknown algorithm "${unknown.join(', ')}" / 不明なアルゴリズム`);
  const proposal: IpsecProposal = { name: `sa policy ${ast.policy}`, protocols: [ast.protocol], encryption, integrity, mode: 'tunnel', source: ctx.span };
  ctx.state.ipsec.policies.set(ast.policy, { gateway: ast.gateway, proposal });
  gateway(ctx, ast.gateway);
}

export function ikeAlgorithm(ast: { what: 'encryption' | 'hash' | 'group'; gateway: number; values: string[] }, ctx: LineContext): void {
  if (ast.what === 'encryption') {
    const values = ast.values.map((v) => lookUp(ENCRYPTION, v, 'encryption') as string);
    gateway(ctx, ast.gateway).encryption = values;
  } else if (ast.what === 'hash') {
    const values = ast.values.map((v) => lookUp(IKE_HASH, v, 'hash') as string);
    gateway(ctx, ast.gateway).hash = values;
  } else {
    const values = ast.values.map((v) => lookUp(MODP, v, 'DH group') as number);
    gateway(ctx, ast.gateway).groups = values;
  }
}

/**
 * `ipsec ike local address GW A` (Y-CMD 15.18): the tunnel's own end. `ipcp pp N` (the address the
 * PP interface negotiates) is kept as the interface name; the VRRP and IPv6-prefix forms name no
 * fixed address and leave it unknown.
 */
export function ikeLocalAddress(ast: { gateway: number; address: string | null }, ctx: LineContext): void {
  if (ast.address === null) ctx.state.ikeLocalAddress.delete(ast.gateway);
  else ctx.state.ikeLocalAddress.set(ast.gateway, ast.address);
}

export function ikeVersion(ast: { gateway: number; version: number }, ctx: LineContext): void {
  if (ast.version !== 1 && ast.version !== 2) throw new LineNotUnderstood(`IKE version ${ast.version} / 不明な IKE バージョン`);
  gateway(ctx, ast.gateway).version = ast.version;
}

export function ikePfs(ast: { gateway: number; on: boolean }, ctx: LineContext): void {
  gateway(ctx, ast.gateway).pfs = ast.on;
}

export function ikeExchangeType(ast: { gateway: number; mode: 'main' | 'aggressive' }, ctx: LineContext): void {
  gateway(ctx, ast.gateway).mode = ast.mode;
}

/** One IkeProposal per gateway (defaults applied and listed) and one VpnTunnel per gateway. */
export function finalizeIpsec(state: ParseState): void {
  const { vpn } = state.device;
  const ipsec = state.ipsec;
  // A gateway known only by its pre-shared key is still a peering (with every setting at its default).
  for (const key of state.ikeKeys) if (!ipsec.gateways.has(key.gateway)) ipsec.gateways.set(key.gateway, { source: key.source });
  for (const [id, gw] of [...ipsec.gateways].sort((a, b) => a[0] - b[0])) {
    const defaultsApplied: string[] = [];
    const pick = <T>(value: T | undefined, fallback: T, name: string): T => {
      if (value !== undefined) return value;
      defaultsApplied.push(name);
      return fallback;
    };
    const name = `ike gateway ${id}`;
    const version = pick(gw.version, DEFAULTS.version, 'version');
    const groups = pick(gw.groups, DEFAULTS.groups, 'group');
    const proposal: IkeProposal = {
      name,
      version,
      encryption: pick(gw.encryption, DEFAULTS.encryption, 'encryption'),
      integrity: pick(gw.hash, DEFAULTS.hash, 'hash'),
      dhGroups: groups,
      authentication: state.ikeKeys.some((k) => k.gateway === id) ? 'pre-share' : 'other',
      source: gw.source,
    };
    if (defaultsApplied.length > 0) proposal.defaultsApplied = defaultsApplied;
    vpn.ikeProposals.push(proposal);
    const policies = [...ipsec.policies].filter(([, p]) => p.gateway === id);
    const interfaces = [...ipsec.tunnels].filter(([, t]) => policies.some(([n]) => n === t.policy)).map(([iface]) => iface);
    const peer = state.ikeRemoteAddress.get(id);
    const tunnel: VpnTunnel = {
      name: interfaces[0] ?? name,
      ...(peer !== undefined ? { peer } : {}),
      ikeVersion: version,
      ikeMode: gw.mode ?? 'main',
      ikeProposals: [name],
      ipsecProposals: policies.map(([, p]) => p.proposal.name),
      ...(gw.pfs ? { pfsGroup: groups[0]! } : {}),
      interfaces,
      authentication: proposal.authentication === 'pre-share' ? 'pre-share' : 'other',
      source: gw.source,
    };
    vpn.tunnels.push(tunnel);
    setTunnelEndpoints(state, interfaces, state.ikeLocalAddress.get(id), peer);
  }
  vpn.ipsecProposals.push(...[...ipsec.policies.values()].map((p) => p.proposal));
}

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$/;

/**
 * Each tunnel on an IKE gateway gets `tunnel: {source, destination}` from `ipsec ike local address` /
 * `ipsec ike remote address` so the topology can pair it with the peer's tunnel (a source `pp1` is
 * that interface's address). A `tunnel endpoint
 * address` line (newer firmware) says the same and wins; `any` or a name is no address.
 */
function setTunnelEndpoints(state: ParseState, interfaces: string[], local: string | undefined, remote: string | undefined): void {
  for (const name of interfaces) {
    const iface = state.device.interfaces.find((i) => i.name === name);
    if (!iface) continue;
    const settings = iface.tunnel ?? { sourceSpan: state.ipsec.tunnels.get(name)?.source ?? iface.source };
    if (settings.source === undefined && local !== undefined && (IP_ADDRESS.test(local) || /^pp\d+$/.test(local))) settings.source = local;
    if (settings.destination === undefined && remote !== undefined && IP_ADDRESS.test(remote)) settings.destination = remote;
    iface.tunnel = settings;
  }
}
