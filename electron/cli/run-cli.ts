/** Dispatches `npm run cli -- <command> ...` to a command; every command answers --help. */
import { AppError } from '../contract/errors.ts';
import { parseArgs } from './args.ts';
import type { CliIo, Command } from './command.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { exportCommand } from './commands/export.ts';
import { frameworkCommand } from './commands/framework.ts';
import { importCommand } from './commands/import.ts';
import { listCommand } from './commands/list.ts';
import { reportCommand } from './commands/report.ts';
import { scoresCommand } from './commands/scores.ts';

export const COMMANDS: readonly Command[] = [
  listCommand,
  importCommand,
  exportCommand,
  scoresCommand,
  reportCommand,
  frameworkCommand,
  backupCommand,
  restoreCommand,
];

/** How the help names the CLI when it cannot tell how it was run. */
export const DEFAULT_PROGRAM = 'npm run cli --';

/**
 * The way the CLI was run, for its help and messages: `npm run cli --` through npm,
 * `cx-maturity` through a launcher of that name, otherwise `node <the script as given>`.
 */
export function programName(argv1: string | undefined, env: NodeJS.ProcessEnv): string {
  if (env.npm_lifecycle_event === 'cli') return DEFAULT_PROGRAM;
  if (!argv1) return DEFAULT_PROGRAM;
  const base = argv1.split(/[\\/]/).pop() ?? '';
  if (/^cx-maturity(\.(cmd|exe|sh))?$/i.test(base)) return 'cx-maturity';
  if (/\.(ts|js|cjs|mjs)$/.test(base)) {
    const relative = argv1.startsWith(`${process.cwd()}/`) ? argv1.slice(process.cwd().length + 1) : argv1;
    return `node ${relative.includes(' ') ? `"${relative}"` : relative}`;
  }
  return DEFAULT_PROGRAM;
}

function mainHelp(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return `Usage: npm run cli -- <command> [options]

Commands:
${lines.join('\n')}

Every command takes --db <file> (default: the app's own database) and --help.`;
}

export async function runCli(argv: string[], cliIo: CliIo, program = DEFAULT_PROGRAM): Promise<number> {
  // Help and messages name the CLI the way it was run (the texts say npm run cli --).
  const named = (line: string) => (program === DEFAULT_PROGRAM ? line : line.split(DEFAULT_PROGRAM).join(program));
  const io: CliIo = { out: cliIo.out, err: (line) => cliIo.err(named(line)) };
  const help = (text: string) => cliIo.out(named(text));
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    help(mainHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, ['db', ...(command.valueOptions ?? [])]);
    if (args.options.help || args.options.h) {
      help(command.usage);
      return 0;
    }
    const known = ['db', 'help', 'h', ...(command.valueOptions ?? []), ...(command.flags ?? [])];
    const unknown = Object.keys(args.options).filter((o) => !known.includes(o));
    if (unknown.length > 0) {
      const list = unknown.map((o) => `--${o}`).join(', ');
      throw new AppError('VALIDATION', `${command.name} does not know ${list}: see ${DEFAULT_PROGRAM} ${command.name} --help.`);
    }
    return await command.run(args, io);
  } catch (e) {
    const sentence = expectedFailure(e);
    if (sentence === null) throw e;
    io.err(`Error: ${sentence}`);
    return 2;
  }
}

/**
 * The sentence for a failure a person can act on (exit code 2, no stack trace): the app's own
 * errors, a database that is busy, read-only or damaged, a file that is missing or refused.
 * Anything else is a bug and keeps its stack trace (exit code 1).
 */
export function expectedFailure(e: unknown): string | null {
  if (e instanceof AppError) return e.message;
  const { code, message, path } = (e ?? {}) as { code?: unknown; message?: unknown; path?: unknown };
  const where = typeof path === 'string' ? ` (${path})` : '';
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'The database is in use by another program (is the app open on it?): close it and try again.';
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
      return 'The database cannot be opened for writing: check that the file and its folder may be written, or give another one with --db <file>.';
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return 'The database is damaged: open the app to move it aside and restore the newest good backup, or give another one with --db <file>.';
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return 'The disk is full: free some space and try again.';
    case 'ENOENT':
      return `A file or folder does not exist${where}: check the path.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `A file or folder may not be written or read${where}: check its permissions, or choose another place.`;
    case 'EISDIR':
      return `A folder was given where a file is expected${where}.`;
    case 'ENOTDIR':
      return `A file was given where a folder is expected${where}.`;
    default:
      return typeof code === 'string' && code.startsWith('SQLITE_') && typeof message === 'string'
        ? `The database could not be used (${message}): try again, or give another one with --db <file>.`
        : null;
  }
}
