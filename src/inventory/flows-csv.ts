import type { ApprovedFlow, Diagnostic, FlowEndpoint, PortRange, Zone } from '../model/index.js';
import { normalizeMac } from '../net/mac.js';
import { formatPrefix, formatPrefixAddress, hasHostBits, parsePrefix, prefixNetwork } from '../net/prefix.js';
import { ICMP, ICMPV6, parsePortList, parseProtocol, protocolHasPorts } from './flow-protocol.js';
import type { ColumnAliases, CsvRow } from './read-csv.js';
import { readCsv } from './read-csv.js';
import { readDateCell } from './date-cell.js';
import type { RowReporter } from './row-reporter.js';
import { cell, hasRequiredColumns, rowReporter } from './row-reporter.js';
import type { ZoneLookup } from './zone-lookup.js';
import { unknownZoneMessage, zoneLookup } from './zone-lookup.js';

/**
 * flows.csv, the approved-flow and 例外措置 register: one row is one approved flow from a zone, prefix
 * or host to another, with the approval that allows it (対策基準 第2章 3(1)ア, 7(4)).
 */
export const FLOWS_COLUMNS: ColumnAliases = {
  from: ['送信元', '接続元', '通信元', 'source', 'src'],
  to: ['宛先', '接続先', '通信先', 'destination', 'dst'],
  protocol: ['プロトコル', 'proto'],
  ports: ['ポート', 'ポート番号', '宛先ポート', 'port', 'dst port', 'destination port'],
  mac: ['MACアドレス', 'MAC', '送信元MAC', 'mac address', 'macs'],
  reason: ['理由', '目的', '用途', 'purpose'],
  approval_id: ['承認番号', '例外番号', '許可番号', 'approval', 'exception id'],
  approver: ['承認者', '許可者'],
  approved_date: ['承認日', '許可日', 'approved', 'approval date'],
  expiry: ['有効期限', '期限', 'expires', 'expiry date', 'expiration'],
};

export interface FlowsCsvResult {
  flows: ApprovedFlow[];
  diagnostics: Diagnostic[];
  encoding: string;
}

/**
 * Read flows.csv. Zone endpoints must name a zone of `zones` (the zones.csv of the same run); they
 * are stored as zones.csv spells them. A row with any error approves nothing.
 */
export function readFlowsCsv(bytes: Uint8Array, file: string, zones: readonly Zone[]): FlowsCsvResult {
  const table = readCsv(bytes, file, FLOWS_COLUMNS);
  const diagnostics = [...table.diagnostics];
  const result: FlowsCsvResult = { flows: [], diagnostics, encoding: table.encoding };
  if (table.headerLine === 0 || !hasRequiredColumns(table, file, diagnostics, ['from', 'to', 'protocol', 'reason'])) return result;

  const findZone = zoneLookup(zones);
  for (const row of table.rows) {
    const report = rowReporter(table, file, row, diagnostics);
    const endpoint = (column: 'from' | 'to') => readEndpoint(column, row, report, findZone, zones);
    const from = endpoint('from');
    const to = endpoint('to');
    const protocol = readProtocol(row, report);
    const dstPorts = protocol === undefined ? undefined : readPorts(row, report, protocol);
    const macs = readMacs(row, report);
    const reason = cell(row, 'reason');
    if (reason === '') report.error(['reason'], 'reason is empty; an approval needs its reason', (l) => `列 ${l}（理由）が空です。承認には理由が必要です`);
    const approvedDate = readDateCell(row, report, 'approved_date');
    const expiry = readDateCell(row, report, 'expiry');
    if (approvedDate !== undefined && expiry !== undefined && expiry < approvedDate) {
      report.error(['expiry'], `expiry ${expiry} is before the approval date ${approvedDate}`, (l) => `列 ${l} の有効期限 ${expiry} が承認日 ${approvedDate} より前です`);
    }
    if (from !== undefined && to !== undefined && protocol !== undefined) checkFamilies(from, to, protocol, report);
    if (!report.ok() || from === undefined || to === undefined || protocol === undefined) continue;

    const approvalId = cell(row, 'approval_id');
    const approver = cell(row, 'approver');
    const flow: ApprovedFlow = {
      id: approvalId !== '' ? approvalId : `row ${row.line}`,
      from,
      to,
      macs,
      reason,
      source: { file, line: row.line, text: row.text },
    };
    if (protocol !== 'any') flow.protocol = protocol;
    if (dstPorts !== undefined) flow.dstPorts = dstPorts;
    if (approvalId !== '') flow.approvalId = approvalId;
    if (approver !== '') flow.approver = approver;
    if (approvedDate !== undefined) flow.approvedDate = approvedDate;
    if (expiry !== undefined) flow.expiry = expiry;
    result.flows.push(flow);
  }
  // CSV syntax problems were found first; report everything in file order (sort is stable).
  diagnostics.sort((a, b) => a.line - b.line);
  return result;
}

