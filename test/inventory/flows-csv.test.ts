import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Zone, ZoneClass } from '../../src/model/index.js';
import { readFlowsCsv } from '../../src/inventory/flows-csv.js';

const fixture = (name: string): Uint8Array => readFileSync(resolve(import.meta.dirname, 'fixtures', name));
const zone = (name: string, zoneClass: ZoneClass): Zone => ({ name, class: zoneClass, bindings: [] });
const ZONES = [zone('staff-lan', 'koumu-internal'), zone('giga', 'learning'), zone('mgmt', 'management'), zone('2F職員室', 'koumu-internal')];
const HEADER = 'from,to,protocol,ports,mac,reason,approval_id,approver,approved_date,expiry\n';
const read = (rows: string, zones: Zone[] = ZONES) => readFlowsCsv(Buffer.from(HEADER + rows, 'utf8'), 'flows.csv', zones);

/** The only diagnostic of a one-row file: an error on line 2 that keeps no flow. */
function onlyError(row: string, zones: Zone[] = ZONES): string {
  const { flows, diagnostics } = read(row + '\n', zones);
  expect(flows).toEqual([]);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({ file: 'flows.csv', line: 2, text: row, level: 'error', code: 'csv-row' });
  return diagnostics[0]!.reason;
}

describe('readFlowsCsv: encodings and headers', () => {
  it('reads English headers (UTF-8, CRLF, comment line) into approved flows', () => {
    const { flows, diagnostics, encoding } = readFlowsCsv(fixture('flows-english.csv'), 'flows-english.csv', ZONES);
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('utf-8');
    expect(flows).toEqual([
      {
        id: 'EX-2026-001',
        from: { kind: 'zone', zone: 'staff-lan' },
        to: { kind: 'prefix', address: '10.20.5.10', prefixLength: 32, family: 4 },
        protocol: 6,
        dstPorts: [{ from: 80, to: 80 }, { from: 443, to: 443 }],
        macs: ['00:11:22:33:44:55', '00:11:22:33:44:66'],
        reason: 'Print server for tablets',
        approvalId: 'EX-2026-001',
        approver: 'CISO',
        approvedDate: '2026-04-01',
        expiry: '2027-03-31',
        source: {
          file: 'flows-english.csv',
          line: 3,
          text: 'staff-lan,10.20.5.10,tcp,"443, 80",0011.2233.4455 00-11-22-33-44-66,Print server for tablets,EX-2026-001,CISO,2026-04-01,2027/3/31',
        },
      },
      {
        id: 'row 4',
        from: { kind: 'prefix', address: '10.10.3.4', prefixLength: 32, family: 4 },
        to: { kind: 'zone', zone: 'mgmt' },
        protocol: 17,
        dstPorts: [{ from: 514, to: 514 }],
        macs: [],
        reason: 'syslog to the collector',
        source: { file: 'flows-english.csv', line: 4, text: '10.10.3.4/32,mgmt,udp,514,,syslog to the collector,,,,' },
      },
      {
        id: 'EX-2026-002',
        from: { kind: 'zone', zone: 'giga' },
        to: { kind: 'zone', zone: 'staff-lan' },
        protocol: 1,
        macs: [],
        reason: 'ping for trouble-shooting',
        approvalId: 'EX-2026-002',
        approver: 'CISO',
        approvedDate: '2026-04-01',
        source: { file: 'flows-english.csv', line: 5, text: 'giga,staff-lan,ICMP,,,ping for trouble-shooting,EX-2026-002,CISO,2026/4/1,' },
      },
      {
        id: 'EX-2026-003',
        from: { kind: 'prefix', address: '2001:db8:99::10', prefixLength: 128, family: 6 },
        to: { kind: 'prefix', address: '2001:db8:99::', prefixLength: 64, family: 6 },
        protocol: 58,
        macs: [],
        reason: 'IPv6 monitoring',
        approvalId: 'EX-2026-003',
        approver: 'CISO',
        approvedDate: '2026-04-01',
        expiry: '2026-09-30',
        source: { file: 'flows-english.csv', line: 6, text: '2001:db8:99::10,2001:db8:99::/64,icmpv6,,,IPv6 monitoring,EX-2026-003,CISO,2026-04-01,2026-09-30' },
      },
    ]);
  });

  it('reads a Shift_JIS (CP932) file with Japanese headers and 和暦 dates', () => {
    const bytes = fixture('flows-japanese-sjis.csv');
    // The fixture really is CP932: its first bytes are 送信元 in Shift_JIS.
    expect([...bytes.subarray(0, 6)]).toEqual([0x91, 0x97, 0x90, 0x4d, 0x8c, 0xb3]);
    const zones = [zone('職員室', 'koumu-internal'), zone('学習', 'learning'), zone('来客用', 'guest'), zone('インターネット', 'internet')];
    const { flows, diagnostics, encoding } = readFlowsCsv(bytes, 'flows-sjis.csv', zones);
    expect(diagnostics).toEqual([]);
    expect(encoding).toBe('shift_jis');
    expect(flows.map((f) => [f.id, f.from, f.to, f.protocol, f.dstPorts, f.macs, f.approvedDate, f.expiry])).toEqual([
      [
        '例外-2026-001',
        { kind: 'zone', zone: '学習' },
        { kind: 'prefix', address: '10.10.1.20', prefixLength: 32, family: 4 },
        6,
        [{ from: 445, to: 445 }],
        ['00:11:22:33:44:55', '00:11:22:33:44:66'],
        '2026-04-01',
        '2027-03-31',
      ],
      ['例外-2025-010', { kind: 'zone', zone: '職員室' }, { kind: 'zone', zone: 'インターネット' }, 6, [{ from: 80, to: 80 }, { from: 443, to: 443 }], [], '2025-04-01', '2026-03-31'],
      ['例外-2026-002', { kind: 'prefix', address: '10.10.5.0', prefixLength: 24, family: 4 }, { kind: 'zone', zone: '来客用' }, undefined, undefined, [], '2019-05-01', undefined],
    ]);
    expect(flows[0]!.reason).toBe('学習系の印刷サーバから校務ファイルサーバへ帳票を保存');
    expect(flows[0]!.approver).toBe('副教育長');
    expect(flows[2]!.source).toEqual({ file: 'flows-sjis.csv', line: 4, text: '10.10.5.0/24,来客用,ip,,,来客用無線の障害調査,例外-2026-002,情報政策課長,令和元年5月1日,' });
  });

  it('accepts the other header spellings', () => {
    const text = '接続元,接続先,proto,ポート番号,送信元MAC,目的,例外番号,許可者,許可日,期限\nmgmt,giga,tcp,22,,保守,EX-9,CISO,2026-04-01,2026-04-30\n';
    const { flows, diagnostics } = readFlowsCsv(Buffer.from(text, 'utf8'), 'flows.csv', ZONES);
    expect(diagnostics).toEqual([]);
    expect(flows.map((f) => [f.id, f.approver, f.expiry])).toEqual([['EX-9', 'CISO', '2026-04-30']]);
  });
});

