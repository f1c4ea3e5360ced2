import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOperationalExport } from '../../../src/input/operational/read-export.js';
import { isOperationalExport } from '../../../src/input/operational/recognise.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../../..');
const fixture = (name: string) => readFileSync(join(HERE, 'fixtures', name), 'utf8');

function read(name: string) {
  const result = readOperationalExport(fixture(name), name);
  // Every non-blank line counted exactly once, one diagnostic per unrecognized line.
  expect(result.stats.understood + result.stats.unrecognized).toBe(result.stats.lines);
  expect(result.diagnostics.filter((d) => d.code === 'unrecognized').length).toBe(result.stats.unrecognized);
  return result;
}

const rows = (r: ReturnType<typeof read>) => r.ports.map((p) => [p.source.line, p.name, p.status, p.state, p.vlan, p.speed]);

describe('Cisco IOS show interfaces status / cdp / lldp', () => {
  it('reads every row, the prompt hostname and the clock', () => {
    const r = read('acc1-status.txt');
    expect(r.stats.unrecognized).toBe(0);
    expect(r.hostname?.name).toBe('acc1');
    expect(r.collectedAt).toBe('*09:41:07.512 JST Mon Apr 6 2026');
    expect(rows(r)).toEqual([
      [6, 'Gi1/0/1', 'up', 'connected', '10', 'a-1000'],
      [7, 'Gi1/0/2', 'down', 'notconnect', '10', 'auto'],
      // A status word inside the Name column does not fool the reader.
      [8, 'Gi1/0/3', 'disabled', 'err-disabled', '10', 'auto'],
      [9, 'Gi1/0/4', 'disabled', 'disabled', '999', 'auto'],
      [10, 'Gi1/0/48', 'up', 'connected', 'trunk', 'a-1000'],
      [11, 'Te1/1/1', 'down', 'notconnect', '1', '10G'],
      [12, 'Po1', 'up', 'connected', 'trunk', 'a-1000'],
    ]);
  });

  it('reads CDP rows (wrapped device id, spaced interface) and LLDP rows', () => {
    const r = read('acc1-status.txt');
    expect(r.neighbors.map((n) => [n.source.line, n.protocol, n.neighbor, n.localInterface, n.remotePort])).toEqual([
      [20, 'cdp', 'core1.kyoiku.example.jp', 'Gig 1/0/48', 'Gig 1/0/1'],
      [21, 'cdp', 'SEP00112233AABB', 'Gig 1/0/1', 'Port 1'],
      [31, 'lldp', 'core1', 'Gi1/0/48', 'Gi1/0/1'],
      [32, 'lldp', 'ap-3f-01', 'Gi1/0/1', 'Gi0'],
    ]);
  });
});

describe('AlliedWare Plus show interface brief', () => {
  it('maps admin state and protocol to a link status; hostname from the comment', () => {
    const r = read('awplus-brief.txt');
    expect(r.hostname?.name).toBe('es01-sw01');
    expect(rows(r)).toEqual([
      [3, 'port1.0.1', 'up', 'admin up / running', undefined, undefined],
      [4, 'port1.0.2', 'down', 'admin up / down', undefined, undefined],
      [5, 'port1.0.3', 'disabled', 'admin down / down', undefined, undefined],
      [6, 'port1.0.4', 'up', 'admin up / running', undefined, undefined],
      [7, 'vlan1', 'up', 'admin up / running', undefined, undefined],
    ]);
  });
});

describe('FortiGate get system interface physical', () => {
  it('records each port at its status line, with its speed', () => {
    const r = read('fgt-physical.txt');
    expect(r.stats.unrecognized).toBe(0);
    expect(r.hostname?.name).toBe('FGT60F');
    expect(rows(r)).toEqual([
      [7, 'dmz', 'down', 'down', undefined, undefined],
      [13, 'wan1', 'up', 'up', undefined, '1000Mbps'],
    ]);
  });
});

describe('FortiGate, as the CLI reference prints it (no hostname in the prompt)', () => {
  it('reads the ports; the device is then matched by file name', () => {
    const text = '# get system interface physical\n== [onboard]\n==[internal]\nmode: static\nip: 172.20.120.146 255.255.255.0\nstatus: up\nspeed: 100\n==[wan1]\nmode: pppoe\nip: 0.0.0.0 0.0.0.0\nstatus: down\nspeed: n/a\n';
    expect(isOperationalExport(text)).toBe(true);
    const r = readOperationalExport(text, 'fgt1-physical.txt');
    expect(r.hostname).toBeUndefined();
    expect(r.stats).toEqual({ lines: 12, understood: 12, unrecognized: 0 });
    expect(r.ports.map((p) => [p.source.line, p.name, p.status, p.speed])).toEqual([
      [6, 'internal', 'up', '100'],
      [11, 'wan1', 'down', undefined],
    ]);
  });
});

