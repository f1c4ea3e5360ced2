/**
 * Redaction of config text before it can reach any output. Parsers redact the exact spans they know
 * are secrets (redactRanges); redactLoose is the safety net for text no parser understood
 * (diagnostics), masking whatever follows a secret-ish keyword.
 */

export const REDACTED = '<redacted>';

/** Replace the given [start, end) column ranges of `text` with a redaction marker. */
export function redactRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [start, end] of sorted) out = out.slice(0, start) + REDACTED + out.slice(end);
  return out;
}

// Keywords after which the rest of the token list is treated as secret material.
const SECRET_KEYWORDS =
  /\b(password|passwd|secret|key-string|key|community|pre-shared-key|psk|wpa-psk|passphrase|auth-key|priv-key|md5|sha|authentication-key|encrypted-password|private-key|pass|ppk|psksecret|passwd)\b/i;

/**
 * Mask every token after the first secret-ish keyword on the line (keeping the keyword so the reader
 * still sees what the line was). Lines without such a keyword are returned unchanged.
 */
export function redactLoose(text: string): string {
  const m = SECRET_KEYWORDS.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index + m[0].length);
  const tail = text.slice(m.index + m[0].length);
  return tail.trim() === '' ? text : `${head} ${REDACTED}`;
}

/** Mask long base64/hex blobs (certificates, key material) that can appear on any line. */
export function redactBlobs(text: string): string {
  return text.replace(/[A-Za-z0-9+/=]{40,}/g, REDACTED);
}
