import { readFileSync } from 'node:fs';

export const TOOL_NAME = 'segaudit';

/** Read from package.json so there is one source of truth for the version. */
export const TOOL_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
