import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * No secret may reach any output. Each fixture directory lists the secret strings it contains in
 * SECRETS.txt; every command and format is run over it and its output searched for each of them.
 */
const ROOT = join(__dirname, '../..');
/** [directory audited, file listing its secrets (kept outside the directory so it is not audited)]. */
const SETS: [string, string][] = (
  [
    [join(__dirname, 'fixtures/secrets'), join(__dirname, 'fixtures/secret-router.secrets.txt')],
    [join(ROOT, 'samples/minato-es'), join(ROOT, 'test/samples/minato-es.secrets.txt')],
    [join(ROOT, 'samples/sakura-city'), join(ROOT, 'test/samples/sakura-city.secrets.txt')],
  ] as [string, string][]
).filter(([, list]) => existsSync(list));

function secretsOf(list: string): string[] {
  return readFileSync(list, 'utf8')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith('#'));
}

const COMMANDS: string[][] = [
  ['audit', '--format', 'json', '--fail-on', 'none'],
  ['audit', '--format', 'text', '--lang', 'ja', '--fail-on', 'none'],
  ['audit', '--format', 'text', '--lang', 'en', '--fail-on', 'none'],
  ['parse'],
  ['parse', '--summary'],
  ['parse', '--summary', '--format', 'json'],
];

describe('secrets never appear in any output', () => {
  it('has fixture sets to check', () => {
    expect(SETS.length).toBe(3);
  });
  for (const [dir, list] of SETS) {
    for (const args of COMMANDS) {
      it(`${args.join(' ')} on ${dir.replace(ROOT + '/', '')}`, async () => {
        const { stdout, stderr } = await runCli(args[0]!, dir, ...args.slice(1));
        const output = stdout + stderr;
        expect(output.length).toBeGreaterThan(100);
        for (const secret of secretsOf(list)) expect(output, `secret ${secret.slice(0, 3)}… leaked`).not.toContain(secret);
      });
    }
  }
});
