import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findZonesCsv, loadInventory } from '../../src/inventory/load-inventory.js';

const SJIS_FIXTURE = resolve(import.meta.dirname, 'fixtures', 'zones-japanese-sjis.csv');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segaudit-inventory-'));
  mkdirSync(join(dir, 'with-zones'));
  writeFileSync(join(dir, 'with-zones', 'zones.csv'), 'zone,class,vlan\nlearn,学習系,20\n');
  writeFileSync(join(dir, 'with-zones', 'sw1.cfg'), 'hostname sw1\n');
  mkdirSync(join(dir, 'no-zones'));
  writeFileSync(join(dir, 'no-zones', 'sw2.cfg'), 'hostname sw2\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadInventory', () => {
  it('reads the given zones file and records its sha256 and encoding', () => {
    const inventory = loadInventory({ zonesPath: SJIS_FIXTURE, configPaths: [] });
    expect(inventory.diagnostics).toEqual([]);
    expect(inventory.zones.map((z) => z.name)).toEqual(['職員室', '学習', '来客用', 'インターネット']);
    expect(inventory.files).toHaveLength(1);
    expect(inventory.files[0]!.sha256).toBe(createHash('sha256').update(readFileSync(SJIS_FIXTURE)).digest('hex'));
    expect(inventory.files[0]!.encoding).toBe('shift_jis');
    expect(inventory.files[0]!.path.endsWith('zones-japanese-sjis.csv')).toBe(true);
  });

  it('finds zones.csv in a config directory, or next to a config file', () => {
    expect(findZonesCsv([join(dir, 'with-zones')])).toBe(join(dir, 'with-zones', 'zones.csv'));
    expect(findZonesCsv([join(dir, 'with-zones', 'sw1.cfg'), join(dir, 'no-zones')])).toBe(join(dir, 'with-zones', 'zones.csv'));
    const inventory = loadInventory({ configPaths: [join(dir, 'with-zones')] });
    expect(inventory.zones.map((z) => [z.name, z.class])).toEqual([['learn', 'learning']]);
    expect(inventory.files[0]!.encoding).toBe('utf-8');
  });

  it('without a zones file gives no zones and no error', () => {
    const EMPTY = { zones: [], flows: [], assets: [], links: [], exceptions: [], config: { rules: {}, thresholds: {}, site: {} }, files: [], diagnostics: [] };
    expect(loadInventory({ configPaths: [join(dir, 'no-zones')] })).toEqual(EMPTY);
    expect(loadInventory({ configPaths: [join(dir, 'no-zones', 'sw2.cfg')] })).toEqual(EMPTY);
    expect(loadInventory({ configPaths: [] })).toEqual(EMPTY);
  });

  it('reports an unreadable zones file as an error', () => {
    const inventory = loadInventory({ zonesPath: join(dir, 'missing.csv'), configPaths: [] });
    expect(inventory.zones).toEqual([]);
    expect(inventory.diagnostics).toHaveLength(1);
    expect(inventory.diagnostics[0]).toMatchObject({ level: 'error', code: 'unreadable', line: 0 });
    expect(inventory.diagnostics[0]!.reason).toContain('cannot read zones file');
  });

  it('passes on the errors of a broken zones file', () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'zone,class,cidr\na,learning,10.0.0.300/24\n');
    const inventory = loadInventory({ zonesPath: broken, configPaths: [join(dir, 'with-zones')] });
    expect(inventory.diagnostics.map((d) => [d.level, d.line])).toEqual([['error', 2]]);
    expect(inventory.diagnostics[0]!.reason).toContain('broken.csv:2, column cidr');
  });
});