describe('recognition', () => {
  it('takes exports by their first prompt or table header, never a config', () => {
    for (const name of ['acc1-status.txt', 'awplus-brief.txt', 'fgt-physical.txt']) expect(isOperationalExport(fixture(name)), name).toBe(true);
    expect(isOperationalExport('hostname sw1\n!\ninterface GigabitEthernet1/0/1\n shutdown\n')).toBe(false);
    expect(isOperationalExport('sw1#show running-config\nBuilding configuration...\nhostname sw1\n')).toBe(false);
    expect(isOperationalExport('!\n! Last configuration change\n!\nInterface             Status          Protocol\n')).toBe(true);
    expect(isOperationalExport('')).toBe(false);
    // A first command we do not read is fine when a later one is ours; a config dump never is an export.
    expect(isOperationalExport('sw1#show version\nCisco IOS Software\nsw1#show interfaces status\n')).toBe(true);
    expect(isOperationalExport('sw1#show version\nCisco IOS Software\n')).toBe(false);
    expect(isOperationalExport('sw1#show interfaces status\nsw1#show running-config\nhostname sw1\n')).toBe(false);
  });
});

describe('robustness', () => {
  it('a truncated table: the cut row and the garbage are diagnostics with file and line, the rest is read', () => {
    const text = 'sw9#show interfaces status\n\nPort      Name               Status       Vlan       Duplex  Speed Type\nGi1/0/1                      connected    10         a-full a-1000 10/100/1000BaseTX\nGi1/0/2                      notcon';
    const r = readOperationalExport(text, 'cut.txt');
    expect(r.ports.map((p) => p.name)).toEqual(['Gi1/0/1']);
    expect(r.diagnostics).toMatchObject([{ file: 'cut.txt', line: 5, code: 'unrecognized', level: 'warning' }]);
  });

  it('garbage, binary-looking text and a stray other command never throw', () => {
    const garbage = 'sw9#show interfaces status\n\u0000\u0001%%%\n}}}{{{\nsw9#show version\nCisco IOS Software, C2960X\nuptime is 3 weeks\nsw9#show lldp neighbors\nnot a row\n';
    const r = readOperationalExport(garbage, 'g.txt');
    expect(r.ports).toEqual([]);
    expect(r.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [2, 'unrecognized'],
      [3, 'unrecognized'],
      [4, 'operational-command-skipped'],
      [8, 'unrecognized'],
    ]);
    expect(r.stats).toEqual({ lines: 8, understood: 5, unrecognized: 3 });
  });

  it('a pasted secret line is redacted in the diagnostic', () => {
    const r = readOperationalExport('sw9#show interfaces status\nsnmp-server community S3cretC0mm RO\nusername admin secret 9 $9$abcdefgh$ijklmnop\n', 's.txt');
    const json = JSON.stringify(r);
    expect(json).not.toContain('S3cretC0mm');
    expect(json).not.toContain('$9$abcdefgh');
    expect(r.diagnostics.map((d) => d.text)).toEqual(['snmp-server community <redacted>', 'username admin secret <redacted>']);
  });

  it('a second hostname in one export is reported, not silently merged', () => {
    const r = readOperationalExport('sw1#show clock\n10:00:00 JST Mon Apr 6 2026\nsw2#show interfaces status\n', 'two.txt');
    expect(r.hostname?.name).toBe('sw1');
    expect(r.diagnostics).toMatchObject([{ line: 3, code: 'operational-hostname-conflict' }]);
  });
});

const CORPUS_FILE = resolve(REPO_ROOT, '../shared/corpus/alliedtelesis_awplus/awplus_ansible_acl_interfaces.cfg');
describe('corpus', () => {
  it.skipIf(!existsSync(CORPUS_FILE))('the AlliedWare Plus show interface brief of the corpus is an export, read completely', () => {
    const text = readFileSync(CORPUS_FILE, 'utf8');
    expect(isOperationalExport(text)).toBe(true);
    const r = readOperationalExport(text, 'awplus_ansible_acl_interfaces.cfg');
    expect(r.stats.unrecognized).toBe(0);
    expect(r.ports.length).toBe(r.stats.lines - 1);
    expect(r.ports.find((p) => p.name === 'port1.1.1')).toMatchObject({ status: 'down', state: 'admin up / provisioned' });
    expect(r.ports.find((p) => p.name === 'eth0')).toMatchObject({ status: 'up' });
    expect(r.ports.find((p) => p.name === 'port1.2.1')).toMatchObject({ status: 'down', source: { line: 14 } });
  });
});

const CORPUS = resolve(REPO_ROOT, '../shared/corpus');
describe('corpus recognition', () => {
  it.skipIf(!existsSync(CORPUS))('no config of the corpus is taken for an export; the one export is', () => {
    const exports: string[] = [];
    for (const folder of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      for (const file of readdirSync(join(CORPUS, folder)).sort()) {
        if (isOperationalExport(readFileSync(join(CORPUS, folder, file), 'utf8'))) exports.push(`${folder}/${file}`);
      }
    }
    expect(exports).toEqual(['alliedtelesis_awplus/awplus_ansible_acl_interfaces.cfg']);
  });
});
