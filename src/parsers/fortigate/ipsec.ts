import { makeSecret } from '../../model/index.js';
import type { IkeProposal, Interface, IpsecProposal, Secret, VpnTunnel } from '../../model/index.js';
import { tablesAt, warn, type ConvertState } from './state.js';
import { modelled, setting, value, values, type Entry } from './tree.js';

/** FortiOS cipher words → the names the other parsers use (`aes-256`, `aes-gcm-256`, `3des`). */
const CIPHERS: Record<string, string> = {
  des: 'des', '3des': '3des', aes128: 'aes-128', aes192: 'aes-192', aes256: 'aes-256',
  aes128gcm: 'aes-gcm-128', aes256gcm: 'aes-gcm-256', chacha20poly1305: 'chacha20-poly1305',
  aria128: 'aria-128', aria192: 'aria-192', aria256: 'aria-256', seed: 'seed', null: 'null',
};
/** Hash (or PRF for AEAD ciphers) words → names: `sha1`, `sha256`, `md5`. */
const HASHES: Record<string, string> = {
  md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  prfsha1: 'sha1', prfsha256: 'sha256', prfsha384: 'sha384', prfsha512: 'sha512', null: 'null',
};

/**
 * Values FortiOS applies when phase 1 leaves them out: `ike-version` 1, `mode` main, `authmethod` psk,
 * `dhgrp` "14 5" (FortiOS 7.2 CLI reference, `config vpn ipsec phase1-interface`, Default column:
 * https://docs.fortinet.com/document/container-fortios/7.2.1/cli-reference/305883427; the same
 * "14 5" appears in the fortios provider's phase1interface example). `proposal` defaults differ
 * between releases and the CLI always writes it; without it the proposal stays empty and
 * `defaultsApplied` says so.
 */
const DEFAULT_DHGRP = [14, 5];

/**
 * `config vpn ipsec phase1-interface` → an IkeProposal, a VpnTunnel, its pre-shared key, and the
 * route-based tunnel interface named after the phase 1 (`tunnel.source` = the bound interface,
 * `tunnel.destination` = `remote-gw`), so the topology pairs it with the peer's tunnel.
 * `config vpn ipsec phase2-interface` → IpsecProposals attached to their phase 1.
 */
export function convertIpsec(state: ConvertState): void {
  const { vpn } = state.device;
  const phase2 = new Map<string, { name: string; pfs?: number }[]>();
  for (const table of tablesAt(state, 'vpn ipsec phase2-interface')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const { encryption, integrity } = proposalWords(state, entry);
      const proposal: IpsecProposal = { name: entry.name, protocols: ['esp'], encryption, integrity, mode: 'tunnel', source: entry.rec.span };
      vpn.ipsecProposals.push(proposal);
      const phase1 = value(entry, 'phase1name') ?? '';
      // PFS is on by default for phase 2 (CLI reference: `pfs {enable | disable}`, default enable), dhgrp default "14 5".
      const pfs = value(entry, 'pfs') !== 'disable';
      const groups = values(entry, 'dhgrp').map(Number);
      const list = phase2.get(phase1) ?? [];
      list.push({ name: entry.name, ...(pfs ? { pfs: groups[0] ?? DEFAULT_DHGRP[0]! } : {}) });
      phase2.set(phase1, list);
    }
  }
  for (const table of tablesAt(state, 'vpn ipsec phase1-interface')) {
    for (const entry of table.entries) convertPhase1(state, entry, phase2.get(entry.name) ?? []);
  }
}

