/**
 * Thrown by a handler when a line parsed but its content makes no sense for IOS (an unknown
 * transform, a port on a protocol without ports …). The driver turns it into a diagnostic for the
 * line; handlers check before they change the model, so nothing half-done is left behind.
 * The message is shown to users: bilingual, and never containing a secret.
 */
export class LineNotUnderstood extends Error {}
