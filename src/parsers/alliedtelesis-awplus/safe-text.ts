import { REDACTED, redactBlobs, redactLoose } from '../../model/index.js';

/**
 * AW+ places secrets after words the generic safety net does not know: `snmp-server community X`,
 * `snmp-server host A … X` (the community closes the line), `username U … password X`: everything
 * after them is masked.
 */
const AWPLUS_SECRET_HEADS = /\b(community|snmp-server host|snmp-server user|username \S+)\b/i;

/** Text of a line shown although it was not (fully) understood: mask anything secret-looking. */
export function safeText(text: string): string {
  const m = AWPLUS_SECRET_HEADS.exec(text);
  const masked = m && text.slice(m.index + m[0].length).trim() !== '' ? `${text.slice(0, m.index + m[0].length)} ${REDACTED}` : redactLoose(text);
  return redactBlobs(masked);
}
