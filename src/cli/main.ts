import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { registerAudit } from './audit-command.js';
import { registerDiff } from './diff-command.js';
import { EXIT_INPUT_ERROR } from './exit-codes.js';
import { processIo, UsageError, type Io } from './output.js';
import { registerMatrix } from './matrix-command.js';
import { registerParse } from './parse-command.js';
import { registerQuery } from './query-command.js';
import { registerRules } from './rules-command.js';

/**
 * Run the CLI and return its exit code: 0 ok, 1 findings at/above --fail-on, 2 usage/input error.
 * `argv` is in node form (argv[0] node, argv[1] script).
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command();
  program
    .name('segaudit')
    .description('Audit school network configs against the information security policy / 学校ネットワーク設定監査')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerAudit(program, setExit, io);
  registerParse(program, setExit, io);
  registerRules(program, io);
  registerMatrix(program, setExit, io);
  registerQuery(program, setExit, io);
  registerDiff(program, setExit, io);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    // --help and --version end through here with exit code 0.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_INPUT_ERROR;
    if (e instanceof UsageError) {
      io.stderr(`segaudit: ${e.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    io.stderr(`segaudit: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT_INPUT_ERROR;
  }
  return exitCode;
}

/** Entry point of bin/segaudit. */
export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv);
}
