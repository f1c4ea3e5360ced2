import { SyntaxError as GrammarSyntaxError, parse as parseGrammar } from '../../generated/cisco-ios.js';
import { REDACTED, diagnostic, redactBlobs, redactLoose, redactRanges } from '../../model/index.js';
import type { SourceSpan } from '../../model/index.js';
import type { ParseResult } from '../types.js';
import { readBanner } from './banner.js';
import { IGNORED_BLOCK, TOP, UNKNOWN_BLOCK, startRuleOf, type Block } from './blocks.js';
import { HANDLERS } from './dispatch.js';
import { finalize } from './finalize.js';
import { ignoredCommand } from './ignored.js';
import { LineNotUnderstood } from './line-error.js';
import { addBanner } from './management.js';
import { secretRanges } from '../secret-ranges.js';
import { newParseState, type ParseState } from './state.js';

/**
 * Cisco IOS / IOS-XE parser. The file is read line by line: the driver keeps the stack of open
 * modes by indentation (a line indented deeper than a mode's head belongs to that mode; `exit`
 * leaves the innermost mode and `end` all of them; `!` is a comment and changes nothing, as on the
 * IOS CLI — so lines after a `!` that are still indented stay in their mode), checks the explicit
 * ignore list of the mode (ignored.ts), and otherwise parses the line with the grammar rule of the
 * mode. Each non-blank line ends up counted exactly once: modelled, ignored or unrecognized (with a
 * diagnostic). Nothing here throws: every line and every finishing step has its own safety net.
 */
export function parseCiscoIos(text: string, file: string): ParseResult {
  const state = newParseState(file);
  try {
    new ConfigReader(state, text.split(/\r\n|\r|\n/)).read();
  } catch (error) {
    state.diagnostics.push(diagnostic(file, 0, '', `internal parser error: ${errorText(error)} / 内部エラーのため解析を中断しました`, 'parser-error', 'error'));
  }
  finalize(state);
  return { device: state.device, diagnostics: state.diagnostics };
}

const NOT_UNDERSTOOD = 'not understood / 解析できない行';
const IN_UNKNOWN_BLOCK = 'not understood: inside a block that was not understood / 解析できないブロック内の行';

interface Frame {
  indent: number;
  block: Block;
}

type Outcome =
  | { kind: 'modelled' }
  | { kind: 'ignored' }
  | { kind: 'unrecognized'; reason: string; text?: string }
  | { kind: 'banner'; bannerKind: string; rest: string; span: SourceSpan };

const MODELLED: Outcome = { kind: 'modelled' };
const IGNORED: Outcome = { kind: 'ignored' };

/** A grammar result with the columns of its secrets (relative to the line without indentation). */
interface Parsed {
  ast: { type: string; kind?: string; rest?: string };
  secrets: Array<[number, number]>;
}
const FAILED = Symbol('not parsed');

class ConfigReader {
  private stack: Frame[] = [];
  /** Grammar results by start rule and line text: configs repeat lines a lot (port after port). */
  private memo = new Map<string, Map<string, Parsed | typeof FAILED>>();

  constructor(
    private readonly state: ParseState,
    private readonly lines: string[],
  ) {}

