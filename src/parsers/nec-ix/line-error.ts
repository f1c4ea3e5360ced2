/**
 * Thrown by a handler when a line parsed but its content makes no sense (an unknown algorithm, a
 * mask that is not contiguous …). The driver turns it into a diagnostic for the line; handlers check
 * before they change the model. The message is shown to users: bilingual, never a secret.
 */
export class LineNotUnderstood extends Error {}
