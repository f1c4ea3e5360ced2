import { diagnostic, type Device, type Diagnostic } from '../model/index.js';

/** What became of one config line: turned into the model, knowingly ignored, or not understood. */
export type LineOutcome = { kind: 'modelled' } | { kind: 'ignored' } | { kind: 'unrecognized'; reason: string; text?: string };

/**
 * Counts a (logical) line that spans `physical` lines exactly once in the device's stats; a line not
 * understood gets one diagnostic per physical line, the first quoting `text` (already redacted).
 */
export function recordOutcome(
  target: { file: string; device: Device; diagnostics: Diagnostic[] },
  lineNo: number,
  physical: number,
  outcome: LineOutcome,
  text: string,
): void {
  const { stats } = target.device;
  if (outcome.kind === 'modelled') stats.modelled += physical;
  else if (outcome.kind === 'ignored') stats.ignored += physical;
  else {
    stats.unrecognized += physical;
    for (let k = 0; k < physical; k++) {
      target.diagnostics.push(diagnostic(target.file, lineNo + k, k === 0 ? outcome.text ?? text : '', outcome.reason));
    }
  }
}

/** Message of something thrown, for an internal-error diagnostic. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
