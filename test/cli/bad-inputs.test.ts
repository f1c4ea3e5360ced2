import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const GOOD_CONFIG = `hostname good-sw
!
version 17.9
service password-encryption
enable secret 9 $9$abcdefghijklmn$ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq
!
interface GigabitEthernet1/0/1
 description uplink
 switchport mode trunk
!
line vty 0 4
 transport input ssh
!
end
`;

function makeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-bad-'));
  writeFileSync(join(dir, 'good-sw.cfg'), GOOD_CONFIG);
  writeFileSync(join(dir, 'empty.cfg'), '');
  writeFileSync(join(dir, 'firmware.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0, 255, 254]));
  writeFileSync(join(dir, 'notes.txt'), 'This is a shopping list.\nMilk\nEggs\n');
  return dir;
}

describe('a directory with an empty, a binary and an unknown file', () => {
  it('reports each of them and still audits the good config', async () => {
    const dir = makeDir();
    const { code, stdout } = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.devices.map((d: { hostname: string }) => d.hostname)).toEqual(['good-sw']);
    const byFile = (name: string) => report.diagnostics.filter((d: { file: string }) => d.file.endsWith(name));
    expect(byFile('empty.cfg')[0]).toMatchObject({ code: 'empty-file', line: 0 });
    expect(byFile('firmware.bin')[0]).toMatchObject({ code: 'binary-file', line: 0 });
    expect(byFile('notes.txt')[0]).toMatchObject({ code: 'unknown-vendor', line: 0 });
    expect(report.inputs).toHaveLength(4);
  });

  it('names the files in the text report too', async () => {
    const dir = makeDir();
    const { stdout } = await runCli('audit', dir, '--lang', 'en', '--fail-on', 'none');
    expect(stdout).toMatch(/empty\.cfg: file is empty/);
    expect(stdout).toMatch(/firmware\.bin: binary content/);
    expect(stdout).toMatch(/notes\.txt: vendor not recognised/);
  });

  it('exits 2 when nothing at all could be audited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-none-'));
    writeFileSync(join(dir, 'empty.cfg'), '');
    const { code, stderr } = await runCli('audit', dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no config could be audited/);
  });

  it('exits 2 on a path that does not exist, naming it', async () => {
    const { code, stdout } = await runCli('audit', '/nonexistent/segaudit-x', '--format', 'json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).diagnostics[0]).toMatchObject({ file: '/nonexistent/segaudit-x', code: 'unreadable' });
  });

  it('skips an over-long line with a diagnostic naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-long-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'long.cfg'), GOOD_CONFIG.replace('!\nversion', `! ${'x'.repeat(100_000)}\nversion`));
    const { stdout } = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    const report = JSON.parse(stdout);
    expect(report.devices).toHaveLength(1);
    expect(report.diagnostics.find((d: { code: string }) => d.code === 'line-too-long')).toMatchObject({ line: 2 });
  });
});

describe('usage errors', () => {
  it('exits 2 on an unknown option value', async () => {
    const { code, stderr } = await runCli('audit', '.', '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format/);
  });
  it('exits 2 on an unknown command', async () => {
    expect((await runCli('frobnicate')).code).toBe(2);
  });
  it('exits 0 for --help', async () => {
    const { code, stdout } = await runCli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/audit/);
  });
});
