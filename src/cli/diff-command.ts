import type { Command } from 'commander';
import { inventoryErrors } from '../audit/run-audit.js';
import { runDiff } from '../diff/run-diff.js';
import { gateOf } from '../diff/change-gate.js';
import type { Severity, VendorId } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { diffToJson } from '../report/diff-json.js';
import { diffToMarkdown } from '../report/diff-markdown.js';
import { diffToText } from '../report/diff-text.js';
import type { ProfileId } from '../rules/types.js';
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
  profile?: string;
  output?: string;
  now?: string;
}

export function registerDiff(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('diff')
    .description('what does this change do? / 変更前後の差分: 新たに通る・止まる通信、設定の変更、検出の追加・解消')
    .argument('<before>', 'configs before the change (file or directory)')
    .argument('<after>', 'configs after the change (file or directory)')
    .option('--zones <file>', 'zones.csv for both sides (default: zones.csv beside each side)')
    .option('--config <file>', 'segaudit.json for both sides')
    .option('-f, --format <format>', 'text | json | md (change ticket)', 'text')
    .option('--fail-on <severity>', 'exit 1 when the change adds a failed finding at or above this severity (traffic newly opened into or out of koumu-internal without an approval always fails)', 'high')
    .option('--lang <lang>', 'ja | en', 'ja')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('--profile <profile>', 'policy profile: kagoshima | sorachi (default: segaudit.json, else kagoshima)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--now <datetime>', 'timestamp approvals are judged on (also SOURCE_DATE_EPOCH)')
    .action((before: string, after: string, flags: DiffFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json', 'md']);
      const failOn = checkChoice('--fail-on', flags.failOn, [...SEVERITIES, 'none']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const profile = flags.profile === undefined ? undefined : (checkChoice('--profile', flags.profile, ['kagoshima', 'sorachi']) as ProfileId);
      const now = reportTime(flags.now);
      const diff = runDiff([before], [after], {
        ...(flags.zones ? { zonesPath: flags.zones } : {}),
        ...(flags.config ? { configFile: flags.config } : {}),
        ...(vendor ? { vendor } : {}),
        ...(profile ? { profile } : {}),
        ...(now ? { now } : {}),
      });
      const gate = gateOf(diff, failOn === 'none' ? undefined : (failOn as Severity));
      const report =
        format === 'json'
          ? diffToJson(diff, gate)
          : format === 'md'
            ? diffToMarkdown(diff, gate, { before, after, ...(now ? { now } : {}) }, lang)
            : diffToText(diff, gate, lang);
      emit(io, report, flags.output);

      const errors = [...inventoryErrors(diff.before), ...inventoryErrors(diff.after)];
      if (errors.length > 0 || diff.before.network.devices.length === 0 || diff.after.network.devices.length === 0) {
        for (const d of errors) io.stderr(`segaudit: ${d.file}:${d.line}: ${d.reason}\n`);
        if (errors.length === 0) io.stderr('segaudit: one side has no config that could be audited / 監査できる設定ファイルがない側があります\n');
        setExit(EXIT_INPUT_ERROR);
        return;
      }
      setExit(gate.pass ? EXIT_OK : EXIT_FINDINGS);
    });
}
