import { errorText, recordOutcome, type LineOutcome } from '../line-outcome.js';
import { SyntaxError as GrammarSyntaxError, parse as parseGrammar } from '../../generated/alliedtelesis-awplus.js';
import { diagnostic, redactRanges } from '../../model/index.js';
import type { SourceSpan } from '../../model/index.js';
import type { ParseResult } from '../types.js';
import { secretRanges } from '../secret-ranges.js';
import { HANDLERS } from './dispatch.js';
import { finalize } from './finalize.js';
import { ignoredCommand, type IgnoreMode } from './ignored.js';
import { LineNotUnderstood } from './line-error.js';
import { safeText } from './safe-text.js';
import { newParseState, type Mode, type ParseState } from './state.js';

/**
 * Allied Telesis AlliedWare Plus parser. Lines are read one at a time. A line at indentation 0 is a
 * global command and may open a mode (`interface …`, `line vty 0 4`, `vlan database`,
 * `access-list hardware NAME`, `zone`, `application`, `firewall`, `nat`); indented lines belong to
 * the mode opened last, and `!` closes it. A line is a `!` separator (ignored), a command of the
 * ignore list (ignored.ts), or parsed by the grammar rule of its mode and turned into the model;
 * anything else is a diagnostic. Each non-blank line is counted exactly once: modelled, ignored or
 * unrecognized. Nothing here throws.
 */
export function parseAwplus(text: string, file: string): ParseResult {
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

/** The grammar start rule and ignore list of each mode; undefined for modes whose lines are not parsed. */
const MODE_RULES: Partial<Record<Mode['kind'], { rule: string; ignore?: IgnoreMode }>> = {
  top: { rule: 'TopLine', ignore: 'top' },
  interface: { rule: 'InterfaceLine', ignore: 'interface' },
  line: { rule: 'LineModeLine', ignore: 'line' },
  'vlan-database': { rule: 'VlanDbLine' },
  acl: { rule: 'AclEntryLine' },
  zone: { rule: 'ZoneLine' },
  application: { rule: 'ApplicationLine' },
  firewall: { rule: 'FirewallLine' },
  nat: { rule: 'NatLine' },
};

function classify(state: ParseState, line: string, content: string, indent: number, lineNo: number): LineOutcome {
  if (content.startsWith('!')) {
    if (indent === 0) state.mode = { kind: 'top' };
    return indent === 0 && osBanner(state, content, lineNo) ? { kind: 'modelled' } : { kind: 'ignored' };
  }
  if (indent === 0) {
    state.mode = { kind: 'top' };
  } else if (state.mode.kind === 'ignored') {
    return { kind: 'ignored' };
  } else if (state.mode.kind === 'unknown') {
    return { kind: 'unrecognized', reason: 'inside a block that was not understood / 解析できなかったブロック内の行' };
  }
  const rules = MODE_RULES[state.mode.kind]!;
  if (rules.ignore) {
    const known = ignoredCommand(content, rules.ignore);
    if (known) {
      if (known.opensBlock) state.mode = { kind: 'ignored', reason: known.reason };
      return { kind: 'ignored' };
    }
  }
  const outcome = parseLine(state, line, content, indent, lineNo, rules.rule);
  // The sub-mode of a global line that was not understood is not understood either.
  if (indent === 0 && outcome.kind === 'unrecognized') state.mode = { kind: 'unknown' };
  return outcome;
}

function parseLine(state: ParseState, line: string, content: string, indent: number, lineNo: number, rule: string): LineOutcome {
  let ast: { type: string };
  try {
    ast = parseGrammar(content, { startRule: rule }) as { type: string };
  } catch (error) {
    if (!(error instanceof GrammarSyntaxError)) throw error;
    return { kind: 'unrecognized', reason: NOT_UNDERSTOOD };
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
 * `! AlliedWare Plus (TM) 5.4.9-2.1 x230-10GP`: a banner comment some exports carry gives the firmware
 * version and, when present, the model (SVC-04). Running configs without it simply have no `os`.
 */
function osBanner(state: ParseState, content: string, lineNo: number): boolean {
  const m = /^!\s*AlliedWare Plus\s*(?:\(TM\))?\s*(?:version\s*|v)?(\d+\.\d+\.\d+(?:-\d+\.\d+)?)(?:\s+(\S+))?/i.exec(content);
  if (!m || state.device.os) return false;
  const model = m[2] !== undefined && /^(x|AR|SBx|GS|IE|XS)\d/i.test(m[2]) ? m[2] : undefined;
  state.device.os = { name: 'AlliedWare Plus', version: m[1]!, ...(model ? { model } : {}), source: { file: state.file, line: lineNo, text: content } };
  return true;
}