  read(): void {
    const { stats } = this.state.device;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!.trimEnd();
      const content = line.trimStart();
      if (content === '') continue;
      stats.lines++;
      if (stats.lines === 1) this.state.device.source = { file: this.state.file, line: i + 1, text: safeText(line) };
      let outcome: Outcome;
      try {
        outcome = this.classify(line, content, line.length - content.length, i + 1);
      } catch (error) {
        outcome = {
          kind: 'unrecognized',
          reason: error instanceof LineNotUnderstood ? `${NOT_UNDERSTOOD}: ${error.message}` : `internal error: ${errorText(error)} / 内部エラー`,
        };
      }
      if (outcome.kind === 'banner') {
        i = this.banner(outcome, i);
        continue;
      }
      this.count(outcome, line, i + 1);
    }
  }

  private count(outcome: Exclude<Outcome, { kind: 'banner' }>, line: string, lineNo: number): void {
    const { stats } = this.state.device;
    if (outcome.kind === 'modelled') stats.modelled++;
    else if (outcome.kind === 'ignored') stats.ignored++;
    else {
      stats.unrecognized++;
      this.state.diagnostics.push(diagnostic(this.state.file, lineNo, safeText(outcome.text ?? line), outcome.reason));
    }
  }

  private classify(line: string, content: string, indent: number, lineNo: number): Outcome {
    if (content.startsWith('!')) return IGNORED;
    if (content === 'end') {
      this.stack = [];
      return IGNORED;
    }
    if (content === 'exit') {
      // `exit` leaves the innermost mode, wherever it is indented (as on the CLI).
      this.stack.pop();
      return IGNORED;
    }
    this.closeBlocks(indent);
    const block = this.stack.at(-1)?.block ?? TOP;
    if (block.kind === 'ignored') return IGNORED;
    if (block.kind === 'unknown') return { kind: 'unrecognized', reason: IN_UNKNOWN_BLOCK };
    const outcome = this.parseIn(block, line, content, indent, lineNo);
    // A line IOS would not accept in this mode that is an `interface` command was indented by
    // mistake (seen in real exports): IOS takes it as a new top-level interface.
    if (outcome.kind === 'unrecognized' && block.kind !== 'top' && /^interface\s/.test(content)) {
      this.stack = [];
      return this.parseIn(TOP, line, content, 0, lineNo);
    }
    if (outcome.kind === 'unrecognized') this.stack.push({ indent, block: UNKNOWN_BLOCK });
    return outcome;
  }

  /** Lines at or left of a mode's head close that mode. */
  private closeBlocks(indent: number): void {
    while (this.stack.length > 0 && this.stack.at(-1)!.indent >= indent) this.stack.pop();
  }

  private parseIn(block: Block, line: string, content: string, indent: number, lineNo: number): Outcome {
    const ignored = ignoredCommand(block.kind, content);
    if (ignored) {
      if (ignored.block) this.stack.push({ indent, block: IGNORED_BLOCK });
      return IGNORED;
    }
    const rule = startRuleOf(block);
    const parsed = rule === undefined ? FAILED : this.grammar(rule, content);
    if (parsed === FAILED) return { kind: 'unrecognized', reason: NOT_UNDERSTOOD };
    const { ast } = parsed;
    const text = parsed.secrets.length === 0 ? line : redactRanges(line, parsed.secrets.map(([a, b]) => [a + indent, b + indent]));
    const span: SourceSpan = { file: this.state.file, line: lineNo, text };
    if (ast.type === 'banner') return { kind: 'banner', bannerKind: ast.kind!, rest: ast.rest!, span };
    const handler = HANDLERS[block.kind]?.[ast.type];
    if (!handler) return { kind: 'unrecognized', reason: `internal error: no handler for ${ast.type} / 内部エラー`, text: span.text };
    let result: ReturnType<typeof handler>;
    try {
      result = handler(ast, { state: this.state, span, block });
    } catch (error) {
      if (!(error instanceof LineNotUnderstood)) throw error;
      return { kind: 'unrecognized', reason: `${NOT_UNDERSTOOD}: ${error.message}`, text: span.text };
    }
    if (result) this.stack.push({ indent, block: result });
    return MODELLED;
  }

  private grammar(rule: string, content: string): Parsed | typeof FAILED {
    let byText = this.memo.get(rule);
    if (!byText) {
      byText = new Map();
      this.memo.set(rule, byText);
    }
    let result = byText.get(content);
    if (result === undefined) {
      try {
        const ast = parseGrammar(content, { startRule: rule }) as Parsed['ast'];
        result = { ast, secrets: secretRanges(ast, 0) };
      } catch (error) {
        if (!(error instanceof GrammarSyntaxError)) throw error;
        result = FAILED;
      }
      byText.set(content, result);
    }
    return result;
  }

  /** Consume a (possibly multi-line) banner; every non-blank line of it counts as modelled. */
  private banner(outcome: Extract<Outcome, { kind: 'banner' }>, index: number): number {
    const { stats } = this.state.device;
    const read = readBanner(this.lines, index, outcome.rest);
    if (!read) {
      this.count({ kind: 'unrecognized', reason: `${NOT_UNDERSTOOD}: banner without closing delimiter / 終わりの区切り文字がないバナー` }, outcome.span.text, outcome.span.line);
      return index;
    }
    addBanner(this.state, outcome.bannerKind, read.text, outcome.span);
    stats.modelled++;
    for (let i = index + 1; i <= read.lastIndex; i++) {
      if (this.lines[i]!.trim() === '') continue;
      stats.lines++;
      stats.modelled++;
    }
    return read.lastIndex;
  }
}

/** A line of certificate or key material: groups of hex digits (`3082032E 30820216 …`). */
const HEX_BLOCK = /^\s*[0-9A-Fa-f]{8}(\s+[0-9A-Fa-f]{1,8})+\s*$/;

/** Text of a line that is shown although it was not (fully) understood: mask anything secret-looking. */
function safeText(text: string): string {
  if (HEX_BLOCK.test(text)) return REDACTED;
  return redactBlobs(redactLoose(text));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
