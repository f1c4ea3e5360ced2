import type { Command } from 'commander';
import { inventoryErrors, loadAuditInputs, type AuditInputs } from '../audit/run-audit.js';
import type { VendorId } from '../model/index.js';
import type { Lang } from '../report/i18n.js';
import { matrixToJson, matrixToText } from '../report/matrix.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes.js';
import { checkChoice, vendorOption } from './options.js';
import { emit, type Io } from './output.js';

interface MatrixFlags {
  zones?: string;
  format: string;
  lang: string;
  vendor?: string;
  output?: string;
}

export function registerMatrix(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('matrix')
    .description('print the zone-to-zone traffic matrix / ゾーン間の通信マトリクスを出力する')
    .argument('<paths...>', 'config files or directories (zones.csv beside them is found automatically)')
    .option('--zones <file>', 'zones.csv (default: zones.csv in the config directory)')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'ja | en (text output)', 'ja')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action((paths: string[], flags: MatrixFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const inputs = loadAuditInputs(paths, { ...(flags.zones ? { zonesPath: flags.zones } : {}), ...(vendor ? { vendor } : {}) });
      if (!usable(inputs, io)) return setExit(EXIT_INPUT_ERROR);
      const reachability = inputs.analysis.reachability!;
      const text =
        format === 'json'
          ? JSON.stringify({ tool: { name: TOOL_NAME, version: TOOL_VERSION }, matrix: matrixToJson(reachability) }, null, 2) + '\n'
          : matrixToText(reachability, lang);
      emit(io, text, flags.output);
      setExit(EXIT_OK);
    });
}

/** Configs, inventory and zones good enough to compute the matrix; says on stderr what is missing. */
function usable(inputs: AuditInputs, io: Io): boolean {
  const errors = inventoryErrors(inputs);
  for (const d of errors) io.stderr(`segaudit: ${d.file}:${d.line}: ${d.reason}\n`);
  if (errors.length > 0) return false;
  if (inputs.network.devices.length === 0) {
    io.stderr('segaudit: no config could be read / 読み込める設定ファイルがありません\n');
    return false;
  }
  if (!inputs.zones.available) {
    io.stderr('segaudit: no zones.csv: zones are needed for this command (--zones) / zones.csv がありません（--zones で指定してください）\n');
    return false;
  }
  return true;
}
