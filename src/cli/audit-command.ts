import type { Command } from 'commander';
import { inventoryErrors, runAudit } from '../audit/run-audit.js';
import type { Severity, VendorId } from '../model/index.js';
import { SEVERITIES, severityRank } from '../model/index.js';
import { auditToJson } from '../report/json.js';
import { auditToText } from '../report/text.js';
import type { Lang } from '../report/i18n.js';
import type { ProfileId } from '../rules/types.js';
import { EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes.js';
import { emit, reportTime, type Io } from './output.js';
import { checkChoice, vendorOption } from './options.js';

interface AuditFlags {
  zones?: string;
  format: string;
  failOn: string;
  lang: string;
  vendor?: string;
  profile?: string;
  config?: string;
  output?: string;
  now?: string;
  color?: boolean;
}

export function registerAudit(program: Command, setExit: (code: number) => void, io: Io): void {
  program
    .command('audit')
    .description('audit configs against the policy / 設定をポリシーに照らして監査する')
    .argument('<paths...>', 'config files or directories (zones.csv beside them is found automatically)')
    .option('--zones <file>', 'zones.csv (default: zones.csv in the config directory)')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--fail-on <severity>', 'exit 1 when a failed finding is at or above this severity (critical|high|medium|low|info|none)', 'high')
    .option('--lang <lang>', 'ja | en (text output)', 'ja')
    .option('--vendor <vendor>', 'force the vendor instead of detecting it')
    .option('--profile <profile>', 'policy profile: kagoshima | sorachi (default: segaudit.json, else kagoshima)')
    .option('--config <file>', 'segaudit.json: profile, rules on/off and severities, thresholds, site facts (default: segaudit.json in the config directory)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--now <datetime>', 'timestamp for the report (also SOURCE_DATE_EPOCH), for reproducible output')
    .option('--no-color', 'no ANSI colours')
    .action((paths: string[], flags: AuditFlags) => {
      const format = checkChoice('--format', flags.format, ['text', 'json']);
      const failOn = checkChoice('--fail-on', flags.failOn, [...SEVERITIES, 'none']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const profile = flags.profile === undefined ? undefined : (checkChoice('--profile', flags.profile, ['kagoshima', 'sorachi']) as ProfileId);
      const vendor = vendorOption(flags.vendor) as VendorId | undefined;
      const generatedAt = reportTime(flags.now);

      const result = runAudit(paths, {
        ...(flags.zones ? { zonesPath: flags.zones } : {}),
        ...(vendor ? { vendor } : {}),
        ...(generatedAt ? { now: generatedAt } : {}),
        ...(profile ? { profile } : {}),
        ...(flags.config ? { configFile: flags.config } : {}),
      });

      const text =
        format === 'json'
          ? auditToJson(result, generatedAt)
          : auditToText(result, { lang, color: flags.color !== false && !flags.output && io.isTTY });
      emit(io, text, flags.output);

      const invErrors = inventoryErrors(result);
      if (invErrors.length > 0) {
        for (const d of invErrors) io.stderr(`segaudit: ${d.file}:${d.line}: ${d.reason}\n`);
        setExit(EXIT_INPUT_ERROR);
        return;
      }
      if (result.network.devices.length === 0) {
        io.stderr('segaudit: no config could be audited / 監査できる設定ファイルがありません\n');
        setExit(EXIT_INPUT_ERROR);
        return;
      }
      if (failOn === 'none') return setExit(EXIT_OK);
      const threshold = severityRank(failOn as Severity);
      const failing = result.findings.some((f) => f.status === 'fail' && severityRank(f.severity) >= threshold);
      setExit(failing ? EXIT_FINDINGS : EXIT_OK);
    });
}

