import type { Secret, SourceSpan, Wlan, WlanSecurity } from '../../model/index.js';
import type { Block } from './blocks.js';
import type { InterfaceBlock } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import { iosSecret, type TypedSecret } from './secrets.js';
import type { LineContext, ParseState } from './state.js';

/**
 * Autonomous Aironet access points: `dot11 ssid NAME` blocks (authentication, key management, PSK,
 * VLAN, broadcast) and the radio interfaces that serve them (`ssid NAME`, `encryption …`).
 * wlans are built at the end because an SSID's encryption lives on the radios.
 */
export interface SsidDraft {
  ssid: string;
  vlan?: number;
  /** `authentication key-management wpa [version N]`: present = WPA key management; version 0 = none given. */
  wpaVersion?: number;
  psk?: Secret;
  /** EAP method list (`authentication network-eap L` / `authentication open eap L`): 802.1X. */
  eap?: string;
  sharedKeyAuth: boolean;
  broadcast: boolean;
  source: SourceSpan;
}

/** Per radio, per VLAN (or 'all' without `vlan N`): ciphers and WEP settings. */
export interface RadioDraft {
  ssids: string[];
  ciphers: Map<number | 'all', string[]>;
  wep: Set<number | 'all'>;
  /** Static WEP keys (the transmit key is the one stations must know). */
  wepKeys: Map<number | 'all', Secret>;
}

export interface WirelessState {
  ssids: Map<string, SsidDraft>;
  radios: Map<string, RadioDraft>;
}

export function newWirelessState(): WirelessState {
  return { ssids: new Map(), radios: new Map() };
}

function ssidNamed(state: ParseState, name: string, span: SourceSpan): SsidDraft {
  let ssid = state.wireless.ssids.get(name);
  if (!ssid) {
    ssid = { ssid: name, sharedKeyAuth: false, broadcast: false, source: span };
    state.wireless.ssids.set(name, ssid);
  }
  return ssid;
}

export function openSsid(ast: { ssid: string }, ctx: LineContext): Block {
  return { kind: 'dot11-ssid', ssid: ssidNamed(ctx.state, ast.ssid, ctx.span) };
}

type SsidCtx = LineContext<Extract<Block, { kind: 'dot11-ssid' }>>;

export function ssidVlan(ast: { vlan: number }, ctx: SsidCtx): void {
  if (ast.vlan < 1 || ast.vlan > 4094) throw new LineNotUnderstood('VLAN out of range / VLAN 番号が範囲外です');
  ctx.block.ssid.vlan = ast.vlan;
}

export function ssidAuthOpen(ast: { eap: string | null }, ctx: SsidCtx): void {
  if (ast.eap !== null) ctx.block.ssid.eap = ast.eap;
}

export function ssidAuthShared(ast: { eap: string | null }, ctx: SsidCtx): void {
  ctx.block.ssid.sharedKeyAuth = true;
  if (ast.eap !== null) ctx.block.ssid.eap = ast.eap;
}

export function ssidNetworkEap(ast: { list: string }, ctx: SsidCtx): void {
  ctx.block.ssid.eap = ast.list;
}

export function ssidKeyManagement(ast: { version: number | null }, ctx: SsidCtx): void {
  ctx.block.ssid.wpaVersion = ast.version ?? 0;
}

export function ssidWpaPsk(ast: TypedSecret, ctx: SsidCtx): void {
  ctx.block.ssid.psk = iosSecret('wlan-psk', ast);
}

export function ssidGuestMode(ast: { enabled: boolean }, ctx: SsidCtx): void {
  ctx.block.ssid.broadcast = ast.enabled;
}

// --- radio interfaces ---------------------------------------------------------------------------

function radiosOf(ctx: LineContext<InterfaceBlock>): RadioDraft[] {
  return ctx.block.interfaces.map((iface) => {
    let radio = ctx.state.wireless.radios.get(iface.name);
    if (!radio) {
      radio = { ssids: [], ciphers: new Map(), wep: new Set(), wepKeys: new Map() };
      ctx.state.wireless.radios.set(iface.name, radio);
    }
    return radio;
  });
}

const CIPHERS = new Set(['aes-ccm', 'tkip', 'wep128', 'wep40', 'ckip', 'cmic', 'ckip-cmic', 'gcmp128', 'gcmp256']);

export function radioCiphers(ast: { vlan: number | null; ciphers: string[] }, ctx: LineContext<InterfaceBlock>): void {
  for (const c of ast.ciphers) {
    if (!CIPHERS.has(c)) throw new LineNotUnderstood(`unknown cipher "${c}" / 不明な暗号 "${c}"`);
  }
  for (const radio of radiosOf(ctx)) radio.ciphers.set(ast.vlan ?? 'all', [...ast.ciphers]);
}

/** `encryption [vlan N] mode wep …` and static WEP keys both mean WEP on that VLAN. */
export function radioWep(ast: { vlan: number | null }, ctx: LineContext<InterfaceBlock>): void {
  for (const radio of radiosOf(ctx)) radio.wep.add(ast.vlan ?? 'all');
}

