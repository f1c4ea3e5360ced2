import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { necIxParser } from '../../../src/parsers/nec-ix/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

/** Real third-party configs, read in place (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus/nec_ix');
const MIN_UNDERSTOOD = 0.9;

const present = existsSync(CORPUS);
const missing = `corpus folder ${CORPUS} is missing — skipped`;

function parseFolder(): { file: string; result: ParseResult }[] {
  return readdirSync(CORPUS)
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      let result: ParseResult | undefined;
      expect(() => (result = necIxParser.parse(text, file)), `${file} threw`).not.toThrow();
      return { file, result: result! };
    });
}

describe('corpus nec_ix', () => {
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
    console.log(`nec_ix understood ${ratio.toFixed(3)} of ${lines} lines\n${perFile.join('\n')}`);
    expect(ratio, `understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(MIN_UNDERSTOOD);
  });

  it.skipIf(!present)(present ? 'reads the filters, IPsec and PPPoE of the real configs' : missing, () => {
    const results = new Map(parseFolder().map(({ file, result }) => [file, result]));
    const foxbox = results.get('foxboxsnet_ix_settings_composite.conf')!.device;
    const user = foxbox.filters.find((f) => f.name === 'GigaEthernet1.2 in')!;
    expect(user.rules.map((r) => r.action)).toEqual(['permit', 'permit', 'deny', 'permit']);
    expect(user.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(foxbox.vpn.tunnels).toEqual([expect.objectContaining({ name: 'ipsec-mgmt', peer: '192.0.2.1', ikeMode: 'aggressive', interfaces: ['Tunnel0.0'] })]);
    expect(foxbox.management.services.find((s) => s.name === 'ssh-server')).toMatchObject({ enabled: true, accessClass: 'mgmt_acl' });
    const rt1 = results.get('notoken_ix_ikev2_rt1.conf')!.device;
    expect(rt1.interfaces.find((i) => i.name === 'GigaEthernet0.1')).toMatchObject({ dynamicAddress: 'pppoe', natRole: 'outside' });
    expect(rt1.vpn.tunnels).toEqual([expect.objectContaining({ name: 'Tunnel11.0', ikeVersion: 2, interfaces: ['Tunnel11.0'] })]);
    expect(rt1.vpn.ikeProposals[0]).toMatchObject({ version: 2, encryption: ['aes-gcm-256', 'aes-256'], integrity: ['sha512'], dhGroups: [15, 14] });
  });

  it.skipIf(!present)(present ? 'no secret of the corpus reaches the output' : missing, () => {
    // Passwords, keys and communities written in clear in the corpus files.
    const secrets = ['mekabu', 'try-conbu', 'RT1_PRE_SHARED_KEY_1111', 'RT2_PRE_SHARED_KEY_2222', 'PPPoE_PASSWORD'];
    for (const { file, result } of parseFolder()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
