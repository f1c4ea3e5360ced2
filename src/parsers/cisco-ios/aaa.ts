import type { RemoteServer } from '../../model/index.js';
import type { Block } from './blocks.js';
import { iosSecret, type TypedSecret } from './secrets.js';
import type { LineContext, ParseState } from './state.js';

/** AAA: `aaa new-model`, method lists, RADIUS / TACACS+ servers, and 802.1X system control. */

export function aaaNewModel(ast: { enabled: boolean }, ctx: LineContext): void {
  const { aaa } = ctx.state.device.management;
  aaa.enabled = ast.enabled;
  aaa.source = ctx.span;
}

/** Accounting record types, which come before the methods but are not methods. */
const RECORD_TYPES = new Set(['start-stop', 'stop-only', 'wait-start', 'broadcast']);

/**
 * `aaa authentication login default group radius local` → list `default`, methods
 * [`group radius`, `local`]. Commands without a list name (`aaa authorization console`) get list ''.
 */
export function aaaMethodList(ast: { kind: 'authentication' | 'authorization' | 'accounting'; service: string; words: string[] }, ctx: LineContext): void {
  const [list = '', ...rest] = ast.words;
  const methods: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (RECORD_TYPES.has(word)) continue;
    if (word === 'group' && i + 1 < rest.length) {
      methods.push(`group ${rest[++i]}`);
      continue;
    }
    methods.push(word);
  }
  ctx.state.device.management.aaa.methods.push({ kind: ast.kind, service: ast.service, list, methods, source: ctx.span });
}

function serversOf(state: ParseState, protocol: 'radius' | 'tacacs'): RemoteServer[] {
  const { aaa } = state.device.management;
  return protocol === 'radius' ? aaa.radiusServers : aaa.tacacsServers;
}

/** `radius server NAME` / `tacacs server NAME` blocks; the address and key come on their own lines. */
export function openAaaServer(ast: { protocol: 'radius' | 'tacacs' }, ctx: LineContext): Block {
  const server: RemoteServer = { address: '', source: ctx.span };
  serversOf(ctx.state, ast.protocol).push(server);
  return { kind: 'aaa-server', protocol: ast.protocol, server };
}

type ServerCtx = LineContext<Extract<Block, { kind: 'aaa-server' }>>;

export function serverAddress(ast: { address: string }, ctx: ServerCtx): void {
  ctx.block.server.address = ast.address;
}

export function serverKey(ast: { key: TypedSecret }, ctx: ServerCtx): void {
  ctx.block.server.key = iosSecret(ctx.block.protocol === 'radius' ? 'radius-key' : 'tacacs-key', ast.key);
}

/** `radius-server host A … [key X]` / `tacacs-server host A … [key X]`. */
export function aaaHost(ast: { protocol: 'radius' | 'tacacs'; address: string; key: TypedSecret | null }, ctx: LineContext): void {
  const server: RemoteServer = { address: ast.address, source: ctx.span };
  if (ast.key) server.key = iosSecret(ast.protocol === 'radius' ? 'radius-key' : 'tacacs-key', ast.key);
  serversOf(ctx.state, ast.protocol).push(server);
  ctx.state.management.legacyAaaHosts.push({ protocol: ast.protocol, server });
}

export function aaaGlobalKey(ast: { protocol: 'radius' | 'tacacs'; key: TypedSecret }, ctx: LineContext): void {
  ctx.state.management.globalKeys[ast.protocol] = iosSecret(ast.protocol === 'radius' ? 'radius-key' : 'tacacs-key', ast.key);
}

export function dot1xSystemAuthControl(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.dot1xSystemAuthControl = { enabled: ast.enabled, source: ctx.span };
}

/**
 * The global `radius-server key` / `tacacs-server key` is the key of every `… host` entry without
 * its own. Server blocks that never got an address are dropped: they describe no server.
 */
export function finalizeAaa(state: ParseState): void {
  for (const { protocol, server } of state.management.legacyAaaHosts) {
    const globalKey = state.management.globalKeys[protocol];
    if (!server.key && globalKey) server.key = globalKey;
  }
  const { aaa } = state.device.management;
  aaa.radiusServers = aaa.radiusServers.filter((s) => s.address !== '');
  aaa.tacacsServers = aaa.tacacsServers.filter((s) => s.address !== '');
}
