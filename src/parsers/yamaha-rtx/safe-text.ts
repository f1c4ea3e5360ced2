import { REDACTED, redactBlobs, redactLoose } from '../../model/index.js';

/**
 * Yamaha places secrets after words the generic safety net does not know (`pp auth myname ID PW`,
 * `pp auth username U PW`, `l2tp tunnel auth on PW`, `smtp-auth USER PW`, `login user U PW`,
 * `snmp … community X`, `trap host A COMMUNITY`, `usm user …`): everything after them is masked.
 */
const YAMAHA_SECRET_HEADS =
  /\b(myname|username|auth on|smtp-auth|login user|usm user|trap host|pre-shared-key|community read-only|community read-write)\b/i;

/** Text of a line shown although it was not (fully) understood: mask anything secret-looking. */
export function safeText(text: string): string {
  const m = YAMAHA_SECRET_HEADS.exec(text);
  const masked = m && text.slice(m.index + m[0].length).trim() !== '' ? `${text.slice(0, m.index + m[0].length)} ${REDACTED}` : redactLoose(text);
  return redactBlobs(masked);
}