describe('readFlowsCsv: values', () => {
  it('matches zone names ignoring width and stores them as zones.csv spells them', () => {
    const { flows, diagnostics } = read('ｇｉｇａ,２F職員室,tcp,445,,r,,,,\n');
    expect(diagnostics).toEqual([]);
    expect([flows[0]!.from, flows[0]!.to]).toEqual([{ kind: 'zone', zone: 'giga' }, { kind: 'zone', zone: '2F職員室' }]);
  });

  it('reads protocol words and numbers; ip and any mean every protocol', () => {
    const protocols = ['tcp', 'UDP', 'icmp', 'ip', 'any', '50', 'esp', 'gre', '0', '255'].map((p) => read(`giga,mgmt,${p},,,r,,,,\n`).flows[0]!.protocol);
    expect(protocols).toEqual([6, 17, 1, undefined, undefined, 50, 50, 47, 0, 255]);
  });

  it('sorts and merges port lists; empty ports mean any port', () => {
    const ports = (text: string) => read(`giga,mgmt,tcp,"${text}",,r,,,,\n`).flows[0]!.dstPorts;
    expect(ports('1024-65535')).toEqual([{ from: 1024, to: 65535 }]);
    expect(ports('443;80 8080,81')).toEqual([{ from: 80, to: 81 }, { from: 443, to: 443 }, { from: 8080, to: 8080 }]);
    expect(ports('1000-2000,1500-2500,2501')).toEqual([{ from: 1000, to: 2501 }]);
    expect(ports('１０２４〜２０４８')).toEqual([{ from: 1024, to: 2048 }]);
    expect(ports('')).toBeUndefined();
  });

  it('reads several MACs separated by spaces or ";" and drops repeats', () => {
    const flow = read('giga,mgmt,tcp,22,"0011.2233.4455; 00:11:22:33:44:66  001122334455",r,,,,\n').flows[0]!;
    expect(flow.macs).toEqual(['00:11:22:33:44:55', '00:11:22:33:44:66']);
  });

  it('warns about host bits in a prefix and reads the network', () => {
    const { flows, diagnostics } = read('10.10.3.4/24,mgmt,tcp,22,,r,,,,\n');
    expect(flows[0]!.from).toEqual({ kind: 'prefix', address: '10.10.3.0', prefixLength: 24, family: 4 });
    expect(diagnostics.map((d) => [d.level, d.line])).toEqual([['warning', 2]]);
    expect(diagnostics[0]!.reason).toContain('flows.csv:2, column from: "10.10.3.4/24" has host bits set; read as 10.10.3.0/24');
  });

  it('keeps the good rows of a file with bad ones, reporting each bad one on its line', () => {
    const { flows, diagnostics } = read('giga,mgmt,tcp,22,,ok,A,,,\ngiga,nowhere,tcp,22,,bad,B,,,\nmgmt,giga,udp,161,,ok,C,,,\n');
    expect(flows.map((f) => f.id)).toEqual(['A', 'C']);
    expect(diagnostics.map((d) => [d.level, d.line])).toEqual([['error', 3]]);
  });

  it('reports every problem of a row, not only the first', () => {
    const { diagnostics } = read('giga,nowhere,tcp,99999,zz,,,,,\n');
    expect(diagnostics.map((d) => /^flows\.csv:2, column [^:]+/.exec(d.reason)?.[0])).toEqual([
      'flows.csv:2, column to',
      'flows.csv:2, column ports',
      'flows.csv:2, column mac',
      'flows.csv:2, column reason',
    ]);
  });
});

