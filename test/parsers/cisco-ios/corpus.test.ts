import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

/** Real third-party configs, read in place (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus');
const MIN_UNDERSTOOD = 0.9;

function parseFolder(platform: string): { file: string; result: ParseResult }[] {
  const dir = join(CORPUS, platform);
  return readdirSync(dir)
    .sort()
    .map((file) => {
      // latin1 keeps every byte; these exports are ASCII apart from the odd stray byte.
      const text = readFileSync(join(dir, file), 'latin1');
      let result: ParseResult | undefined;
      expect(() => (result = ciscoIosParser.parse(text, file)), `${platform}/${file} threw`).not.toThrow();
      return { file, result: result! };
    });
}

function checkInvariants(file: string, result: ParseResult): void {
  const s = result.device.stats;
  expect(s.modelled + s.ignored + s.unrecognized, `${file}: every line counted once`).toBe(s.lines);
  const lineDiagnostics = result.diagnostics.filter((d) => d.code === 'unrecognized');
  expect(s.unrecognized, `${file}: one diagnostic per unrecognized line`).toBe(lineDiagnostics.length);
  for (const d of result.diagnostics) {
    expect(d.file, `${file}: diagnostic file`).toBe(file);
    expect(d.line >= 1 || (d.line === 0 && d.code !== 'unrecognized'), `${file}: diagnostic line ${d.line}`).toBe(true);
  }
}

for (const platform of ['cisco_ios', 'cisco_nxos', 'arista_eos']) {
  const present = existsSync(join(CORPUS, platform));
  const missing = `corpus folder ${join(CORPUS, platform)} is missing — skipped`;

  describe(`corpus ${platform}`, () => {
    it.skipIf(!present)(present ? 'parses every file without throwing, with consistent counts and diagnostics' : missing, () => {
      for (const { file, result } of parseFolder(platform)) checkInvariants(file, result);
    });

    if (platform !== 'cisco_ios') return;

    it.skipIf(!present)(present ? `understands at least ${MIN_UNDERSTOOD * 100}% of the lines over the folder` : missing, () => {
      let lines = 0;
      let understood = 0;
      const perFile: string[] = [];
      for (const { file, result } of parseFolder(platform)) {
        const s = result.device.stats;
        lines += s.lines;
        understood += s.modelled + s.ignored;
        perFile.push(`${file}: ${((s.modelled + s.ignored) / s.lines).toFixed(3)} (${s.unrecognized} of ${s.lines} lines not understood)`);
      }
      const ratio = understood / lines;
      expect(ratio, `understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(MIN_UNDERSTOOD);
    });

    it.skipIf(!present)(present ? 'no secret of the corpus reaches the output' : missing, () => {
      // Keys, PSKs, communities and passwords written in clear (or type 7) in the corpus files.
      const secrets = [
        'Rcw.wfJi8tgiOS8WiRS8eVmWvUrrC_Kx', 'UmubvF4qIEpmr5Cl.rbkXUPj3LBLtIIv', 'LzmeHN_8ar9oVosUh1Xe8O7IaeYLUGno',
        'FnPi1E827cWJr.qGRhjwY85j2zeVdq6T', 'QMP5tKPP5qk95Y1Eee9c_82.MofNUJQV', 'tYrysT4iT0.CRwQnhiBbng.BahDc7YPq',
        'o1Hs2VvRhh9vCzVx', 'Staff@123', 'Guest@123', 'SoMeThaNGwIErd', 'RADiUs', 'publicstrang', 'privatestrang',
        'abcdefghijklmnop', '9Aa9#A%X9AaAAAAAa', '~99a9aaa_aaaa9aa|||aaaaaaa', '$1$bOPC$Ledl3D.5Xx8hkXUgobF0i.',
        '$1$Q0Zl$LN7ONybETL5LJZF1', '107D3D232342041E3A', '15130F010D24', '05280E1D705F5A043916', '0123456789ABCDEF01234567',
        '0023353555485A15240155', '27576134094768132473302031209727', '3082032E', '56789ABC',
      ];
      for (const { file, result } of parseFolder(platform)) {
        const json = JSON.stringify(result);
        for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
      }
    });
  });
}