/** Text that can only have been meant as an address: hex digits, dots, colons, a slash and a length. */
const ADDRESS_LIKE = /^[0-9a-f:./\s]+$/i;

/** A prefix or host first; else a zone of zones.csv (zone names may start with digits, e.g. `2F職員室`). */
function readEndpoint(column: 'from' | 'to', row: CsvRow, report: RowReporter, findZone: ZoneLookup, zones: readonly Zone[]): FlowEndpoint | undefined {
  const text = cell(row, column);
  if (text === '') {
    report.error([column], `${column} is empty; give a zone name, CIDR or host address`, (l) => `列 ${l} が空です（ゾーン名・CIDR・ホストアドレスのいずれかを指定してください）`);
    return undefined;
  }
  const parsed = parsePrefix(text);
  if (!('error' in parsed)) {
    const network = prefixNetwork(parsed);
    if (hasHostBits(parsed)) {
      report.warning([column], `"${text}" has host bits set; read as ${formatPrefix(network)}`, (l) => `列 ${l} の値「${text}」にホスト部があります（${formatPrefix(network)} として扱います）`);
    }
    return { kind: 'prefix', address: formatPrefixAddress(network), prefixLength: network.length, family: network.family };
  }
  const zone = findZone(text);
  if (zone !== undefined) return { kind: 'zone', zone };
  if (ADDRESS_LIKE.test(text) && /[.:]/.test(text)) {
    report.error([column], `"${text}" is not a valid address or prefix`, (l) => `列 ${l} の値「${text}」はアドレスとして不正です`, parsed.error);
    return undefined;
  }
  const message = unknownZoneMessage(text, zones);
  report.error([column], message.en, message.ja);
  return undefined;
}

function readProtocol(row: CsvRow, report: RowReporter): number | 'any' | undefined {
  const text = cell(row, 'protocol');
  if (text === '') {
    report.error(['protocol'], 'protocol is empty; write ip (or any) for every protocol', (l) => `列 ${l} が空です（全プロトコルの場合は ip または any と書いてください）`);
    return undefined;
  }
  const protocol = parseProtocol(text);
  if (typeof protocol === 'object') {
    report.error(['protocol'], `"${text}" is not a protocol`, (l) => `列 ${l} の値「${text}」が不正です`, protocol.error);
    return undefined;
  }
  return protocol;
}

/** Empty = any port. Ports only go with tcp and udp. */
function readPorts(row: CsvRow, report: RowReporter, protocol: number | 'any'): PortRange[] | undefined {
  const text = cell(row, 'ports');
  if (text === '') return undefined;
  if (!protocolHasPorts(protocol)) {
    const name = protocol === 'any' ? 'ip (any protocol)' : `protocol ${protocol}`;
    report.error(['ports', 'protocol'], `ports "${text}" do not apply to ${name}; ports need tcp or udp`, (l) => `列 ${l}: ポート「${text}」は tcp または udp でのみ指定できます`);
    return undefined;
  }
  const ports = parsePortList(text);
  if ('error' in ports) {
    report.error(['ports'], `"${text}" is not a port list`, (l) => `列 ${l} の値「${text}」が不正です`, ports.error);
    return undefined;
  }
  return ports;
}

/** One or several MACs separated by spaces or `;` (`,` too, as Excel users write lists). */
function readMacs(row: CsvRow, report: RowReporter): string[] {
  const macs: string[] = [];
  for (const item of cell(row, 'mac').split(/[\s;,]+/).filter((m) => m !== '')) {
    const mac = normalizeMac(item);
    if (mac === undefined) {
      report.error(['mac'], `"${item}" is not a MAC address`, (l) => `列 ${l} の値「${item}」は MAC アドレスとして不正です`);
    } else if (!macs.includes(mac)) {
      macs.push(mac);
    }
  }
  return macs;
}

/** No packet goes from IPv4 to IPv6, and ICMP has one number per family. */
function checkFamilies(from: FlowEndpoint, to: FlowEndpoint, protocol: number | 'any', report: RowReporter): void {
  const families = [from, to].flatMap((e) => (e.kind === 'prefix' ? [e.family] : []));
  if (families.length === 2 && families[0] !== families[1]) {
    report.error(['from', 'to'], 'from and to are of different address families (IPv4 and IPv6)', (l) => `列 ${l} のアドレスファミリ（IPv4 と IPv6）が異なります`);
    return;
  }
  if (protocol === ICMP && families.includes(6)) {
    report.error(['protocol'], 'icmp is IPv4 ICMP; use icmpv6 for IPv6 addresses', (l) => `列 ${l}: icmp は IPv4 用です。IPv6 アドレスには icmpv6 を指定してください`);
  } else if (protocol === ICMPV6 && families.includes(4)) {
    report.error(['protocol'], 'icmpv6 does not apply to IPv4 addresses; use icmp', (l) => `列 ${l}: icmpv6 は IPv4 アドレスには使えません。icmp を指定してください`);
  }
}
