import type { Command } from 'commander';
import { packetText, traceLines } from '../analysis/reachability/describe-trace.js';
import { flowLabel } from '../analysis/reachability/flow-label.js';
import { runQuery, type QueryAnswer, type QueryRequest } from '../analysis/reachability/query.js';
import { inventoryErrors, loadAuditInputs } from '../audit/run-audit.js';
import { parseProtocol } from '../inventory/flow-protocol.js';
import type { VendorId } from '../model/index.js';
import type { Lang } from '../report/i18n.js';
import { traceToJson } from '../report/matrix.js';
import { EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes.js';
import { checkChoice, vendorOption } from './options.js';
import { emit, type Io, UsageError } from './output.js';

interface QueryFlags {
  from: string;
  to: string;
  proto?: string;
  port?: string;
  zones?: string;
  format: string;
  lang: string;
  vendor?: string;
  output?: string;
}

/** Protocols whose packets carry ports (fields.ts): tcp, udp, sctp. */
const PORT_PROTOCOLS = [6, 17, 132];

export function registerQuery(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('query')
    .description('is this traffic allowed, along which path, decided by which lines? / この通信は通るか（経路と判定した行）')
    .argument('<paths...>', 'config files or directories (zones.csv beside them is found automatically)')
    .requiredOption('--from <zone|ip|cidr>', 'source: a zone of zones.csv, an address or a prefix')
    .requiredOption('--to <zone|ip|cidr>', 'destination: a zone of zones.csv, an address or a prefix')
    .option('--proto <protocol>', 'tcp | udp | icmp | a protocol number (default: any)')
    .option('--port <port>', 'destination port (with --proto tcp or udp)')
    .option('--zones <file>', 'zones.csv (default: zones.csv in the config directory)')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'ja | en (text output)', 'ja')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action((paths: string[], flags: QueryFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const request = queryRequest(flags);

      const inputs = loadAuditInputs(paths, { ...(flags.zones ? { zonesPath: flags.zones } : {}), ...(vendor ? { vendor } : {}) });
      const errors = inventoryErrors(inputs);
      for (const d of errors) io.stderr(`segaudit: ${d.file}:${d.line}: ${d.reason}\n`);
      if (errors.length > 0) return setExit(EXIT_INPUT_ERROR);
      if (inputs.network.devices.length === 0) {
        io.stderr('segaudit: no config could be read / 読み込める設定ファイルがありません\n');
        return setExit(EXIT_INPUT_ERROR);
      }
      const { analysis } = inputs;
      const answer = runQuery(analysis.model, inputs.zones, analysis.reachability, request);
      if ('error' in answer) {
        io.stderr(`segaudit: ${answer.error.en} / ${answer.error.ja}\n`);
        return setExit(EXIT_INPUT_ERROR);
      }
      emit(io, format === 'json' ? answerToJson(answer, request) : answerToText(answer, request, lang), flags.output);
      setExit(answer.allowed ? EXIT_OK : EXIT_FINDINGS);
    });
}

function queryRequest(flags: QueryFlags): QueryRequest {
  const request: QueryRequest = { from: flags.from, to: flags.to };
  if (flags.proto !== undefined) {
    const protocol = parseProtocol(flags.proto);
    if (typeof protocol === 'object') throw new UsageError(`--proto: ${protocol.error}`);
    if (protocol !== 'any') request.protocol = protocol;
  }
  if (flags.port !== undefined) {
    if (!/^[0-9]+$/.test(flags.port) || Number(flags.port) > 65535) throw new UsageError(`--port: "${flags.port}" is not a port 0–65535 / ポート番号が不正です`);
    if (request.protocol === undefined || !PORT_PROTOCOLS.includes(request.protocol)) {
      throw new UsageError('--port needs --proto tcp or udp / --port には --proto tcp か udp が必要です');
    }
    request.port = Number(flags.port);
  }
  return request;
}

function questionText(answer: QueryAnswer, request: QueryRequest): string {
  const protocol = request.protocol === undefined ? 'ip' : `${request.protocol === 6 ? 'tcp' : request.protocol === 17 ? 'udp' : request.protocol === 1 ? 'icmp' : `proto ${request.protocol}`}`;
  return `${answer.from.label} → ${answer.to.label} ${protocol}${request.port === undefined ? '' : `/${request.port}`}`;
}

function answerToText(answer: QueryAnswer, request: QueryRequest, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const verdict = answer.allowed ? t('許可（allowed）', 'allowed') : t('拒否（denied）', 'denied');
  const out = [`${verdict}: ${questionText(answer, request)}`];
  if (answer.allowed) {
    out.push('', t('通る通信:', 'Permitted:'));
    for (const c of answer.summary.classes) out.push(`  ${flowLabel(c)}`);
    if (answer.summary.omitted > 0) out.push(t(`  …ほか ${answer.summary.omitted} 種類`, `  … and ${answer.summary.omitted} more classes`));
  } else {
    out.push('', t('通る通信はありません。例のパケットが止まる場所:', 'Nothing gets through. Where an example packet stops:'));
  }
  for (const trace of answer.traces) {
    out.push('', `${t('例', 'e.g.')} ${packetText(trace.packet)}`, ...traceLines(trace, lang, '  '));
  }
  return out.join('\n') + '\n';
}

function answerToJson(answer: QueryAnswer, request: QueryRequest): string {
  const doc = {
    query: { from: answer.from.label, to: answer.to.label, protocol: request.protocol ?? null, port: request.port ?? null },
    allowed: answer.allowed,
    permitted: answer.summary.classes.map((c) => ({ text: flowLabel(c), flowClass: { ...c } })),
    omitted: answer.summary.omitted,
    starts: answer.starts.map((l3) => ({ device: l3.device.hostname, interface: l3.interface.name })),
    traces: answer.traces.map((trace) => ({ packet: trace.packet, ...traceToJson(trace) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
