import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findInventoryFile, loadInventory } from '../../src/inventory/load-inventory.js';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
let dir: string;
let site: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segaudit-inventory-files-'));
  site = join(dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'rt01.cfg'), 'hostname rt01\n');
  writeFileSync(join(site, 'zones.csv'), 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n学習,学習系,10.10.30.0/23\n');
  writeFileSync(
    join(site, 'flows.csv'),
    [
      'from,to,protocol,ports,reason,approval_id,expiry',
      '学習,10.10.10.20,tcp,9100,帳票印刷,EX-1,R8.3.31',
      '学習,来客,tcp,80,typo in the zone name,EX-2,',
      '10.10.30.5,校務,udp,514,syslog,EX-3,',
    ].join('\n') + '\n',
  );
  writeFileSync(join(site, 'assets.csv'), 'hostname,ip,mac,zone\nFS01,10.10.10.20,0011.2233.4455,校務\nPC9,10.10.30.9,,管理\n');
  writeFileSync(join(site, 'links.csv'), 'device_a,interface_a,device_b,interface_b\nrt01,Gi0/0/1,core01,Gi1/0/48\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('loadInventory: flows.csv, assets.csv and links.csv', () => {
  it('finds all four files beside the configs and checks zone names against zones.csv', () => {
    const inventory = loadInventory({ configPaths: [site] });
    expect(inventory.zones.map((z) => z.name)).toEqual(['校務', '学習']);
    expect(inventory.flows.map((f) => f.id)).toEqual(['EX-1', 'EX-3']);
    expect(inventory.flows[0]!.expiry).toBe('2026-03-31');
    expect(inventory.assets.map((a) => a.hostname)).toEqual(['FS01']);
    expect(inventory.links.map((l) => [l.a.device, l.b.device])).toEqual([['rt01', 'core01']]);
    expect(inventory.files.map((f) => [f.path.split(/[\\/]/).pop(), f.sha256, f.encoding])).toEqual(
      ['zones.csv', 'flows.csv', 'assets.csv', 'links.csv'].map((name) => [name, sha256(join(site, name)), 'utf-8']),
    );
    expect(inventory.diagnostics.map((d) => [d.level, d.file.split(/[\\/]/).pop(), d.line])).toEqual([
      ['error', 'flows.csv', 3],
      ['error', 'assets.csv', 3],
    ]);
    expect(inventory.diagnostics[0]!.reason).toMatch(/flows\.csv:3, column to: zone "来客" is not defined in zones\.csv \/ 列 to のゾーン「来客」は zones\.csv に定義されていません$/);
    expect(inventory.diagnostics[1]!.reason).toContain('assets.csv:3, column zone: zone "管理" is not defined in zones.csv');
  });

  it('finds them next to a config file too', () => {
    expect(findInventoryFile([join(site, 'rt01.cfg')], 'links.csv')).toBe(join(site, 'links.csv'));
    expect(findInventoryFile([join(site, 'rt01.cfg')], 'nothing.csv')).toBeUndefined();
    expect(findInventoryFile([], 'flows.csv')).toBeUndefined();
  });

  it('prefers explicit paths over the files beside the configs', () => {
    const inventory = loadInventory({
      configPaths: [site],
      zonesPath: join(FIXTURES, 'zones-japanese-sjis.csv'),
      flowsPath: join(FIXTURES, 'flows-japanese-sjis.csv'),
      assetsPath: join(FIXTURES, 'assets-japanese-sjis.csv'),
      linksPath: join(site, 'links.csv'),
    });
    expect(inventory.diagnostics.map((d) => d.reason)).toEqual([
      // assets-japanese-sjis.csv names zone ｇｉｇａ, which zones-japanese-sjis.csv does not define.
      expect.stringContaining('assets-japanese-sjis.csv:2, column ゾーン (zone): zone "ｇｉｇａ" is not defined in zones.csv'),
    ]);
    expect(inventory.flows.map((f) => f.id)).toEqual(['例外-2026-001', '例外-2025-010', '例外-2026-002']);
    expect(inventory.files.map((f) => f.encoding)).toEqual(['shift_jis', 'shift_jis', 'shift_jis', 'utf-8']);
  });

  it('without zones.csv, a flow naming a zone is an error but prefix flows load', () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    writeFileSync(join(alone, 'flows.csv'), 'from,to,protocol,reason\n10.0.0.1,10.0.1.1,tcp,ok\n学習,10.0.1.1,tcp,zone\n');
    const inventory = loadInventory({ configPaths: [alone] });
    expect(inventory.flows.map((f) => f.source.line)).toEqual([2]);
    expect(inventory.diagnostics.map((d) => [d.level, d.line])).toEqual([['error', 3]]);
    expect(inventory.diagnostics[0]!.reason).toContain('flows.csv:3, column from: zone "学習" cannot be checked: no zones are defined');
  });

  it('reports each unreadable file as an error, in both languages', () => {
    const missing = (name: string) => join(dir, 'missing', name);
    const inventory = loadInventory({ configPaths: [], flowsPath: missing('f.csv'), assetsPath: missing('a.csv'), linksPath: missing('l.csv') });
    expect(inventory.diagnostics.map((d) => [d.level, d.code, d.line])).toEqual([
      ['error', 'unreadable', 0],
      ['error', 'unreadable', 0],
      ['error', 'unreadable', 0],
    ]);
    const reasons = inventory.diagnostics.map((d) => d.reason);
    expect(reasons[0]).toMatch(/f\.csv: cannot read flows file: .* \/ 許可通信台帳ファイルを読めません$/);
    expect(reasons[1]).toMatch(/a\.csv: cannot read assets file: .* \/ 端末台帳ファイルを読めません$/);
    expect(reasons[2]).toMatch(/l\.csv: cannot read links file: .* \/ 接続定義ファイルを読めません$/);
    expect(inventory.files).toEqual([]);
  });
});
