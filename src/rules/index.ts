import type { Rule } from './types.js';

/**
 * The rule catalog, in id order. Each rule lives in its own file under src/rules/<area>/.
 * Adding a rule: write the module, add it here, add test/rules/<id>.test.ts with pass and fail configs.
 */
export const RULES: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
