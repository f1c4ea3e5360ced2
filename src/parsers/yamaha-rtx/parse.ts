import { errorText, recordOutcome, type LineOutcome } from '../line-outcome.js';
import { SyntaxError as GrammarSyntaxError, parse as parseGrammar } from '../../generated/yamaha-rtx.js';
import { diagnostic, redactRanges } from '../../model/index.js';
import type { SourceSpan } from '../../model/index.js';
import type { ParseResult } from '../types.js';
import { HANDLERS } from './dispatch.js';
import { finalize } from './finalize.js';
import { classifyCommand } from './ignored.js';
import { LineNotUnderstood } from './line-error.js';
import { safeText } from './safe-text.js';
import { secretRanges } from '../secret-ranges.js';
import { newParseState, type ParseState } from './state.js';
import { joinWrappedLines, type LogicalLine } from './wrapped-lines.js';

/**
 * Yamaha RTX / NVR parser. Lines are read one at a time. Indentation means nothing: `show config`
 * indents the lines under `pp select` / `tunnel select`, but generated and hand-written configs
 * often do not, so the selected pp/tunnel is tracked by those commands (vendor-syntax.md §1).
 * A line is a `#` comment (ignored), a command of the ignore list (ignored.ts), or parsed by the
 * grammar and turned into the model; anything else is a diagnostic. Each non-blank line is counted
 * exactly once: modelled, ignored or unrecognized. Nothing here throws.
 */
export function parseYamahaRtx(text: string, file: string): ParseResult {
  const state = newParseState(file);
  try {
    readLines(state, joinWrappedLines(text.split(/\r\n|\r|\n/), understood));
  } catch (error) {
    state.diagnostics.push(diagnostic(file, 0, '', `internal parser error: ${errorText(error)} / 内部エラーのため解析を中断しました`, 'parser-error', 'error'));
  }
  finalize(state);
  return { device: state.device, diagnostics: state.diagnostics };
}

const NOT_UNDERSTOOD = 'not understood / 解析できない行';

/** `embedded file NAME <<EOF` and `macro … <<EOM` open a block that ends with a line holding only the marker. */
const HERE_DOC = /^(?:embedded file|macro)\b.*<<\s*(\S+)\s*$/;


/**
 * Each logical line counts for the physical lines it spans. A re-joined line parsed, but its handler
 * may still reject it: it then gets one diagnostic per physical line, so the counts stay consistent.
 */
function readLines(state: ParseState, lines: LogicalLine[]): void {
  const { stats } = state.device;
  let hereDocEnd: string | undefined;
  for (const { text: line, lineNo, physical } of lines) {
    const content = line.trimStart();
    if (stats.lines === 0) state.device.source = { file: state.file, line: lineNo, text: safeText(line) };
    stats.lines += physical;
    let outcome: LineOutcome;
    if (hereDocEnd !== undefined) {
      // The body of an `embedded file … <<EOF` / `macro … <<EOM` block: stored text, not commands.
      if (content.trim() === hereDocEnd) hereDocEnd = undefined;
      stats.ignored += physical;
      continue;
    }
    try {
      outcome = classify(state, line, content, line.length - content.length, lineNo);
    } catch (error) {
      outcome = { kind: 'unrecognized', reason: `internal error: ${errorText(error)} / 内部エラー` };
    }
    if (outcome.kind === 'ignored') hereDocEnd = HERE_DOC.exec(content)?.[1];
    recordOutcome(state, lineNo, physical, outcome, safeText(line));
  }
}

/** Whether a line is a comment, a listed command, or parsed by the grammar (used to re-join wrapped lines). */
function understood(content: string): boolean {
  if (content.startsWith('#') || classifyCommand(content)?.kind === 'ignored') return true;
  try {
    parseGrammar(content, { startRule: 'Line' });
    return true;
  } catch {
    return false;
  }
}

function classify(state: ParseState, line: string, content: string, indent: number, lineNo: number): LineOutcome {
  if (content.startsWith('#')) return osHeader(state, content, lineNo) ? { kind: 'modelled' } : { kind: 'ignored' };
  const known = classifyCommand(content);
  if (known?.kind === 'ignored') return { kind: 'ignored' };
  let ast: { type: string };
  try {
    ast = parseGrammar(content, { startRule: 'Line' }) as { type: string };
  } catch (error) {
    if (!(error instanceof GrammarSyntaxError)) throw error;
    return { kind: 'unrecognized', reason: known?.kind === 'not-yet' ? known.reason : NOT_UNDERSTOOD };
  }
  const ranges = secretRanges(ast, indent);
  const span: SourceSpan = { file: state.file, line: lineNo, text: ranges.length === 0 ? line : redactRanges(line, ranges) };
  const handler = HANDLERS[ast.type];
  if (!handler) return { kind: 'unrecognized', reason: `internal error: no handler for ${ast.type} / 内部エラー`, text: span.text };
  try {
    return handler(ast, { state, span }) === 'ignored' ? { kind: 'ignored' } : { kind: 'modelled' };
  } catch (error) {
    if (!(error instanceof LineNotUnderstood)) throw error;
    return { kind: 'unrecognized', reason: `${NOT_UNDERSTOOD}: ${error.message}`, text: span.text };
  }
}


/**
 * `# RTX1210 Rev.14.01.38 (Fri Jul  3 11:12:52 2020)`: the header `show config` writes first names the
 * model and firmware revision (SVC-04 compares them with the site's end-of-support table).
 */
function osHeader(state: ParseState, content: string, lineNo: number): boolean {
  const m = /^#\s*((?:RTX|NVR|RT|FWX|vRX|RTV)\w*)\s+Rev\.(\d[\d.]*)/.exec(content);
  if (!m || state.device.os) return false;
  state.device.os = { name: `Yamaha ${m[1]}`, version: m[2]!, model: m[1]!, source: { file: state.file, line: lineNo, text: content } };
  return true;
}
