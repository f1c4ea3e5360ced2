import { errorText, recordOutcome, type LineOutcome } from '../line-outcome.js';
import { SyntaxError as GrammarSyntaxError, parse as parseGrammar } from '../../generated/nec-ix.js';
import { diagnostic, redactRanges } from '../../model/index.js';
import type { SourceSpan } from '../../model/index.js';
import { secretRanges } from '../secret-ranges.js';
import type { ParseResult } from '../types.js';
import { HANDLERS } from './dispatch.js';
import { finalize } from './finalize.js';
import { classifyCommand, type ModeKind } from './ignored.js';
import { LineNotUnderstood } from './line-error.js';
import { safeText } from './safe-text.js';
import { newParseState, type ParseState } from './state.js';

/**
 * NEC UNIVERGE IX parser. Lines are read one at a time. A line at the left margin is a global
 * command (and ends any mode); an indented line belongs to the mode opened by the last header
 * (`interface X`, `ikev2 profile P`, `ppp profile P`; vendor-syntax.md §2). A line is a `!` comment
 * (ignored), a command of the ignore list (ignored.ts), or parsed by the grammar rule of its mode
 * and turned into the model; anything else is a diagnostic. Each non-blank line is counted exactly
 * once: modelled, ignored or unrecognized. Nothing here throws.
 */
export function parseNecIx(text: string, file: string): ParseResult {
  const state = newParseState(file);
  try {
    readLines(state, text.split(/\r\n|\r|\n/));
  } catch (error) {
    state.diagnostics.push(diagnostic(file, 0, '', `internal parser error: ${errorText(error)} / 内部エラーのため解析を中断しました`, 'parser-error', 'error'));
  }
  finalize(state);
  return { device: state.device, diagnostics: state.diagnostics };
}

const NOT_UNDERSTOOD = 'not understood / 解析できない行';

const START_RULES: Record<ModeKind, string> = {
  global: 'GlobalLine',
  interface: 'InterfaceLine',
  'ikev2-profile': 'Ikev2ProfileLine',
  'ppp-profile': 'PppProfileLine',
};


function readLines(state: ParseState, lines: string[]): void {
  const { stats } = state.device;
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '') return;
    const lineNo = index + 1;
    const content = line.trimStart();
    if (stats.lines === 0) state.device.source = { file: state.file, line: lineNo, text: safeText(line) };
    stats.lines += 1;
    let outcome: LineOutcome;
    try {
      outcome = classify(state, line, content, line.length - content.length, lineNo);
    } catch (error) {
      outcome = { kind: 'unrecognized', reason: `internal error: ${errorText(error)} / 内部エラー` };
    }
    recordOutcome(state, lineNo, 1, outcome, safeText(line));
  });
}

function classify(state: ParseState, line: string, content: string, indent: number, lineNo: number): LineOutcome {
  if (content.startsWith('!')) return osBanner(state, content, lineNo) ? { kind: 'modelled' } : { kind: 'ignored' };
  // A command at the left margin leaves whatever mode was open.
  if (indent === 0) state.mode = { kind: 'global' };
  if (state.mode.kind === 'ignored-block') return { kind: 'ignored' };
  const mode: ModeKind = state.mode.kind;
  const known = classifyCommand(content, mode);
  if (known?.kind === 'block') {
    state.mode = { kind: 'ignored-block' };
    return { kind: 'ignored' };
  }
  if (known?.kind === 'ignored') return { kind: 'ignored' };
  let ast: { type: string };
  try {
    ast = parseGrammar(content, { startRule: START_RULES[mode] }) as { type: string };
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

/** `! IX Series IX2215 (magellan-sec) Software, Version 10.7.18, …`: the model and OS version of the export. */
function osBanner(state: ParseState, content: string, lineNo: number): boolean {
  const m = /^!\s*IX Series (\S+) .*Version ([0-9][0-9A-Za-z.]*)/.exec(content);
  if (!m) return false;
  state.device.os = { name: `NEC UNIVERGE ${m[1]}`, version: m[2]!, model: m[1]!, source: { file: state.file, line: lineNo, text: content } };
  return true;
}

