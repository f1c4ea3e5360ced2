import { writeFileSync } from 'node:fs';

/** Where the CLI writes; tests pass their own to capture output in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
};

/** Write to a file when given, else to stdout. */
export function emit(io: Io, text: string, outputPath?: string): void {
  if (outputPath) writeFileSync(outputPath, text);
  else io.stdout(text);
}

/** A timestamp for reports: --now, else SOURCE_DATE_EPOCH, else undefined (reports then carry none). */
export function reportTime(now?: string): string | undefined {
  if (now) {
    const d = new Date(now);
    if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${now}`);
    return d.toISOString();
  }
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return undefined;
}

export class UsageError extends Error {}
