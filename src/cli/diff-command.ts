import type { Command } from 'commander';
import { inventoryErrors } from '../audit/run-audit.js';
import { runDiff } from '../diff/run-diff.js';
import type { Severity, VendorId } from '../model/index.js';
import { SEVERITIES, severityRank } from '../model/index.js';
import { diffToJson, diffToText } from '../report/diff-report.js';
import type { Lang } from '../report/i18n.js';
import { EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes.js';
import { emit, reportTime, type Io } from './output.js';
import { checkChoice, vendorOption } from './options.js';

interface DiffFlags {
  zones?: string;
  config?: string;
  format: string;
  failOn: string;
  lang: string;
  vendor?: string;
  output?: string;
  now?: string;
}

export function registerDiff(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('diff')
    .description('what does this change do? / 変更前後の設定の差分（検出の追加・解消）')
    .argument('<before>', 'configs before the change (file or directory)')
    .argument('<after>', 'configs after the change (file or directory)')
    .option('--zones <file>', 'zones.csv for both sides (default: zones.csv beside each side)')
    .option('--config <file>', 'segaudit.json for both sides')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--fail-on <severity>', 'exit 1 when the change adds a failed finding at or above this severity', 'high')
    .option('--lang <lang>', 'ja | en', 'ja')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--now <datetime>', 'timestamp approvals are judged on (also SOURCE_DATE_EPOCH)')
    .action((before: string, after: string, flags: DiffFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json']);
      const failOn = checkChoice('--fail-on', flags.failOn, [...SEVERITIES, 'none']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const now = reportTime(flags.now);
      const diff = runDiff([before], [after], {
        ...(flags.zones ? { zonesPath: flags.zones } : {}),
        ...(flags.config ? { configFile: flags.config } : {}),
        ...(vendor ? { vendor } : {}),
        ...(now ? { now } : {}),
      });
      emit(io, format === 'json' ? diffToJson(diff) : diffToText(diff, lang), flags.output);

      const errors = [...inventoryErrors(diff.before), ...inventoryErrors(diff.after)];
      if (errors.length > 0 || diff.before.network.devices.length === 0 || diff.after.network.devices.length === 0) {
        for (const d of errors) io.stderr(`segaudit: ${d.file}:${d.line}: ${d.reason}\n`);
        if (errors.length === 0) io.stderr('segaudit: one side has no config that could be audited / 監査できる設定ファイルがない側があります\n');
        setExit(EXIT_INPUT_ERROR);
        return;
      }
      if (failOn === 'none') return setExit(EXIT_OK);
      const threshold = severityRank(failOn as Severity);
      const opened = diff.findings.added.some((f) => f.status === 'fail' && severityRank(f.severity) >= threshold);
      setExit(opened ? EXIT_FINDINGS : EXIT_OK);
    });
}
