import { makeSecret } from '../../model/index.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * PPPoE and remote access (L2TP, L2TP/IPsec) on Yamaha (vendor-syntax.md §1 "PPPoE", "Remote-access";
 * Y-CMD 11.x PPP, 15.x `ipsec transport`, 16.x L2TP): `pp select anonymous` accepts dial-in users
 * (`pp auth username`) over the tunnels it is bound to (`pp bind tunnel4-tunnel5`), whose
 * `tunnel encapsulation l2tp` sessions arrive protected by IPsec transport mode (`ipsec transport ID
 * POLICY udp 1701`) once `l2tp service on` is set.
 */

function selectedPp(ctx: LineContext, what: string): string {
  const selected = ctx.state.selected;
  if (selected?.kind !== 'pp') throw new LineNotUnderstood(`${what} outside pp select / pp select の外の ${what}`);
  return selected.name;
}

function selectedTunnel(ctx: LineContext, what: string): string {
  const selected = ctx.state.selected;
  if (selected?.kind !== 'tunnel') throw new LineNotUnderstood(`${what} outside tunnel select / tunnel select の外の ${what}`);
  return selected.name;
}

/** `pppoe use lan2`: the selected PP interface is a PPPoE session; its address comes from the provider. */
export function pppoeUse(ast: { iface: IfRef }, ctx: LineContext): void {
  const pp = interfaceNamed(ctx, selectedPp(ctx, 'pppoe use'));
  interfaceNamed(ctx, resolveIfRef(ctx.state, ast.iface));
  if (pp.addresses.length === 0) pp.dynamicAddress = 'pppoe';
}

type BindTarget = { from: number; to: number } | { name: string };

/** `pp bind tunnel4-tunnel5`: the PP interface carries the sessions arriving over those tunnels. */
export function ppBind(ast: { binds: BindTarget[] }, ctx: LineContext): void {
  const pp = selectedPp(ctx, 'pp bind');
  const tunnels: string[] = [];
  for (const bind of ast.binds) {
    if ('name' in bind) {
      tunnels.push(bind.name);
      continue;
    }
    if (bind.to < bind.from) throw new LineNotUnderstood(`empty range tunnel${bind.from}-tunnel${bind.to} / 空の範囲`);
    for (let n = bind.from; n <= bind.to; n++) tunnels.push(`tunnel${n}`);
  }
  for (const name of tunnels) interfaceNamed(ctx, name);
  ctx.state.remoteAccess.binds.set(pp, { tunnels, source: ctx.span });
}

/**
 * `pp auth request mschap-v2`: how the router authenticates the peer of the selected PP interface.
 * The model has no place for the PPP authentication method yet: recognised, not modelled.
 */
export function ppAuthRequest(_ast: unknown, ctx: LineContext): 'ignored' {
  selectedPp(ctx, 'pp auth request');
  return 'ignored';
}

interface SecretToken {
  value: string;
}

/**
 * `pp auth username NAME PASSWORD …`: an account a dial-in or L2TP peer logs in with. The password
 * is stored as typed (plaintext) in the config. It is a local user of the device with no
 * management rights; `myname ID PASSWORD` in the same line is the router's own answer, not an account.
 */
export function ppAuthUsername(ast: { name: string; password: SecretToken }, ctx: LineContext): void {
  const pp = selectedPp(ctx, 'pp auth username');
  const users = ctx.state.device.management.users;
  users.push({
    name: ast.name,
    privilege: `ppp (${pp})`,
    admin: false,
    password: makeSecret('ppp-password', 'plaintext', ast.password.value, ast.password.value),
    access: { protocols: ['other'], source: ctx.span },
    source: ctx.span,
  });
}

/**
 * `l2tp service on|off [l2tpv3] [l2tp]`: whether L2TP sessions are accepted at all. The VPN model has
 * no on/off switch; the tunnels and their bindings are what the rules read. Recognised, not modelled.
 */
export function l2tpService(): 'ignored' {
  return 'ignored';
}

/** `l2tp tunnel auth on PASSWORD` (L2TPv3): a shared secret authenticating the control channel. */
export function l2tpTunnelAuth(ast: { on: boolean; password: SecretToken | null }, ctx: LineContext): void {
  const tunnel = selectedTunnel(ctx, 'l2tp tunnel auth');
  const key = ast.password ? makeSecret('other', 'plaintext', ast.password.value, ast.password.value) : undefined;
  ctx.state.remoteAccess.tunnelAuth.set(tunnel, { on: ast.on, ...(key ? { key } : {}), source: ctx.span });
}

/** `ipsec transport ID POLICY udp 1701`: sa policy POLICY protects L2TP in transport mode. */
export function ipsecTransport(ast: { id: number; policy: number }, ctx: LineContext): void {
  ctx.state.remoteAccess.transports.set(ast.id, { policy: ast.policy, source: ctx.span });
}

/**
 * Remote access as VPN facts: a tunnel bound to an anonymous PP interface and carrying L2TP is a
 * remote-access VPN; its VpnTunnel (made by finalizeIpsec from the tunnel's sa policy) lists the PP
 * interface too, so that rules see which interface the dial-in users arrive on. Policies used by
 * `ipsec transport` are transport mode. Runs after finalizeIpsec.
 */
export function finalizeRemoteAccess(state: ParseState): void {
  const { device, remoteAccess } = state;
  const transportPolicies = new Set([...remoteAccess.transports.values()].map((t) => `sa policy ${t.policy}`));
  for (const proposal of device.vpn.ipsecProposals) if (transportPolicies.has(proposal.name)) proposal.mode = 'transport';
  for (const [pp, bind] of remoteAccess.binds) {
    for (const tunnelName of bind.tunnels) {
      const vpn = device.vpn.tunnels.find((t) => t.interfaces.includes(tunnelName));
      if (vpn && !vpn.interfaces.includes(pp)) vpn.interfaces.push(pp);
      // Sessions over a tunnel bound to a PP interface are dial-in users (`pp auth username`).
      if (vpn) vpn.remoteAccess = true;
    }
  }
  for (const [tunnel, auth] of remoteAccess.tunnelAuth) {
    if (!auth.key) continue;
    device.vpn.preSharedKeys.push({ peer: `${tunnel} (l2tp tunnel auth)`, key: auth.key, source: auth.source });
  }
}