function convertPhase1(state: ConvertState, entry: Entry, phase2: { name: string; pfs?: number }[]): void {
  modelled(entry.rec);
  const { vpn } = state.device;
  const defaultsApplied: string[] = [];
  const versionWord = value(entry, 'ike-version');
  if (versionWord === undefined) defaultsApplied.push('version');
  const version: 1 | 2 = versionWord === '2' ? 2 : 1;
  const groupWords = values(entry, 'dhgrp');
  if (groupWords.length === 0) defaultsApplied.push('group');
  const dhGroups = groupWords.length > 0 ? groupWords.map(Number) : DEFAULT_DHGRP;
  const { encryption, integrity } = proposalWords(state, entry);
  if (encryption.length === 0) defaultsApplied.push('encryption');
  const signature = value(entry, 'authmethod') === 'signature';
  const proposal: IkeProposal = { name: entry.name, version, encryption, integrity, dhGroups, authentication: signature ? 'rsa-sig' : 'pre-share', source: entry.rec.span };
  if (defaultsApplied.length > 0) proposal.defaultsApplied = defaultsApplied;
  vpn.ikeProposals.push(proposal);

  const bound = value(entry, 'interface');
  const remoteGw = value(entry, 'remote-gw');
  const peer = remoteGw !== undefined && remoteGw !== '0.0.0.0' ? remoteGw : value(entry, 'remotegw-ddns');
  const mode = value(entry, 'mode') === 'aggressive' ? 'aggressive' : 'main';
  const pfsGroup = phase2.find((p) => p.pfs !== undefined)?.pfs;
  const tunnel: VpnTunnel = {
    name: entry.name,
    ...(peer !== undefined ? { peer } : {}),
    ikeVersion: version,
    ...(version === 1 ? { ikeMode: mode } : {}),
    ikeProposals: [entry.name],
    ipsecProposals: phase2.map((p) => p.name),
    ...(pfsGroup !== undefined ? { pfsGroup } : {}),
    interfaces: bound !== undefined ? [bound] : [],
    authentication: signature ? 'certificate' : 'pre-share',
    source: entry.rec.span,
  };
  vpn.tunnels.push(tunnel);

  const psk = setting(entry, 'psksecret');
  if (psk) vpn.preSharedKeys.push({ peer: peer ?? entry.name, key: secretOf(state, 'ike-psk', psk.values), source: psk.rec.span });

  tunnelInterface(state, entry, bound, peer);
}

/** The phase 1's interface: the one `config system interface` lists (type tunnel), or a new one. */
function tunnelInterface(state: ConvertState, entry: Entry, bound: string | undefined, peer: string | undefined): void {
  let iface: Interface | undefined = state.device.interfaces.find((i) => i.name === entry.name);
  if (!iface) {
    iface = { name: entry.name, kind: 'tunnel', shutdown: false, addresses: [], filters: [], source: entry.rec.span };
    state.device.interfaces.push(iface);
  }
  iface.kind = 'tunnel';
  iface.tunnel = { ...(bound !== undefined ? { source: bound } : {}), ...(peer !== undefined ? { destination: peer } : {}), mode: 'ipsec', sourceSpan: entry.rec.span };
}

/** `set proposal aes256-sha256 aes256gcm-prfsha512 …` → encryption and integrity lists. */
function proposalWords(state: ConvertState, entry: Entry): { encryption: string[]; integrity: string[] } {
  const encryption: string[] = [];
  const integrity: string[] = [];
  const list = setting(entry, 'proposal');
  for (const word of list?.values ?? []) {
    const [cipher, hash] = word.split('-');
    const e = CIPHERS[cipher ?? ''];
    const h = HASHES[hash ?? ''];
    if (e === undefined || h === undefined) {
      if (list) warn(state, list.rec, `proposal "${word}" not understood / 不明なプロポーザル ${word}`);
      continue;
    }
    if (!encryption.includes(e)) encryption.push(e);
    if (!integrity.includes(h)) integrity.push(h);
  }
  return { encryption, integrity };
}

/**
 * How FortiOS stores a secret. `ENC SH2…` (salted SHA-256) and `ENC PB2…` (PBKDF2) are administrator
 * password hashes, `ENC AK1…` the older SHA-1 form. Any other `ENC` blob is encrypted with a key
 * built into the firmware — readable by anyone with the key (CVE-2019-6693, Fortinet PSIRT
 * FG-IR-19-007) — unless `set private-data-encryption enable` gives the unit its own key.
 * Anything without `ENC` is the clear value.
 */
export function secretOf(state: ConvertState, kind: Parameters<typeof makeSecret>[0], words: string[]): Secret {
  if (words[0] === 'ENC') {
    const blob = words.slice(1).join(' ');
    if (blob.startsWith('PB2')) return makeSecret(kind, 'pbkdf2', blob);
    if (blob.startsWith('SH2') || blob.startsWith('AK1')) return makeSecret(kind, 'hashed', blob);
    return makeSecret(kind, state.privateDataEncryption ? 'encrypted' : 'reversible', blob);
  }
  const clear = words.join(' ');
  return makeSecret(kind, 'plaintext', clear, clear);
}
