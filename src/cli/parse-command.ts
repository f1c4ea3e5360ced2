import type { Command } from 'commander';
import { loadNetwork } from '../input/load-network.js';
import type { VendorId } from '../model/index.js';
import { parseSummaryToText, summarizeParse } from '../report/parse-summary.js';
import { EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes.js';
import { checkChoice, vendorOption } from './options.js';
import { emit, type Io } from './output.js';

interface ParseFlags {
  summary?: boolean;
  format: string;
  vendor?: string;
  output?: string;
}

export function registerParse(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('parse')
    .description('parse configs and print the vendor-neutral model (secrets redacted) / 設定を解析しモデルを出力')
    .argument('<paths...>', 'config files or directories')
    .option('--summary', 'per file and vendor: lines, lines understood, diagnostics')
    .option('-f, --format <format>', 'text | json (the model itself is always JSON)', 'text')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action((paths: string[], flags: ParseFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json']);
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const network = loadNetwork(paths, vendor ? { vendor } : {});
      if (flags.summary) {
        const summary = summarizeParse(network);
        emit(io, format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : parseSummaryToText(summary), flags.output);
      } else {
        emit(io, JSON.stringify({ devices: network.devices, inputs: network.inputs, diagnostics: network.diagnostics }, null, 2) + '\n', flags.output);
      }
      setExit(network.devices.length > 0 ? EXIT_OK : EXIT_INPUT_ERROR);
    });
}
