import type { AccessLine, Banner, ManagementProtocol, RemoteServer, Secret, SourceSpan } from '../../model/index.js';
import type { Block } from './blocks.js';
import { LineNotUnderstood } from './line-error.js';
import { iosSecret, type TypedSecret } from './secrets.js';
import type { LineContext, ParseState } from './state.js';

/**
 * Device management: enable and local users, password settings, SSH, login protection, banners and
 * the terminal lines (console, vty, aux).
 */
export interface ManagementState {
  /** `ntp authentication-key N …` by key number, and which are trusted. */
  ntpKeys: Map<number, Secret>;
  ntpTrustedKeys: Set<number>;
  /** NTP servers that name a key, resolved at the end. */
  ntpServerKeys: { server: RemoteServer; keyId: number }[];
  /** `radius-server key` / `tacacs-server key`: the key of hosts that have none of their own. */
  globalKeys: { radius?: Secret; tacacs?: Secret };
  /** Hosts from `radius-server host` / `tacacs-server host` (the ones a global key applies to). */
  legacyAaaHosts: { protocol: 'radius' | 'tacacs'; server: RemoteServer }[];
  /** `ip dhcp pool` lines and `[no] service dhcp`, combined into dhcp-server at the end. */
  dhcpPools: SourceSpan[];
  serviceDhcp?: { enabled: boolean; source: SourceSpan };
  /** `ip http access-class N`. */
  httpAccessClass?: string;
}

export function newManagementState(): ManagementState {
  return { ntpKeys: new Map(), ntpTrustedKeys: new Set(), ntpServerKeys: [], globalKeys: {}, legacyAaaHosts: [], dhcpPools: [] };
}

export function hostname(ast: { name: string }, ctx: LineContext): void {
  ctx.state.device.hostname = ast.name;
  ctx.state.device.source = ctx.span;
}

export function version(ast: { version: string }, ctx: LineContext): void {
  ctx.state.device.os = { name: 'IOS', version: ast.version, source: ctx.span };
  const major = Number.parseInt(ast.version, 10);
  if (Number.isFinite(major)) ctx.state.versionMajor = major;
}

export function enable(ast: { form: 'secret' | 'password'; level: number | null } & TypedSecret, ctx: LineContext): void {
  const { management } = ctx.state.device;
  const level = ast.level ?? undefined;
  management.enable = management.enable.filter((e) => e.form !== ast.form || e.level !== level);
  const credential = {
    form: ast.form,
    password: iosSecret(ast.form === 'secret' ? 'enable-secret' : 'enable-password', ast),
    source: ctx.span,
  };
  management.enable.push(level === undefined ? credential : { ...credential, level });
}

interface UsernameAst {
  name: string;
  options: { privilege?: number; algorithm?: string }[];
  form: 'password' | 'secret' | 'nopassword' | null;
  encType?: number | null;
  value?: TypedSecret['value'];
}

/** `username U [privilege N] (password|secret) [type] X | nopassword`; repeated lines merge. */
export function username(ast: UsernameAst, ctx: LineContext): void {
  const { users } = ctx.state.device.management;
  let user = users.find((u) => u.name === ast.name);
  if (!user) {
    user = { name: ast.name, admin: false, source: ctx.span };
    users.push(user);
  }
  user.source = ctx.span;
  const privilege = ast.options.find((o) => o.privilege !== undefined)?.privilege;
  if (privilege !== undefined) {
    user.privilege = String(privilege);
    user.admin = privilege === 15;
  }
  if (ast.form === 'nopassword') delete user.password;
  if ((ast.form === 'password' || ast.form === 'secret') && ast.value) {
    // With `algorithm-type` the line carries the clear password for IOS to hash.
    const hashedOnEntry = ast.options.some((o) => o.algorithm !== undefined);
    user.password = iosSecret('user-password', { encType: hashedOnEntry ? null : (ast.encType ?? null), value: ast.value });
  }
}

export function passwordEncryption(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.passwordEncryption = { enabled: ast.enabled, source: ctx.span };
}

export function passwordMinLength(ast: { length: number }, ctx: LineContext): void {
  ctx.state.device.management.passwordPolicy = { minLength: ast.length, source: ctx.span };
}

export function ssh(ast: { version?: number; retries?: number; timeout?: number }, ctx: LineContext): void {
  const { ssh } = ctx.state.device.management;
  if (ast.version !== undefined) {
    if (ast.version !== 1 && ast.version !== 2) throw new LineNotUnderstood('SSH version must be 1 or 2 / SSH バージョンは 1 か 2 です');
    ssh.version = ast.version;
  }
  if (ast.retries !== undefined) ssh.authRetries = ast.retries;
  if (ast.timeout !== undefined) ssh.timeoutSeconds = ast.timeout;
  ssh.source = ctx.span;
}

export function loginBlockFor(ast: { blockSeconds: number; attempts: number; withinSeconds: number }, ctx: LineContext): void {
  ctx.state.device.management.loginLockout.push({
    attempts: ast.attempts,
    withinSeconds: ast.withinSeconds,
    blockSeconds: ast.blockSeconds,
    mechanism: 'login block-for',
    source: ctx.span,
  });
}

export function aaaMaxFail(ast: { attempts: number }, ctx: LineContext): void {
  ctx.state.device.management.loginLockout.push({
    attempts: ast.attempts,
    mechanism: 'aaa local authentication attempts max-fail',
    source: ctx.span,
  });
}

