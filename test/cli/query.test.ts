// segaudit query: allowed/denied with the deciding lines; exit 0 allowed, 1 denied, 2 input error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SAMPLE = resolve(__dirname, '../../samples/minato-es');
const LEAK = 'minato-core01.cfg:723: 20 permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.20 eq 445';

describe('segaudit query', () => {
  it('finds the planted leak allowed, with the deciding line of LEARNING-IN', async () => {
    const { code, stdout } = await runCli('query', '--from', '学習', '--to', '10.10.10.20', '--proto', 'tcp', '--port', '445', SAMPLE);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('許可（allowed）: 学習 → 10.10.10.20 tcp/445');
    expect(stdout).toContain(`LEARNING-IN 許可 — samples/minato-es/${LEAK}`);
    expect(stdout).toContain('tcp/445 10.10.30.0/23 → 10.10.10.20');
  });

  it('says denied, and which line drops it, for another port (exit 1)', async () => {
    const { code, stdout } = await runCli('query', '--from', '学習', '--to', '10.10.10.20', '--proto', 'tcp', '--port', '22', '--lang', 'en', SAMPLE);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('denied: 学習 → 10.10.10.20 tcp/22');
    expect(stdout).toContain('LEARNING-IN deny — samples/minato-es/minato-core01.cfg:724: 30 deny   ip any 10.10.10.0 0.0.0.255 log');
    expect(stdout).toContain('=> denied by a filter');
  });

  it('answers zone to zone and address to zone', async () => {
    expect((await runCli('query', '--from', '来客', '--to', '校務', SAMPLE)).code).toBe(1);
    const fromHost = await runCli('query', '--from', '10.10.20.5', '--to', '校務', '--lang', 'en', SAMPLE);
    expect(fromHost.code).toBe(0);
    expect(fromHost.stdout).toContain('(no inbound filter)');
  });

  it('reaches the core switch’s own 校務 SVI address when asked for it, but not as part of the 校務 zone', async () => {
    const toSvi = await runCli('query', '--from', '校務外部', '--to', '10.10.10.1', '--proto', 'icmp', '--lang', 'en', SAMPLE);
    expect(toSvi.code).toBe(0);
    expect(toSvi.stdout).toContain('icmp 10.10.20.0/24 → 10.10.10.1');
    expect(toSvi.stdout).toContain('=> reached (taken by the device itself at minato-core01 Vlan10)');
    const toZone = await runCli('query', '--from', '校務外部', '--to', '校務', '--proto', 'icmp', '--lang', 'en', SAMPLE);
    expect(toZone.code).toBe(0);
    expect(toZone.stdout).toContain('icmp 10.10.20.0/24 → 10.10.10.0/24 except 10.10.10.1');
    expect(toZone.stdout).not.toContain('taken by the device itself');
  });

  it('follows packets across devices and out of the modelled network', async () => {
    const { code, stdout } = await runCli('query', '--from', '校務', '--to', '10.200.10.5', '--proto', 'tcp', '--port', '443', '--lang', 'en', SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('2. minato-rt01 in GigabitEthernet0/0/1');
    expect(stdout).toContain('leaves the modelled network through minato-rt01 Tunnel1');
  });

  it('gives JSON with the trace', async () => {
    const { code, stdout } = await runCli('query', '--from', '学習', '--to', '10.10.10.20', '--proto', 'tcp', '--port', '445', '--format', 'json', SAMPLE);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.allowed).toBe(true);
    expect(answer.permitted.map((p: { text: string }) => p.text)).toEqual(['tcp/445 10.10.30.0/23 → 10.10.10.20']);
    const filter = answer.traces[0].hops[0].ingressFilters[0];
    expect([filter.filter, filter.action, filter.line.line]).toEqual(['LEARNING-IN', 'permit', 723]);
  });

  it('never prints a secret of the sample', async () => {
    const secrets = readFileSync(resolve(__dirname, '../samples/minato-es.secrets.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    for (const args of [['--from', '管理', '--to', 'インターネット'], ['--from', '校務外部', '--to', '管理', '--format', 'json']]) {
      const { stdout } = await runCli('query', ...args, SAMPLE);
      expect(stdout.length).toBeGreaterThan(50);
      for (const secret of secrets) expect(stdout, `secret ${secret.slice(0, 3)}… leaked`).not.toContain(secret);
    }
  });

  it('exits 2 on input errors', async () => {
    const unknown = await runCli('query', '--from', 'どこか', '--to', '校務', SAMPLE);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('neither a zone nor an address');
    expect((await runCli('query', '--from', '学習', '--to', '校務', '--port', '445', SAMPLE)).code).toBe(2);
    expect((await runCli('query', '--from', '学習', '--to', '校務', '--proto', 'bogus', SAMPLE)).code).toBe(2);
    expect((await runCli('query', '--from', '学習', SAMPLE)).code).toBe(2);
  });
});
