import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yamahaRtxParser } from '../../../src/parsers/yamaha-rtx/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';

/** Real third-party configs, read in place (never copied into the repo). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus/yamaha_rtx');
const MIN_UNDERSTOOD = 0.96;

const present = existsSync(CORPUS);
const missing = `corpus folder ${CORPUS} is missing — skipped`;

function parseFolder(): { file: string; result: ParseResult }[] {
  return readdirSync(CORPUS)
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      let result: ParseResult | undefined;
      expect(() => (result = yamahaRtxParser.parse(text, file)), `${file} threw`).not.toThrow();
      return { file, result: result! };
    });
}

describe('corpus yamaha_rtx', () => {
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
    console.log(`yamaha_rtx understood ${ratio.toFixed(3)} of ${lines} lines\n${perFile.join('\n')}`);
    expect(ratio, `understood ${ratio.toFixed(3)} of the lines:\n${perFile.join('\n')}`).toBeGreaterThanOrEqual(MIN_UNDERSTOOD);
  });

  it.skipIf(!present)(present ? 'reads the filter lists of the real configs' : missing, () => {
    const results = new Map(parseFolder().map(({ file, result }) => [file, result]));
    const nvr500 = results.get('wnoguchi_nvr500_filter_sample.txt')!.device;
    // The list is wrapped at 80 columns in this capture; re-joined it holds all its filters.
    const ppIn = nvr500.filters.find((f) => f.name === 'pp1 in')!;
    expect(ppIn.rules.map((r) => r.seq)).toEqual([200003, 200020, 200020, 200021, 200021, 200022, 200022, 200023, 200023, 200024, 200024, 200025, 200025, 200030, 200032]);
    expect(nvr500.filters.find((f) => f.name === 'pp1 out')!.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: true });
    const nvr700 = results.get('hoto17296_nvr700w_generated.conf')!.device;
    expect(nvr700.interfaces.find((i) => i.name === 'lan1/1')).toMatchObject({ encapsulationVlan: 2 });
    expect(nvr700.filters.find((f) => f.name === 'lan1/1 in')!.rules.map((r) => r.action)).toEqual(['deny', 'permit']);
  });

  it.skipIf(!present)(present ? 'reads remote access, tunnel endpoints and user attributes of the real configs' : missing, () => {
    const results = new Map(parseFolder().map(({ file, result }) => [file, result]));
    const center = results.get('hrst_rtx_syntax_sample.rtx')!.device;
    const ra = center.vpn.tunnels.find((t) => t.interfaces.includes('tunnel4'))!;
    expect(ra).toMatchObject({ peer: 'any', interfaces: ['tunnel4', 'pp-anonymous'] });
    expect(center.vpn.ipsecProposals.find((p) => p.name === 'sa policy 104')?.mode).toBe('transport');
    expect(center.management.users.filter((u) => u.privilege === 'ppp (pp-anonymous)')).toHaveLength(2);
    const l2tpv3 = results.get('shin1ohno_fixture_l2tp_tunnel_auth.txt')!.device;
    expect(l2tpv3.interfaces.find((i) => i.name === 'tunnel1')?.tunnel).toMatchObject({ mode: 'l2tpv3', source: '192.168.1.1', destination: '10.0.0.1' });
    const users = results.get('shin1ohno_fixture_admin_user_attributes.txt')!.device.management.users;
    expect(users.find((u) => u.name === 'operator')?.access?.protocols).toEqual(['ssh', 'http']);
    expect(users.find((u) => u.name === 'sftpuser')?.access?.protocols).toEqual(['ssh']);
  });

  it.skipIf(!present)(present ? 'no secret of the corpus reaches the output' : missing, () => {
    // Passwords and keys written in clear in the corpus files.
    const secrets = ['mypassword123', 'clipass456', 'fullpass789', 'sftppass', 'webpass123', 'remotepass', 'basicpass', 'superpass', 'TEST_PASSWORD_3', 'TEST_PASSWORD_2', 'supersecretkey123', 'abcdefgh$ijklmnop',
      // Placeholders the syntax sample writes where its secrets go (pp auth username, PSKs, L2TPv3 tunnel auth).
      '(パスワード1)', '(パスワード2)', 'mypass', '(IPsecの事前共有鍵1)', '(L2TPv3トンネル認証に用いるパスワード1)'];
    for (const { file, result } of parseFolder()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
