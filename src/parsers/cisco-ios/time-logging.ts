import { decodeCiscoType7, makeSecret } from '../../model/index.js';
import type { RemoteServer } from '../../model/index.js';
import { LineNotUnderstood } from './line-error.js';
import type { SecretToken } from './secrets.js';
import type { LineContext, ParseState } from './state.js';

/** NTP, time zone and syslog. */

interface NtpServerAst {
  vrf: string | null;
  address: string;
  options: { key?: number }[];
}

export function ntpServer(ast: NtpServerAst, ctx: LineContext): void {
  const server: RemoteServer = { address: ast.address, source: ctx.span };
  if (ast.vrf !== null) server.vrf = ast.vrf;
  ctx.state.device.management.ntp.servers.push(server);
  const keyId = ast.options.find((o) => o.key !== undefined)?.key;
  if (keyId !== undefined) ctx.state.management.ntpServerKeys.push({ server, keyId });
}

export function ntpAuthenticate(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.ntp.authenticate = ast.enabled;
}

/** `ntp authentication-key N md5 KEY [7]`: the trailing 7 marks the key as type-7 encoded. */
export function ntpKey(ast: { id: number; key: SecretToken; encType: number | null }, ctx: LineContext): void {
  const stored = ast.key.value;
  const secret =
    ast.encType === 7
      ? makeSecret('ntp-key', 'reversible', stored, decodeCiscoType7(stored))
      : makeSecret('ntp-key', 'plaintext', stored, stored);
  ctx.state.management.ntpKeys.set(ast.id, secret);
}

export function ntpTrustedKey(ast: { from: number; to: number }, ctx: LineContext): void {
  if (ast.to < ast.from) throw new LineNotUnderstood('key range runs backwards / キー範囲の順序が逆です');
  for (let id = ast.from; id <= ast.to; id++) ctx.state.management.ntpTrustedKeys.add(id);
}

export function ntpAccessGroup(ast: { kind: string; acl: string }, ctx: LineContext): void {
  ctx.state.device.otherFilterBindings.push({ filter: ast.acl, family: 'ipv4', direction: 'in', purpose: `ntp ${ast.kind}`, source: ctx.span });
}

/** `clock timezone JST 9 [0]`; a negative hour makes the minutes negative too (`-3 30` = −210). */
export function timezone(ast: { name: string; hours: number; minutes: number | null }, ctx: LineContext): void {
  const negative = ast.hours < 0 || Object.is(ast.hours, -0);
  const minutes = ast.minutes ?? 0;
  if (Math.abs(ast.hours) > 23 || minutes > 59) throw new LineNotUnderstood('time zone offset out of range / タイムゾーンのオフセットが範囲外です');
  const offsetMinutes = ast.hours * 60 + (negative ? -minutes : minutes);
  ctx.state.device.management.ntp.timezone = { name: ast.name, offsetMinutes, source: ctx.span };
}

/** A server's key counts only when it is a trusted key (NTP authentication needs `ntp trusted-key`). */
export function finalizeNtpKeys(state: ParseState): void {
  for (const { server, keyId } of state.management.ntpServerKeys) {
    const key = state.management.ntpKeys.get(keyId);
    if (key && state.management.ntpTrustedKeys.has(keyId)) server.key = key;
  }
}

export function loggingHost(ast: { address: string; options: { vrf?: string }[] }, ctx: LineContext): void {
  const host: RemoteServer = { address: ast.address, source: ctx.span };
  const vrf = ast.options.find((o) => o.vrf !== undefined)?.vrf;
  if (vrf !== undefined) host.vrf = vrf;
  ctx.state.device.management.logging.hosts.push(host);
}

export function loggingTrap(ast: { level: number }, ctx: LineContext): void {
  if (ast.level > 7) throw new LineNotUnderstood('syslog level must be 0–7 / syslog レベルは 0〜7 です');
  const { logging } = ctx.state.device.management;
  logging.trapLevel = ast.level;
  logging.source = ctx.span;
}

/** `service timestamps log datetime …` gives wall-clock times; `uptime` (the IOS default) does not. */
export function timestamps(ast: { enabled: boolean; format: string }, ctx: LineContext): void {
  const { logging } = ctx.state.device.management;
  logging.timestamps = ast.enabled && ast.format === 'datetime';
  logging.source ??= ctx.span;
}