export function loginLogging(ast: { event: 'on-success' | 'on-failure' }, ctx: LineContext): void {
  const { management } = ctx.state.device;
  const logging = management.loginLogging ?? { success: false, failure: false, source: ctx.span };
  if (ast.event === 'on-success') logging.success = true;
  else logging.failure = true;
  logging.source = ctx.span;
  management.loginLogging = logging;
}

const BANNER_KINDS: Record<string, Banner['kind']> = { motd: 'motd', login: 'login', exec: 'exec', incoming: 'incoming' };

export function addBanner(state: ParseState, kind: string, text: string, span: SourceSpan): void {
  const { banners } = state.device.management;
  const bannerKind = BANNER_KINDS[kind] ?? 'other';
  const index = banners.findIndex((b) => b.kind === bannerKind && bannerKind !== 'other');
  const banner: Banner = { kind: bannerKind, text, source: span };
  if (index >= 0) banners[index] = banner;
  else banners.push(banner);
}

// --- terminal lines ------------------------------------------------------------------------------

/**
 * Platform defaults (Cisco IOS Configuration Fundamentals, "Configuring terminal lines"): vty lines
 * accept telnet and ssh when `transport input` is not given on current releases (older ones accept
 * every protocol); every line has a 10-minute exec-timeout.
 */
const VTY_TRANSPORT_DEFAULT: ManagementProtocol[] = ['telnet', 'ssh'];
const EXEC_TIMEOUT_DEFAULT_SECONDS = 600;

const LINE_KINDS: Record<string, AccessLine['kind']> = { console: 'console', vty: 'vty', aux: 'aux', tty: 'other' };

export function openLine(ast: { kind: string | null; first: number; last: number | null }, ctx: LineContext): Block {
  const kind = ast.kind === null ? 'other' : (LINE_KINDS[ast.kind] ?? 'other');
  const name = ctx.span.text.trim().replace(/^line\s+/, '').replace(/\s+/g, ' ');
  const line: AccessLine = { kind, name, execTimeoutDefault: EXEC_TIMEOUT_DEFAULT_SECONDS, source: ctx.span };
  if (kind === 'vty') line.transportDefault = [...VTY_TRANSPORT_DEFAULT];
  ctx.state.device.management.lines.push(line);
  return { kind: 'line', line };
}

type LineCtx = LineContext<Extract<Block, { kind: 'line' }>>;

/** `transport input` words. `all` covers every protocol IOS offers on the line. */
const TRANSPORTS: Record<string, ManagementProtocol[]> = {
  telnet: ['telnet'],
  ssh: ['ssh'],
  rlogin: ['rlogin'],
  all: ['telnet', 'ssh', 'rlogin', 'other'],
  none: [],
  pad: ['other'],
  lat: ['other'],
  mop: ['other'],
  udptn: ['other'],
  v120: ['other'],
  'lapb-ta': ['other'],
};

export function transportInput(ast: { protocols: string[] }, ctx: LineCtx): void {
  const protocols = new Set<ManagementProtocol>();
  for (const word of ast.protocols) {
    const mapped = TRANSPORTS[word];
    if (!mapped) throw new LineNotUnderstood(`unknown transport "${word}" / 不明なトランスポート "${word}"`);
    for (const p of mapped) protocols.add(p);
  }
  ctx.block.line.transportInput = [...protocols];
}

export function execTimeout(ast: { minutes: number; seconds: number }, ctx: LineCtx): void {
  ctx.block.line.execTimeout = ast.minutes * 60 + ast.seconds;
}

export function login(ast: { login: AccessLine['login'] }, ctx: LineCtx): void {
  ctx.block.line.login = ast.login;
}

export function linePassword(ast: TypedSecret, ctx: LineCtx): void {
  ctx.block.line.password = iosSecret('line-password', ast);
}

/** The IPv4 inbound class is the line's accessClass; other families/directions go to otherFilterBindings. */
export function accessClass(ast: { family: 'ipv4' | 'ipv6'; acl: string; direction: 'in' | 'out' }, ctx: LineCtx): void {
  const binding = { filter: ast.acl, family: ast.family, direction: ast.direction, source: ctx.span };
  if (ast.family === 'ipv4' && ast.direction === 'in') ctx.block.line.accessClass = binding;
  else ctx.state.device.otherFilterBindings.push({ ...binding, purpose: `line ${ctx.block.line.name}` });
}

/**
 * Platform facts the config does not print (MGT-07, MGT-10): IOS logs neither successful nor failed
 * logins unless `login on-success log` / `login on-failure log` is set ("All login parameters are
 * disabled by default", Cisco IOS Login Enhancements; CIS Cisco IOS 16 1.6.1 and 2.2.8), and offers
 * `security passwords min-length` (CIS Cisco IOS XE 17.x 1.1.x, research §4 MGT-10).
 */
export function finalizeManagementFacts(state: ParseState): void {
  const management = state.device.management;
  management.passwordPolicyAvailable = true;
  management.loginLogging ??= { success: false, failure: false, platformDefault: true, source: state.device.source };
}

/** `archive`: its sub-mode holds the configuration change logger. */
export function openArchive(_ast: unknown, _ctx: LineContext): Block {
  return { kind: 'archive' };
}

export function openArchiveLogConfig(_ast: unknown, _ctx: LineContext): Block {
  return { kind: 'archive-log-config' };
}

/** `logging enable` under `archive` / `log config` records every configuration command entered (MGT-07). */
export function archiveLogging(ast: { enabled: boolean }, ctx: LineContext): void {
  ctx.state.device.management.commandLogging = { enabled: ast.enabled, mechanism: 'archive log config', source: ctx.span };
}
