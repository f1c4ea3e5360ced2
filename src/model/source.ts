/** Where a model element came from: the evidence a finding quotes. `text` is already redacted. */
export interface SourceSpan {
  file: string;
  line: number;
  text: string;
}

export type DiagnosticLevel = 'error' | 'warning' | 'info';

/**
 * A line (or file) the tool could not understand or had to skip. Never fatal for other lines or files.
 * `text` is redacted the same way evidence is (see redact.ts).
 */
export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the diagnostic concerns the whole file. */
  line: number;
  text: string;
  reason: string;
  level: DiagnosticLevel;
  /** Short machine code, e.g. `unrecognized`, `binary-file`, `unknown-vendor`, `csv-row`. */
  code: string;
}

export function diagnostic(
  file: string,
  line: number,
  text: string,
  reason: string,
  code = 'unrecognized',
  level: DiagnosticLevel = 'warning',
): Diagnostic {
  return { file, line, text, reason, level, code };
}