export function radioWepKey(ast: { vlan: number | null } & TypedSecret, ctx: LineContext<InterfaceBlock>): void {
  const key = iosSecret('wep-key', ast);
  for (const radio of radiosOf(ctx)) {
    radio.wep.add(ast.vlan ?? 'all');
    if (!radio.wepKeys.has(ast.vlan ?? 'all')) radio.wepKeys.set(ast.vlan ?? 'all', key);
  }
}

/** `ssid NAME` on a radio; older IOS nests the SSID's settings under it, so it also opens that block. */
export function radioSsid(ast: { ssid: string }, ctx: LineContext<InterfaceBlock>): Block {
  for (const radio of radiosOf(ctx)) if (!radio.ssids.includes(ast.ssid)) radio.ssids.push(ast.ssid);
  for (const iface of ctx.block.interfaces) {
    iface.ssids ??= [];
    if (!iface.ssids.includes(ast.ssid)) iface.ssids.push(ast.ssid);
  }
  return { kind: 'dot11-ssid', ssid: ssidNamed(ctx.state, ast.ssid, ctx.span) };
}

const CIPHER_NAMES: Record<string, Wlan['ciphers'][number]> = {
  'aes-ccm': 'ccmp',
  tkip: 'tkip',
  wep128: 'wep',
  wep40: 'wep',
  ckip: 'wep',
  cmic: 'wep',
  'ckip-cmic': 'wep',
  gcmp128: 'gcmp',
  gcmp256: 'gcmp',
};

/**
 * Security of each SSID (research/vendor-syntax.md §6 "Wireless classification"):
 * no key management and no cipher ⇒ open; WEP mode, WEP keys or a WEP cipher ⇒ wep; ciphers without
 * key management ⇒ unknown; aes-ccm + tkip ⇒ wpa-wpa2; tkip only, or key management without
 * `version 2` ⇒ wpa; `version 2` + aes-ccm ⇒ wpa2 (`version 3` ⇒ wpa3).
 * Authentication: wpa-psk ⇒ psk, network-eap / eap ⇒ enterprise, open ⇒ none, static WEP keys ⇒ psk.
 */
export function finalizeWireless(state: ParseState): void {
  for (const ssid of state.wireless.ssids.values()) {
    const radios = [...state.wireless.radios.entries()].filter(([, r]) => r.ssids.includes(ssid.ssid));
    const ciphers = new Set<string>();
    let wep = false;
    let wepKey: Secret | undefined;
    const vlanKey = ssid.vlan ?? 'all';
    for (const [, radio] of radios) {
      for (const c of radio.ciphers.get(vlanKey) ?? radio.ciphers.get('all') ?? []) ciphers.add(c);
      if (radio.wep.has(vlanKey) || radio.wep.has('all')) wep = true;
      wepKey ??= radio.wepKeys.get(vlanKey) ?? radio.wepKeys.get('all');
    }
    const modelCiphers = [...new Set([...ciphers].map((c) => CIPHER_NAMES[c]!))];
    if (modelCiphers.includes('wep')) wep = true;
    if (wep && !modelCiphers.includes('wep')) modelCiphers.push('wep');
    const security = classify(ssid, modelCiphers, wep);
    const wlan: Wlan = {
      ssid: ssid.ssid,
      security,
      authentication: authenticationOf(ssid, security),
      ciphers: modelCiphers,
      broadcast: ssid.broadcast,
      radios: radios.map(([name]) => name),
      source: ssid.source,
    };
    if (ssid.vlan !== undefined) wlan.vlan = ssid.vlan;
    const psk = ssid.psk ?? (security === 'wep' ? wepKey : undefined);
    if (psk) wlan.psk = psk;
    state.device.wlans.push(wlan);
  }
}

function classify(ssid: SsidDraft, ciphers: Wlan['ciphers'], wep: boolean): WlanSecurity {
  const keyManagement = ssid.wpaVersion !== undefined;
  if (!keyManagement && ciphers.length === 0 && !wep && !ssid.sharedKeyAuth) return 'open';
  if (wep || ssid.sharedKeyAuth) return 'wep';
  if (!keyManagement || ciphers.length === 0) return 'unknown';
  const ccmp = ciphers.includes('ccmp');
  const tkip = ciphers.includes('tkip');
  if (ccmp && tkip) return 'wpa-wpa2';
  if (tkip) return 'wpa';
  if (!ccmp) return 'unknown';
  if (ssid.wpaVersion === 3) return 'wpa3';
  return ssid.wpaVersion === 2 ? 'wpa2' : 'wpa';
}

function authenticationOf(ssid: SsidDraft, security: WlanSecurity): Wlan['authentication'] {
  if (ssid.eap !== undefined) return 'enterprise';
  if (ssid.psk) return 'psk';
  if (security === 'open') return 'none';
  if (security === 'wep') return 'psk';
  return 'unknown';
}
