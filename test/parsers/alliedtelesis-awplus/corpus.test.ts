import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

/** Real third-party configs, read in place (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus/alliedtelesis_awplus');
const MIN_UNDERSTOOD = 0.9;

const present = existsSync(CORPUS);
const missing = `corpus folder ${CORPUS} is missing — skipped`;

function parseFolder(): { file: string; result: ParseResult }[] {
  return readdirSync(CORPUS)
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      let result: ParseResult | undefined;
      expect(() => (result = alliedTelesisAwplusParser.parse(text, file)), `${file} threw`).not.toThrow();
      return { file, result: result! };
    });
}

describe('corpus alliedtelesis_awplus', () => {
  it.skipIf(!present)(present ? 'parses every file without throwing, with consistent counts and diagnostics' : missing, () => {
    for (const { file, result } of parseFolder()) {
      const s = result.device.stats;
      expect(s.lines, `${file}: has lines`).toBeGreaterThan(0);
      expect(s.modelled + s.ignored + s.unrecognized, `${file}: every line counted once`).toBe(s.lines);
      expect(result.diagnostics.filter((d) => d.code === 'unrecognized').length, `${file}: one diagnostic per unrecognized line`).toBe(s.unrecognized);
      for (const d of result.diagnostics) {
        expect(d.file).toBe(file);
        expect(d.line >= 1 || (d.line === 0 && d.code !== 'unrecognized'), `${file}: diagnostic line ${d.line}`).toBe(true);
        expect(d.code, `${file}: no internal error`).not.toBe('parser-error');
      }
    }
  });

  it.skipIf(!present)(present ? `understands at least ${MIN_UNDERSTOOD * 100}% of the lines over the folder` : missing, () => {
    let lines = 0;
    let understood = 0;
    const perFile: string[] = [];
    for (const { file, result } of parseFolder()) {
      const s = result.device.stats;
      lines += s.lines;
      understood += s.modelled + s.ignored;
      perFile.push(`${file}: ${((s.modelled + s.ignored) / s.lines).toFixed(3)} (${s.unrecognized} of ${s.lines} lines not understood)`);
    }
    const ratio = understood / lines;
    console.log(`alliedtelesis_awplus understood ${ratio.toFixed(3)} of ${lines} lines\n${perFile.join('\n')}`);
    expect(ratio, `understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(MIN_UNDERSTOOD);
  });

  it.skipIf(!present)(present ? 'reads the facts of the real configs' : missing, () => {
    const results = new Map(parseFolder().map(({ file, result }) => [file, result]));
    const master = results.get('awplus_ansible_master.cfg')!.device;
    expect(master.hostname).toBe('hello');
    expect(master.management.users.map((u) => [u.name, u.admin, u.password?.storage])).toEqual([
      ['manager', true, 'md5-crypt'],
      ['chengk', true, 'md5-crypt'],
    ]);
    expect(master.management.services.filter((s) => s.name.endsWith('-server')).map((s) => [s.name, s.enabled])).toEqual(
      expect.arrayContaining([['telnet-server', false], ['ssh-server', true], ['http-server', true]]),
    );
    expect(master.nat.length).toBe(3);
    const config = results.get('awplus_ansible_config_config.cfg')!.device;
    // `interface port1.0.2-1.0.4` expands to three ports; po7-8 to two aggregators.
    expect(config.interfaces.filter((i) => i.name.startsWith('port')).map((i) => i.name)).toEqual(
      ['port1.0.1', 'port1.0.2', 'port1.0.3', 'port1.0.4', 'port1.0.5', 'port1.0.6', 'port1.0.7', 'port1.0.8'],
    );
    expect(config.interfaces.find((i) => i.name === 'po8')).toMatchObject({ kind: 'aggregate', switchport: { mode: 'trunk', trunkAllowed: [] } });
    expect(config.interfaces.find((i) => i.name === 'port1.0.5')).toMatchObject({ channelGroup: 'po5' });
    // The factory manager/friend hash is recognised as the known default.
    expect(config.management.users[0]!.password!.wellKnown).toBe(true);
    const l2 = results.get('awplus_ansible_l2_interfaces.cfg')!.device;
    expect(l2.interfaces.find((i) => i.name === 'port1.0.2')).toMatchObject({ shutdown: true, description: 'test interface', switchport: { mode: 'trunk', trunkAllowed: [1, 2] } });
    expect(l2.interfaces.find((i) => i.name === 'port1.0.1')!.switchport!.accessVlan).toBe(3);
  });

  it.skipIf(!present)(present ? 'no secret of the corpus reaches the output' : missing, () => {
    const secrets = ['$1$bJoVec4D$JwOJGPr7YqoExA0GVasdE0', '$1$bJoVec4D$JwOJGPr7YqoExA0GVas0', '$1$8F7/NJgX$yxpiKKEaR1Jd6a23ZWqL/'];
    for (const { file, result } of parseFolder()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
