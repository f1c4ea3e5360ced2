/**
 * The show commands read here print no secrets, but an export file can hold anything pasted into it;
 * a line that names a secret keyword is cut after the keyword before it reaches a span or diagnostic.
 */
const SECRET_KEYWORD = /\b(password|secret|key|key-string|community|psk|pre-shared-key|passwd|ENC|PRIVATE KEY)\b/i;

export function safeExportText(line: string): string {
  const m = SECRET_KEYWORD.exec(line);
  return m ? `${line.slice(0, m.index + m[0].length)} <redacted>` : line;
}
