import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readZonesCsv } from '../../src/inventory/zones-csv.js';

const fixture = (name: string): Uint8Array => readFileSync(resolve(import.meta.dirname, 'fixtures', name));
const read = (text: string) => readZonesCsv(Buffer.from(text, 'utf8'), 'zones.csv');
const HEADER = 'zone,class,cidr,vlan,device,interface,ssid\n';

/** The only diagnostic of a one-bad-row file, checked for the common fields. */
function onlyError(text: string) {
  const { diagnostics, zones } = read(text);
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  expect(d).toMatchObject({ file: 'zones.csv', level: 'error', code: 'csv-row' });
  return { d, zones };
}

describe('readZonesCsv: encodings and headers', () => {
  it('reads English headers (UTF-8, CRLF) and merges rows of one zone', () => {
    const { zones, diagnostics, encoding } = readZonesCsv(fixture('zones-english.csv'), 'zones-english.csv');
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8');
    expect(zones.map((z) => [z.name, z.class, z.bindings.length])).toEqual([
      ['staff-lan', 'koumu-internal', 3],
      ['giga', 'learning', 2],
      ['guest', 'guest', 1],
      ['mgmt', 'management', 2],
    ]);
    const staff = zones[0]!;
    expect(staff.description).toBe('校務系 職員室');
    expect(staff.bindings.map((b) => b.selector)).toEqual([
      { kind: 'cidr', address: '10.10.0.0', prefixLength: 16, family: 4 },
      { kind: 'vlan', vlan: 110 },
      { kind: 'interface', device: 'core-sw1', interface: 'Gi1/0/10' },
    ]);
    expect(staff.bindings[0]!.source).toEqual({ file: 'zones-english.csv', line: 3, text: 'staff-lan,koumu-internal,10.10.0.0/16,,,,,校務系 職員室' });
    expect(zones[1]!.description).toBe('GIGA school, tablets');
    expect(zones[1]!.bindings[1]!.selector).toEqual({ kind: 'ssid', ssid: 'GIGA-School' });
    expect(zones[3]!.bindings.map((b) => b.selector)).toEqual([
      { kind: 'vlan', vlan: 99, device: 'core-sw1' },
      { kind: 'cidr', address: '2001:db8:99::', prefixLength: 48, family: 6 },
    ]);
  });

  const japaneseZones = [
    ['職員室', 'koumu-internal', 2],
    ['学習', 'learning', 1],
    ['来客用', 'guest', 1],
    ['インターネット', 'internet', 1],
  ];

  it('reads Japanese headers and class names from UTF-8 with BOM', () => {
    const { zones, diagnostics, encoding } = readZonesCsv(fixture('zones-japanese-bom.csv'), 'zones.csv');
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8-bom');
    expect(zones.map((z) => [z.name, z.class, z.bindings.length])).toEqual(japaneseZones);
  });

  it('reads a Shift_JIS (CP932) file with Japanese headers', () => {
    const bytes = fixture('zones-japanese-sjis.csv');
    // The fixture really is CP932: its first bytes are ゾーン in Shift_JIS.
    expect([...bytes.subarray(0, 6)]).toEqual([0x83, 0x5d, 0x81, 0x5b, 0x83, 0x93]);
    const { zones, diagnostics, encoding } = readZonesCsv(bytes, 'zones-sjis.csv');
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('shift_jis');
    expect(zones.map((z) => [z.name, z.class, z.bindings.length])).toEqual(japaneseZones);
    expect(zones[0]!.description).toBe('校務支援システム');
    expect(zones[0]!.bindings[0]!.selector).toEqual({ kind: 'cidr', address: '10.10.0.0', prefixLength: 16, family: 4 });
    expect(zones[0]!.bindings[1]!.source).toEqual({ file: 'zones-sjis.csv', line: 3, text: '職員室,校務内部系,,,core-sw1,GigabitEthernet1/0/10,,' });
    expect(zones[2]!.bindings[0]!.selector).toEqual({ kind: 'ssid', ssid: '来客Wi-Fi' });
  });

  it('accepts every class alias of design.md, in any width and case', () => {
    const aliases: [string, string][] = [
      ['koumu-internal', 'koumu-internal'], ['校務内部系', 'koumu-internal'], ['校務系', 'koumu-internal'],
      ['KOUMU-EXTERNAL', 'koumu-external'], ['校務外部系', 'koumu-external'], ['校務外部接続系', 'koumu-external'],
      ['学習系', 'learning'], ['ＧＩＧＡ', 'learning'], ['giga', 'learning'],
      ['来客', 'guest'], ['外部の者が利用できるネットワーク', 'guest'],
      ['管理', 'management'], ['Management', 'management'],
      ['公開', 'dmz'], ['dmz', 'dmz'],
      ['インターネット', 'internet'], ['ｲﾝﾀｰﾈｯﾄ接続系', 'internet'],
      ['閉域網', 'closed-wan'], ['通信回線', 'closed-wan'], ['closed-wan', 'closed-wan'],
    ];
    const text = 'zone,class,vlan\n' + aliases.map(([alias], i) => `z${i},${alias},${i + 1}`).join('\n');
    const { zones, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    expect(zones.map((z) => z.class)).toEqual(aliases.map(([, c]) => c));
  });

  it('normalises a CIDR with host bits and says so', () => {
    const { zones, diagnostics } = read(HEADER + 'a,learning,10.1.2.3/24,,,,\n');
    expect(zones[0]!.bindings[0]!.selector).toEqual({ kind: 'cidr', address: '10.1.2.0', prefixLength: 24, family: 4 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'warning', line: 2, code: 'csv-row' });
    expect(diagnostics[0]!.reason).toContain('zones.csv:2, column cidr: "10.1.2.3/24" has host bits set; read as 10.1.2.0/24');
  });
});

describe('readZonesCsv: every bad value is an error naming file:line and column', () => {
  it('bad CIDR', () => {
    const { d, zones } = onlyError(HEADER + 'ok,learning,10.0.0.0/24,,,,\n\n# note\nbad,learning,10.0.0.300/24,,,,\n');
    expect(d.line).toBe(5);
    expect(d.text).toBe('bad,learning,10.0.0.300/24,,,,');
    expect(d.reason).toContain('zones.csv:5, column cidr: "10.0.0.300/24" is not a valid prefix / 列 cidr の値「10.0.0.300/24」が不正です');
    expect(zones.map((z) => z.name)).toEqual(['ok']);
  });

  it('non-contiguous mask, naming the column as the file spells it', () => {
    const { d } = onlyError('ゾーン,種別,アドレス\nbad,学習系,10.0.0.0 255.0.255.0\n');
    expect(d.reason).toContain('zones.csv:2, column アドレス (cidr): "10.0.0.0 255.0.255.0" is not a valid prefix');
    expect(d.reason).toContain('contiguous netmask');
  });

  it('unknown class', () => {
    const { d } = onlyError(HEADER + 'a,職員用,,10,,,\n');
    expect(d.line).toBe(2);
    expect(d.reason).toContain('zones.csv:2, column class: "職員用" is not a zone class');
  });

  it('empty zone name and empty class', () => {
    const { diagnostics } = read(HEADER + ',learning,,10,,,\nb,,,11,,,\n');
    expect(diagnostics.map((d) => [d.line, d.reason.split(': ').slice(0, 2).join(': ')])).toEqual([
      [2, 'zones.csv:2, column zone: zone name is empty / 列 zone のゾーン名が空です'],
      [3, 'zones.csv:3, column class: class is empty / 列 class の種別が空です'],
    ]);
  });

  it.each(['0', '4095', '10,20', 'ten'])('VLAN %j out of range or not a number', (vlan) => {
    const { d } = onlyError(`zone,class,vlan\na,learning,"${vlan}"\n`);
    expect(d.reason).toContain(`zones.csv:2, column vlan: "${vlan}" is not a VLAN id (1–4094; one VLAN per row)`);
  });

  it('interface without device', () => {
    const { d } = onlyError(HEADER + 'a,learning,,,,Gi0/1,\n');
    expect(d.reason).toContain('zones.csv:2, column interface, device: interface "Gi0/1" needs a device');
  });

  it('device without vlan or interface', () => {
    const { d } = onlyError(HEADER + 'a,learning,,,sw1,,\n');
    expect(d.reason).toContain('zones.csv:2, column cidr, vlan, interface, ssid: row binds nothing');
  });

  it('device with a CIDR', () => {
    const { d } = onlyError(HEADER + 'a,learning,10.0.0.0/8,,sw1,,\n');
    expect(d.reason).toContain('zones.csv:2, column device: device only applies to vlan or interface rows, not to cidr');
  });

  it('row with no selector', () => {
    const { d } = onlyError(HEADER + 'a,learning,,,,,\n');
    expect(d.reason).toContain('zones.csv:2, column cidr, vlan, interface, ssid: row binds nothing: fill exactly one of cidr, vlan, device+interface, ssid');
  });

  it('row with two selectors', () => {
    const { d } = onlyError(HEADER + 'a,learning,10.0.0.0/8,10,,,\n');
    expect(d.reason).toContain('zones.csv:2, column cidr, vlan: row fills cidr and vlan; use one row per binding');
  });

  it('one zone name with two classes', () => {
    const { d, zones } = onlyError(HEADER + 'a,learning,10.0.0.0/8,,,,\nb,guest,,,,,Guest\na,校務系,,20,,,\n');
    expect(d.line).toBe(4);
    expect(d.reason).toContain('zones.csv:4, column class: zone "a" was declared learning at line 2; this row says koumu-internal');
    expect(zones.find((z) => z.name === 'a')!.bindings).toHaveLength(1);
  });

  it('one selector in two zones', () => {
    const { d } = onlyError(HEADER + 'a,learning,,10,,,\nb,guest,,10,,,\n');
    expect(d.reason).toContain('zones.csv:3, column vlan: already bound to zone "a" at line 2');
  });

  it('reports several bad values of one row separately', () => {
    const { diagnostics } = read(HEADER + 'a,nonsense,10.0.0.300/24,,,,\n');
    expect(diagnostics.map((d) => d.reason.split(':').slice(0, 2).join(':'))).toEqual(['zones.csv:2, column class', 'zones.csv:2, column cidr']);
  });

  it('broken quote', () => {
    const { diagnostics, zones } = read(HEADER + 'a,learning,10.0.0.0/8,,,,"open\nb,guest,,,,,Guest\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, level: 'error' });
    expect(diagnostics[0]!.reason).toContain('zones.csv:2, column ssid: quote (") opened in this row is never closed');
    expect(zones).toEqual([]);
  });

  it('wrong column count', () => {
    const { d } = onlyError(HEADER + 'a,learning,10.0.0.0/8\n');
    expect(d.reason).toContain('zones.csv:2: row has 3 fields, the header has 7');
  });

  it('unknown header column', () => {
    const { diagnostics } = read('zone,class,cidr,owner\na,learning,10.0.0.0/8,taro\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.reason).toContain('zones.csv:1, column 4: unknown column "owner"');
  });

  it('missing required columns', () => {
    const { diagnostics, zones } = read('zone,description\na,x\n');
    expect(diagnostics.map((d) => d.reason.split(' / ')[0])).toEqual(['zones.csv:1: missing column class', 'zones.csv:1: missing column cidr | vlan | interface | ssid']);
    expect(zones).toEqual([]);
  });

  it('the same binding twice in one zone is a warning, counted once', () => {
    const { zones, diagnostics } = read(HEADER + 'a,learning,10.0.0.0/8,,,,\na,learning,10.0.0.0/8,,,,\n');
    expect(zones[0]!.bindings).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'warning', line: 3 });
  });
});

describe('readZonesCsv: merging', () => {
  it('merges zone names written in full-width and half-width', () => {
    const { zones, diagnostics } = read(HEADER + '職員室ＬＡＮ,校務系,10.0.0.0/24,,,,\n職員室LAN,校務系,,10,,,\n');
    expect(diagnostics).toEqual([]);
    expect(zones.map((z) => [z.name, z.bindings.length])).toEqual([['職員室ＬＡＮ', 2]]);
  });

  it('creates no empty zone from a row that was refused', () => {
    const { zones } = read(HEADER + 'a,learning,,10,,,\nb,guest,,10,,,\n');
    expect(zones.map((z) => z.name)).toEqual(['a']);
  });
});
