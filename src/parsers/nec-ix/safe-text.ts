import { REDACTED, redactBlobs, redactLoose } from '../../model/index.js';

/**
 * IX places secrets after words the generic safety net does not know: the community of
 * `snmp-agent ip host A COMMUNITY`, the PSK of `ikev2 authentication psk … key char X`, the key of
 * `ike policy … key X`, the PPP account of `authentication password U PW`: everything after them is masked.
 */
const IX_SECRET_HEADS = /\b(snmp-agent ip host|snmp-agent ip community|authentication psk|authentication password|authentication myname|key char|key hex)\b/i;

/** Text of a line shown although it was not (fully) understood: mask anything secret-looking. */
export function safeText(text: string): string {
  const m = IX_SECRET_HEADS.exec(text);
  const masked = m && text.slice(m.index + m[0].length).trim() !== '' ? `${text.slice(0, m.index + m[0].length)} ${REDACTED}` : redactLoose(text);
  return redactBlobs(masked);
}
