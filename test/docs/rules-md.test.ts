// docs/rules.md is generated from the rule modules; this keeps the committed copy in sync.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesToMarkdown } from '../../src/report/rules-markdown.js';
import { RULES } from '../../src/rules/index.js';

it('docs/rules.md matches the rule catalog (regenerate: npx segaudit rules --format md > docs/rules.md)', () => {
  const committed = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  expect(committed).toBe(rulesToMarkdown(RULES));
});