describe('readFlowsCsv: errors name file, line and column', () => {
  // [case, row, start of the reason, detail (the underlying cause, after both halves)]
  const cases: [string, string, string, string?][] = [
    ['empty from', ',mgmt,tcp,22,,r,,,,', 'flows.csv:2, column from: from is empty'],
    ['empty to', 'giga,,tcp,22,,r,,,,', 'flows.csv:2, column to: to is empty'],
    ['bad address', '10.0.0.300,mgmt,tcp,22,,r,,,,', 'flows.csv:2, column from: "10.0.0.300" is not a valid address or prefix'],
    ['bad prefix length', 'giga,10.0.0.0/33,tcp,22,,r,,,,', 'flows.csv:2, column to: "10.0.0.0/33" is not a valid address or prefix'],
    ['unknown zone', 'giga,校務,tcp,22,,r,,,,', 'flows.csv:2, column to: zone "校務" is not defined in zones.csv'],
    ['empty protocol', 'giga,mgmt,,,,r,,,,', 'flows.csv:2, column protocol: protocol is empty'],
    ['bad protocol', 'giga,mgmt,http,,,r,,,,', 'flows.csv:2, column protocol: "http" is not a protocol'],
    ['protocol number too big', 'giga,mgmt,256,,,r,,,,', 'flows.csv:2, column protocol: "256" is not a protocol'],
    ['ports with icmp', 'giga,mgmt,icmp,8,,r,,,,', 'flows.csv:2, column ports, protocol: ports "8" do not apply to protocol 1'],
    ['ports with ip', 'giga,mgmt,ip,445,,r,,,,', 'flows.csv:2, column ports, protocol: ports "445" do not apply to ip (any protocol)'],
    ['bad port', 'giga,mgmt,tcp,65536,,r,,,,', 'flows.csv:2, column ports: "65536" is not a port list'],
    ['port word', 'giga,mgmt,tcp,https,,r,,,,', 'flows.csv:2, column ports: "https" is not a port list'],
    ['backwards range', 'giga,mgmt,tcp,2000-1000,,r,,,,', 'flows.csv:2, column ports: "2000-1000" is not a port list', '("2000-1000": range runs backwards'],
    ['bad MAC', 'giga,mgmt,tcp,22,0011.2233.44,r,,,,', 'flows.csv:2, column mac: "0011.2233.44" is not a MAC address'],
    ['empty reason', 'giga,mgmt,tcp,22,,,,,,', 'flows.csv:2, column reason: reason is empty'],
    ['bad approval date', 'giga,mgmt,tcp,22,,r,,,4/1,', 'flows.csv:2, column approved_date: "4/1" is not a date'],
    ['impossible date', 'giga,mgmt,tcp,22,,r,,,,2026-02-30', 'flows.csv:2, column expiry: "2026-02-30" is not a date', '("2026-02-30" is not a calendar date'],
    ['date outside the era', 'giga,mgmt,tcp,22,,r,,,R1.4.1,', 'flows.csv:2, column approved_date: "R1.4.1" is not a date', '("R1.4.1" (2019-04-01) is outside the 令和 era'],
    ['expiry before approval', 'giga,mgmt,tcp,22,,r,,,R8.4.1,2026-03-31', 'flows.csv:2, column expiry: expiry 2026-03-31 is before the approval date 2026-04-01'],
    ['mixed families', '10.0.0.1,2001:db8::1,tcp,22,,r,,,,', 'flows.csv:2, column from, to: from and to are of different address families'],
    ['icmp with IPv6', 'giga,2001:db8::1,icmp,,,r,,,,', 'flows.csv:2, column protocol: icmp is IPv4 ICMP; use icmpv6'],
    ['icmpv6 with IPv4', '10.0.0.1,mgmt,icmpv6,,,r,,,,', 'flows.csv:2, column protocol: icmpv6 does not apply to IPv4 addresses'],
  ];
  it.each(cases)('%s', (_name, row, expected, detail) => {
    const reason = onlyError(row);
    expect(reason.startsWith(expected)).toBe(true);
    expect(reason).toMatch(/ \/ .*[ぁ-んァ-ヶ一-龠]/); // the Japanese half
    if (detail !== undefined) expect(reason).toContain(detail);
  });

  it('says when no zones are defined at all', () => {
    expect(onlyError('giga,10.0.0.1,tcp,22,,r,,,,', [])).toMatch(/^flows\.csv:2, column from: zone "giga" cannot be checked: no zones are defined/);
  });

  it('names the column as the file spells it', () => {
    const text = '送信元,宛先,プロトコル,理由\ngiga,mgmt,tcp,\n';
    const { diagnostics } = readFlowsCsv(Buffer.from(text, 'utf8'), 'f.csv', ZONES);
    expect(diagnostics.map((d) => d.reason)).toEqual(['f.csv:2, column 理由 (reason): reason is empty; an approval needs its reason / 列 理由 (reason)（理由）が空です。承認には理由が必要です']);
  });

  it('reports missing required columns on the header line and reads no rows', () => {
    const { flows, diagnostics } = readFlowsCsv(Buffer.from('# register\nfrom,to,ports\ngiga,mgmt,22\n', 'utf8'), 'flows.csv', ZONES);
    expect(flows).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.level, d.reason.split(' / ')[0]])).toEqual([
      [2, 'error', 'flows.csv:2: missing column protocol'],
      [2, 'error', 'flows.csv:2: missing column reason'],
    ]);
  });

  it('passes on CSV-level errors with their line', () => {
    const { flows, diagnostics } = read('giga,mgmt,tcp,22,,r,,,\ngiga,mgmt,tcp,23,,r,,,,\n');
    expect(flows.map((f) => f.dstPorts)).toEqual([[{ from: 23, to: 23 }]]);
    expect(diagnostics.map((d) => [d.line, d.level])).toEqual([[2, 'error']]);
    expect(diagnostics[0]!.reason).toContain('flows.csv:2: row has 9 fields, the header has 10');
  });
});
