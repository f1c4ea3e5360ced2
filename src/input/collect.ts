import { readdirSync, statSync, realpathSync } from 'node:fs';
import { join, basename, relative } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';

/** Files that are never configs: inventory, docs, our own settings. */
export function isNonConfigFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (name.startsWith('.')) return true;
  if (/\.(csv|tsv|md|markdown|json|html|pdf|xlsx?|docx?|png|jpe?g|svg|sarif)$/.test(name)) return true;
  return /^(readme|license|licence|changelog)(\.|$)/.test(name);
}

export interface Collected {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Expand the given paths into config files, in a stable (sorted) order. Directories are walked
 * recursively; symlink loops and unreadable entries become diagnostics.
 */
export function collectConfigFiles(paths: string[]): Collected {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();

  const visit = (path: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      diagnostics.push(diagnostic(path, 0, '', `cannot read: ${(e as Error).message} / 読み込めません`, 'unreadable', 'error'));
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (e) {
        diagnostics.push(diagnostic(path, 0, '', `cannot list directory: ${(e as Error).message}`, 'unreadable', 'error'));
        return;
      }
      for (const entry of entries) {
        if (entry === 'node_modules' || entry === '.git') continue;
        visit(join(path, entry), false);
      }
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && isNonConfigFile(path)) return;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (seen.has(real)) {
      diagnostics.push(diagnostic(path, 0, '', 'same file given more than once; read once / 同じファイルが重複指定されています', 'duplicate-file', 'info'));
      return;
    }
    seen.add(real);
    files.push(path);
  };

  for (const p of paths) visit(p, true);
  return { files, diagnostics };
}

/** Path as shown in reports: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
