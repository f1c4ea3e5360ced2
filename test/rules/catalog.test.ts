// The rule catalog as a whole: every rule is tested, cites both policies, and is documented.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../cli/run-cli.js';

describe('the rule catalog', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { meta } of RULES) {
    it(`${meta.id} has a test file, both profiles' clauses, and bilingual texts`, () => {
      expect(existsSync(join(__dirname, `${meta.id}.test.ts`)), `test/rules/${meta.id}.test.ts`).toBe(true);
      expect(meta.clauses.kagoshima?.length ?? 0, 'kagoshima clauses').toBeGreaterThan(0);
      expect(meta.clauses.sorachi?.length ?? 0, 'sorachi clauses').toBeGreaterThan(0);
      for (const text of [meta.title, meta.description, meta.remediation, meta.evidence]) {
        expect(text.ja.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(meta.rating.ease).toBeDefined();
      expect(meta.rating.fix).toBeDefined();
    });
  }

  it('lists every rule with its clauses under both profiles', async () => {
    for (const profile of ['kagoshima', 'sorachi']) {
      const { code, stdout } = await runCli('rules', '--profile', profile, '--format', 'json');
      expect(code).toBe(0);
      const listed = JSON.parse(stdout) as { id: string; clauseRefs: { doc: string; clause: string }[] }[];
      expect(listed.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
      for (const r of listed) {
        expect(r.clauseRefs.length, `${r.id} under ${profile}`).toBeGreaterThan(0);
        expect(r.clauseRefs.every((c) => c.doc === profile)).toBe(true);
      }
    }
  });
});
