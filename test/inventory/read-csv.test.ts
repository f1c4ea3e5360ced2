import { describe, expect, it } from 'vitest';
import { normalizeHeader, readCsv } from '../../src/inventory/read-csv.js';

const COLUMNS = { name: ['名前'], value: ['値', 'the value'] };
const read = (text: string) => readCsv(Buffer.from(text, 'utf8'), 'data.csv', COLUMNS);
const reasons = (text: string) => read(text).diagnostics.map((d) => d.reason);

describe('normalizeHeader', () => {
  it('ignores case, width, spaces, underscores and hyphens', () => {
    expect(normalizeHeader('Zone Class')).toBe('zoneclass');
    expect(normalizeHeader('ｚｏｎｅ＿ｃｌａｓｓ')).toBe('zoneclass');
    expect(normalizeHeader('VLAN-ID')).toBe('vlanid');
    expect(normalizeHeader('ｿﾞｰﾝ名')).toBe('ゾーン名');
    expect(normalizeHeader('ゾーン　名')).toBe('ゾーン名');
  });
});

describe('readCsv', () => {
  it('maps aliased headers to canonical columns and keeps line numbers and raw text', () => {
    const table = read('# comment\n名前, The_Value \n\na, 1\n# another\n  b ,"two\nlines"\n,\nc,3');
    expect([...table.headers]).toEqual([
      ['name', '名前'],
      ['value', 'The_Value'],
    ]);
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([
      { line: 4, text: 'a, 1', values: { name: 'a', value: '1' } },
      { line: 6, text: '  b ,"two\nlines"', values: { name: 'b', value: 'two\nlines' } },
      { line: 9, text: 'c,3', values: { name: 'c', value: '3' } },
    ]);
    expect(table.diagnostics).toEqual([]);
    expect(table.encoding).toBe('utf-8');
  });

  it('counts lines the same with CRLF, also inside quoted fields', () => {
    const table = read('name,value\r\na,"x\r\ny"\r\nb,2\r\n');
    expect(table.rows.map((r) => [r.line, r.values.value])).toEqual([
      [2, 'x\ny'],
      [4, '2'],
    ]);
  });

  it('keeps # inside a field as data', () => {
    expect(read('name,value\nroom #3,1\n').rows[0]!.values.name).toBe('room #3');
  });

  it('reports an unknown header naming the column', () => {
    const table = read('name,colour\na,red\n');
    expect(table.diagnostics).toHaveLength(1);
    expect(table.diagnostics[0]).toMatchObject({ file: 'data.csv', line: 1, level: 'error', code: 'csv-row' });
    expect(table.diagnostics[0]!.reason).toContain('data.csv:1, column 2: unknown column "colour"');
  });

  it('reports a repeated column', () => {
    expect(reasons('name,名前,value\na,b,c\n')[0]).toContain('data.csv:1, column 2: "名前" repeats column name');
  });

  it('reports a row with the wrong number of fields and goes on', () => {
    const table = read('name,value\na,1\nb,2,extra\nc\nd,4\n');
    expect(table.diagnostics.map((d) => [d.line, d.text])).toEqual([
      [3, 'b,2,extra'],
      [4, 'c'],
    ]);
    expect(table.diagnostics[0]!.reason).toContain('data.csv:3: row has 3 fields, the header has 2');
    expect(table.diagnostics[1]!.reason).toContain('data.csv:4: row has 1 fields, the header has 2');
    expect(table.rows.map((r) => r.values.name)).toEqual(['a', 'd']);
  });

  it('reports an unclosed quote at the line where its row starts', () => {
    const table = read('name,value\na,1\n\nb,"2\nc,3\n');
    expect(table.diagnostics).toHaveLength(1);
    expect(table.diagnostics[0]).toMatchObject({ line: 4, level: 'error' });
    expect(table.diagnostics[0]!.reason).toContain('data.csv:4, column value');
    expect(table.diagnostics[0]!.reason).toContain('never closed');
  });

  it('reports a stray quote with the column and reads on', () => {
    const table = read('名前,値\na,1"x\nb,2\n');
    expect(table.diagnostics.map((d) => d.line)).toEqual([2]);
    expect(table.diagnostics[0]!.reason).toContain('data.csv:2, column 値 (value): misplaced quote');
    expect(table.rows.map((r) => r.values.name)).toEqual(['b']);
  });

  it('reports the lines csv-parse stops reading after text behind a closing quote', () => {
    const table = read('name,value\n"a" x,1\nb,2\nc,3\n');
    expect(table.diagnostics.map((d) => [d.line, d.reason.split(' / ')[0]])).toEqual([
      [2, 'data.csv:2, column name: misplaced quote ("); quote the whole field and double quotes inside it ("")'],
      [3, 'data.csv:3: lines 3–4 were not read because of the CSV error above'],
    ]);
  });

  it('reports a value under an empty header, and ignores empty trailing columns', () => {
    const table = read('name,value,,\na,1,,\nb,2,,oops\n');
    expect(table.rows).toHaveLength(2);
    expect(table.diagnostics.map((d) => d.reason.split(' / ')[0])).toEqual(['data.csv:3, column 4: value "oops" in a column without a header']);
  });

  it('reports empty and binary files', () => {
    expect(readCsv(new Uint8Array(), 'empty.csv', COLUMNS).diagnostics[0]).toMatchObject({ code: 'empty-file', level: 'error', file: 'empty.csv' });
    expect(readCsv(new Uint8Array([0, 1, 2, 3]), 'bin.csv', COLUMNS).diagnostics[0]).toMatchObject({ code: 'binary-file', level: 'error' });
  });

  it('reports a file with comments only', () => {
    expect(reasons('# nothing here\n')[0]).toContain('data.csv: no header row');
  });
});
