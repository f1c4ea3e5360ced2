import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fortigateParser } from '../../../src/parsers/fortigate/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

/** Real third-party configs, read in place (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus/fortigate');
const MIN_UNDERSTOOD = 0.9;

const present = existsSync(CORPUS);
const missing = `corpus folder ${CORPUS} is missing — skipped`;

let cache: { file: string; text: string; result: ParseResult }[] | undefined;

function parseFolder(): { file: string; text: string; result: ParseResult }[] {
  cache ??= readdirSync(CORPUS)
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      let result: ParseResult | undefined;
      expect(() => (result = fortigateParser.parse(text, file)), `${file} threw`).not.toThrow();
      return { file, text, result: result! };
    });
  return cache;
}

describe('corpus fortigate', () => {
  it.skipIf(!present)(present ? 'parses every file without throwing, with consistent counts and diagnostics' : missing, () => {
    for (const { file, result } of parseFolder()) {
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

  it.skipIf(!present)(present ? `understands at least ${MIN_UNDERSTOOD * 100}% of the lines over the folder` : missing, () => {
    let lines = 0;
    let understood = 0;
    const perFile: string[] = [];
    const reasons = new Map<string, number>();
    for (const { file, result } of parseFolder()) {
      const s = result.device.stats;
      lines += s.lines;
      understood += s.modelled + s.ignored;
      perFile.push(`${file}: ${((s.modelled + s.ignored) / s.lines).toFixed(3)} (${s.unrecognized} of ${s.lines} lines not understood, ${s.modelled} modelled)`);
      for (const d of result.diagnostics) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
    }
    const ratio = understood / lines;
    const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([r, n]) => `${n} ${r}`);
    console.log(`fortigate understood ${ratio.toFixed(3)} of ${lines} lines\n${perFile.join('\n')}\n${top.join('\n')}`);
    expect(ratio, `understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(MIN_UNDERSTOOD);
  });

  it.skipIf(!present)(present ? 'no ENC blob, private key or certificate text reaches any output' : missing, () => {
    for (const { file, text, result } of parseFolder()) {
      const json = JSON.stringify(result);
      const blobs = [...text.matchAll(/\bENC\s+(\S{12,})/g)].map((m) => m[1]!);
      for (const blob of blobs) expect(json.includes(blob), `ENC blob leaked from ${file}`).toBe(false);
      const pem = [...text.matchAll(/^[A-Za-z0-9+/=]{40,}$/gm)].map((m) => m[0]);
      for (const line of pem) expect(json.includes(line), `key or certificate text leaked from ${file}`).toBe(false);
      expect(json).not.toMatch(/[A-Za-z0-9+/]{60,}/);
    }
  });

  it.skipIf(!present)(present ? 'reads the real configs: VDOMs, version, policies, zones, tunnels' : missing, () => {
    const results = new Map(parseFolder().map(({ file, result }) => [file, result.device]));
    const multi = results.get('fgvm_5.2_multivdom_example.conf')!;
    expect(multi.os).toMatchObject({ version: '5.2' });
    expect(multi.hostname).toBe('FortiGate-VM64');
    const branch = results.get('netcanon_kevinguenay_fgt70g_branch_7.6.6.conf')!;
    expect(branch.os).toMatchObject({ version: '7.6.6' });
    expect(branch.securityPolicy!.rules.length).toBeGreaterThan(0);
    expect(branch.vpn.tunnels.length).toBeGreaterThan(0);
    const tunnel = branch.vpn.tunnels[0]!;
    expect(branch.interfaces.find((i) => i.name === tunnel.name)).toMatchObject({ kind: 'tunnel' });
    // `show` omits `set type vlan`: the VLAN id alone makes a sub-interface of its parent.
    expect(branch.interfaces.find((i) => i.name === 'VL_100')).toMatchObject({ kind: 'subinterface', parent: 'LAG_INTERNAL', encapsulationVlan: 100 });
    // A blackhole route to an address group becomes one discard route per subnet of the group.
    expect(branch.routes.filter((r) => r.interface === 'Null0').length).toBeGreaterThan(1);
    const full = results.get('not1sam_fgvm_7.4.12_full.conf')!;
    expect(full.os).toMatchObject({ version: '7.4.12' });
    expect(full.management.users.length).toBeGreaterThan(0);
  });
});
