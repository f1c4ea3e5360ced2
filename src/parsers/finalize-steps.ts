import { diagnostic, type Diagnostic } from '../model/index.js';

/** A step that needs the whole file (resolving references, applying platform defaults …). */
export type FinalizeStep<S> = [name: string, run: (state: S) => void];

/**
 * Runs a parser's finalize steps in order. Each runs on its own: a failure in one becomes a whole-file
 * diagnostic and the others still run, so a parser never throws from its finalize stage.
 */
export function runFinalizeSteps<S extends { file: string; diagnostics: Diagnostic[] }>(state: S, steps: readonly FinalizeStep<S>[]): void {
  for (const [name, step] of steps) {
    try {
      step(state);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      state.diagnostics.push(
        diagnostic(state.file, 0, '', `internal error while completing ${name}: ${message} / ${name} の処理中に内部エラーが発生しました`, 'parser-error', 'error'),
      );
    }
  }
}
