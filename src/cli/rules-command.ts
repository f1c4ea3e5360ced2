import type { Command } from 'commander';
import { PROFILES, clauseRefs } from '../rules/profiles.js';
import { RULES } from '../rules/index.js';
import type { ProfileId } from '../rules/types.js';
import { pick, SEVERITY_LABEL, type Lang } from '../report/i18n.js';
import { rulesToMarkdown } from '../report/rules-markdown.js';
import { checkChoice } from './options.js';
import { emit, type Io } from './output.js';

interface RulesFlags {
  profile: string;
  format: string;
  lang: string;
}

export function registerRules(program: Command, io: Io): void {
  program
    .command('rules')
    .description('list the rule catalog with its policy clauses / ルール一覧')
    .option('--profile <profile>', 'kagoshima | sorachi', 'kagoshima')
    .option('-f, --format <format>', 'text | json | md (md: the rule reference, docs/rules.md)', 'text')
    .option('--lang <lang>', 'ja | en', 'ja')
    .action((flags: RulesFlags) => {
      const profile = checkChoice('--profile', flags.profile, ['kagoshima', 'sorachi']) as ProfileId;
      const format = checkChoice('--format', flags.format, ['text', 'json', 'md']);
      const lang = checkChoice('--lang', flags.lang, ['ja', 'en']) as Lang;
      const rules = [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
      if (format === 'md') {
        emit(io, rulesToMarkdown(RULES));
        return;
      }
      if (format === 'json') {
        emit(io, JSON.stringify(rules.map((r) => ({ ...r.meta, clauseRefs: clauseRefs(r.meta.clauses, profile) })), null, 2) + '\n');
        return;
      }
      const lines = [`${pick(PROFILES[profile].title, lang)}`, ''];
      for (const r of rules) {
        const clauses = clauseRefs(r.meta.clauses, profile).map((c) => c.clause).join(', ') || '-';
        lines.push(`${r.meta.id}  [${pick(SEVERITY_LABEL[r.meta.severity], lang)}]  ${pick(r.meta.title, lang)}`);
        lines.push(`        ${clauses}`);
      }
      emit(io, lines.join('\n') + '\n');
    });
}
