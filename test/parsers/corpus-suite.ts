import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { isOperationalExport } from '../../src/input/operational/recognise.js';
import type { ParseResult, VendorParser } from '../../src/parsers/types.js';

/** Real third-party configs, read in place from ../shared/corpus (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ParsedFile {
  file: string;
  text: string;
  result: ParseResult;
}

export interface CorpusFolder {
  folder: string;
  present: boolean;
  /** Test title, or the reason it is skipped when the corpus is not beside the project. */
  title(text: string): string;
  /**
   * Every config of the folder, parsed once (asserting that no parse throws). Operational exports
   * (`show interface brief` …) are left out: load-network never gives them to a config parser.
   */
  parsed(): ParsedFile[];
  /** The parsed device of one file by name. */
  device(file: string): ParseResult['device'];
}

export function corpusFolder(folder: string, parser: VendorParser): CorpusFolder {
  const path = resolve(REPO_ROOT, '../shared/corpus', folder);
  const present = existsSync(path);
  let cache: ParsedFile[] | undefined;
  const parsed = (): ParsedFile[] =>
    (cache ??= readdirSync(path)
      .sort()
      .map((file) => ({ file, text: readFileSync(join(path, file), 'utf8') }))
      .filter(({ text }) => !isOperationalExport(text))
      .map(({ file, text }) => {
        let result: ParseResult | undefined;
        expect(() => (result = parser.parse(text, file)), `${file} threw`).not.toThrow();
        return { file, text, result: result! };
      }));
  return {
    folder,
    present,
    title: (text) => (present ? text : `corpus folder ${path} is missing — skipped`),
    parsed,
    device: (file) => {
      const found = parsed().find((p) => p.file === file);
      if (found === undefined) throw new Error(`${file} is not in corpus/${folder}`);
      return found.result.device;
    },
  };
}

/**
 * The checks every parser passes on its corpus folder: no throw, every line counted exactly once,
 * one diagnostic with file and line per line not understood, no internal error, and at least
 * `minUnderstood` of the lines understood over the folder.
 */
export function corpusBasics(corpus: CorpusFolder, minUnderstood: number): void {
  it.skipIf(!corpus.present)(corpus.title('parses every file without throwing, with consistent counts and diagnostics'), () => {
    for (const { file, result } of corpus.parsed()) {
      const s = result.device.stats;
      expect(s.lines, `${file}: has lines`).toBeGreaterThan(0);
      expect(s.modelled + s.ignored + s.unrecognized, `${file}: every line counted once`).toBe(s.lines);
      expect(result.diagnostics.filter((d) => d.code === 'unrecognized').length, `${file}: one diagnostic per unrecognized line`).toBe(s.unrecognized);
      for (const d of result.diagnostics) {
        expect(d.file).toBe(file);
        expect(d.line >= 1 || (d.line === 0 && d.code !== 'unrecognized'), `${file}: diagnostic line ${d.line}`).toBe(true);
        expect(d.code, `${file}: no internal error (${d.reason})`).not.toBe('parser-error');
      }
    }
  });

  it.skipIf(!corpus.present)(corpus.title(`understands at least ${minUnderstood * 100}% of the lines over the folder`), () => {
    let lines = 0;
    let understood = 0;
    const perFile: string[] = [];
    for (const { file, result } of corpus.parsed()) {
      const s = result.device.stats;
      lines += s.lines;
      understood += s.modelled + s.ignored;
      perFile.push(`${file}: ${((s.modelled + s.ignored) / s.lines).toFixed(3)} (${s.unrecognized} of ${s.lines} lines not understood)`);
    }
    const ratio = understood / lines;
    expect(ratio, `${corpus.folder}: understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(minUnderstood);
  });
}
