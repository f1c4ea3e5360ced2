/**
 * MAC addresses in the forms vendors print them — Cisco `0011.2233.4455`, IEEE `00:11:22:33:44:55`
 * or `00-11-22-33-44-55`, Comware `0011-2233-4455`, ProCurve `001122-334455`, bare `001122334455` —
 * normalised to lower-case colon form.
 */
const FORMS = [
  /^([0-9a-f]{4})\.([0-9a-f]{4})\.([0-9a-f]{4})$/,
  /^([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})$/,
  /^([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2})$/,
  /^([0-9a-f]{2})-([0-9a-f]{2})-([0-9a-f]{2})-([0-9a-f]{2})-([0-9a-f]{2})-([0-9a-f]{2})$/,
  /^([0-9a-f]{6})-([0-9a-f]{6})$/,
  /^([0-9a-f]{12})$/,
];

/** `0011.2233.4455` → `00:11:22:33:44:55`; undefined when the text is not a MAC address. */
export function normalizeMac(text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  for (const form of FORMS) {
    const m = form.exec(lower);
    if (m) return m.slice(1).join('').replace(/(..)(?!$)/g, '$1:');
  }
  return undefined;
}
