/**
 * Thrown by a handler when a line parsed but its content makes no sense (a VLAN id out of range,
 * an ACL number outside every AW+ range …). The driver turns it into a diagnostic for the line;
 * handlers check before they change the model. The message is shown to users: bilingual, never a secret.
 */
export class LineNotUnderstood extends Error {}
