import { LineNotUnderstood } from './line-error.js';

/**
 * IX algorithm words → the normalised names the model uses (the same as the Yamaha and Cisco
 * parsers: `3des`, `aes-128`, `aes-256`, `aes-gcm-256`, `sha1`, `sha256` …). IKEv1 words from
 * `ike proposal` / `ipsec autokey-proposal`, IKEv2 words from `sa-proposal` / `child-proposal`
 * (vendor-syntax.md §2).
 */
const ENCRYPTION: Record<string, string> = {
  des: 'des', '3des': '3des', aes: 'aes-128', 'aes-128': 'aes-128', 'aes-192': 'aes-192', 'aes-256': 'aes-256',
  'des-cbc': 'des', '3des-cbc': '3des', 'aes-cbc-128': 'aes-128', 'aes-cbc-192': 'aes-192', 'aes-cbc-256': 'aes-256',
  'aes-gcm-128': 'aes-gcm-128', 'aes-gcm-256': 'aes-gcm-256', 'aes-gcm-128-16': 'aes-gcm-128', 'aes-gcm-256-16': 'aes-gcm-256',
  'aes-gcm-128-12': 'aes-gcm-128', 'aes-gcm-256-12': 'aes-gcm-256', 'aes-gcm-128-8': 'aes-gcm-128', 'aes-gcm-256-8': 'aes-gcm-256',
  null: 'null',
};

const INTEGRITY: Record<string, string> = {
  md5: 'md5', sha: 'sha1', sha1: 'sha1', 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512',
};

/** RFC 2409 / 3526 / 5903 group numbers of IX group words (`1024-bit` is MODP group 2). */
const DH_GROUPS: Record<string, number> = {
  '768-bit': 1, '1024-bit': 2, '1536-bit': 5, '2048-bit': 14, '3072-bit': 15, '4096-bit': 16, '6144-bit': 17, '8192-bit': 18,
  '256-bit-ecp': 19, '384-bit-ecp': 20, '521-bit-ecp': 21,
};

function lookUp<T>(table: Record<string, T>, word: string, what: string): T {
  const value = table[word.toLowerCase()];
  if (value === undefined) throw new LineNotUnderstood(`unknown ${what} "${word}" / 不明な${what}`);
  return value;
}

export const encryptionName = (word: string): string => lookUp(ENCRYPTION, word, 'encryption');
export const integrityName = (word: string): string => lookUp(INTEGRITY, word, 'hash');
export const dhGroup = (word: string): number => lookUp(DH_GROUPS, word, 'DH group');

/** `esp-aes-256`, `esp-sha2-256`, `ah-sha` … of `ipsec autokey-proposal`: protocol and algorithm. */
export function espAlgorithm(word: string): { protocol: 'esp' | 'ah'; encryption?: string; integrity?: string } {
  const m = /^(esp|ah)-(.+)$/i.exec(word);
  if (!m) throw new LineNotUnderstood(`unknown algorithm "${word}" / 不明なアルゴリズム`);
  const protocol = m[1]!.toLowerCase() as 'esp' | 'ah';
  const rest = m[2]!.toLowerCase();
  if (rest in INTEGRITY) return { protocol, integrity: INTEGRITY[rest]! };
  if (protocol === 'esp' && rest in ENCRYPTION) return { protocol, encryption: ENCRYPTION[rest]! };
  throw new LineNotUnderstood(`unknown algorithm "${word}" / 不明なアルゴリズム`);
}
