import { createHash } from 'node:crypto';

/** What a secret is for; reported instead of its value. */
export type SecretKind =
  | 'enable-secret'
  | 'enable-password'
  | 'user-password'
  | 'line-password'
  | 'snmp-community'
  | 'snmp-auth-key'
  | 'snmp-priv-key'
  | 'radius-key'
  | 'tacacs-key'
  | 'ike-psk'
  | 'wlan-psk'
  | 'wep-key'
  | 'ntp-key'
  | 'routing-key'
  | 'ppp-password'
  | 'private-key'
  | 'other';

/**
 * How a secret is stored in the config. `plaintext` and `reversible` (e.g. Cisco type 7) can be read
 * back by anyone holding the config; the hash kinds cannot.
 */
export type SecretStorage =
  | 'plaintext'
  | 'reversible'
  | 'md5-crypt'
  | 'sha256'
  | 'pbkdf2'
  | 'scrypt'
  | 'sha512-crypt'
  | 'hashed'
  | 'encrypted'
  | 'unknown';

/**
 * A secret found in a config, kept only as facts about it. The value itself is never kept; the
 * fingerprint exists so that rules can compare secrets across devices (MGT-12) and is never written
 * to any output (see toJSON).
 */
export interface Secret {
  kind: SecretKind;
  storage: SecretStorage;
  /** Length of the clear value when the config holds it readable (plaintext or reversible), else undefined. */
  clearLength?: number;
  /** True when the readable value is one of the vendor defaults / well-known values (public, cisco, …). */
  wellKnown?: boolean;
  /** Internal only: sha256 of the stored form. Not enumerable, so JSON.stringify never emits it. */
  readonly fingerprint: string;
}

/** Well-known default or trivial values (SNMP communities, vendor default passwords). */
const WELL_KNOWN = new Set([
  'public', 'private', 'cisco', 'admin', 'password', 'manager', 'friend', 'secret', 'default',
  'community', 'test', 'snmp', 'snmpd', 'changeme', 'letmein', '1234', '12345', '123456',
  'fortinet', 'yamaha', 'nec', 'root', 'guest', 'write', 'read', 'sw', 'switch', 'router', 'system',
]);

/**
 * Build a Secret. `clearValue` is the readable value when the config shows one (plaintext, or
 * decoded reversible form); `storedForm` is what the config literally holds.
 */
export function makeSecret(
  kind: SecretKind,
  storage: SecretStorage,
  storedForm: string,
  clearValue?: string,
): Secret {
  const secret: Secret = { kind, storage } as Secret;
  if (clearValue !== undefined) {
    secret.clearLength = [...clearValue].length;
    secret.wellKnown = WELL_KNOWN.has(clearValue.toLowerCase());
  }
  // Compare by clear value when known (the same password stored as type 0 and type 7 is reuse).
  const basis = clearValue !== undefined ? `clear:${clearValue}` : `stored:${storedForm}`;
  Object.defineProperty(secret, 'fingerprint', {
    value: createHash('sha256').update(basis).digest('hex'),
    enumerable: false,
  });
  return secret;
}

/** Decode a Cisco type 7 string (a reversible Vigenère-like obfuscation, documented publicly). */
export function decodeCiscoType7(encoded: string): string | undefined {
  const key = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
  if (!/^[0-9]{2}([0-9A-Fa-f]{2})+$/.test(encoded)) return undefined;
  const seed = parseInt(encoded.slice(0, 2), 10);
  let out = '';
  for (let i = 2; i < encoded.length; i += 2) {
    const byte = parseInt(encoded.slice(i, i + 2), 16);
    out += String.fromCharCode(byte ^ key.charCodeAt((seed + (i - 2) / 2) % key.length));
  }
  return out;
}
