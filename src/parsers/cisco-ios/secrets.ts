import { decodeCiscoType7, makeSecret } from '../../model/index.js';
import type { Secret, SecretKind, SecretStorage } from '../../model/index.js';

/** A secret token as the grammar returns it: the value and its columns on the line. */
export interface SecretToken {
  secret: true;
  value: string;
  start: number;
  end: number;
}

/** `[type] value` as the grammar returns it. */
export interface TypedSecret {
  encType: number | null;
  value: SecretToken;
}

/**
 * How IOS stores a password or key by its type digit (Cisco IOS Security Command Reference,
 * "enable secret", "username"; Cisco Type 7 / 8 / 9 password notes):
 * 0 clear text, 4 SHA-256 (deprecated), 5 MD5-crypt, 6 AES (reversible with the master key),
 * 7 Vigenère-style obfuscation (reversible by anyone), 8 PBKDF2-SHA-256, 9 scrypt.
 * No digit means the config holds the clear value.
 */
const STORAGE_BY_TYPE: Record<number, SecretStorage> = {
  0: 'plaintext',
  4: 'sha256',
  5: 'md5-crypt',
  6: 'encrypted',
  7: 'reversible',
  8: 'pbkdf2',
  9: 'scrypt',
};

export function storageOfType(encType: number | null): SecretStorage {
  if (encType === null) return 'plaintext';
  return STORAGE_BY_TYPE[encType] ?? 'unknown';
}

/** Build the model Secret of an IOS password / key; the clear value is kept only as facts about it. */
export function iosSecret(kind: SecretKind, typed: TypedSecret): Secret {
  const storage = storageOfType(typed.encType);
  const stored = typed.value.value;
  if (storage === 'plaintext') return makeSecret(kind, storage, stored, stored);
  if (storage === 'reversible') return makeSecret(kind, storage, stored, decodeCiscoType7(stored));
  return makeSecret(kind, storage, stored);
}

/** A secret that IOS keeps as written (SNMP communities): clear text. */
export function clearSecret(kind: SecretKind, token: SecretToken): Secret {
  return makeSecret(kind, 'plaintext', token.value, token.value);
}
