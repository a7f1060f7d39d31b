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

function mainHelp(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return `Usage: npm run cli -- <command> [options]

Commands:
${lines.join('\n')}

Every command takes --db <file> (default: the app's own database) and --help.`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    io.out(mainHelp());
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
      io.out(command.usage);
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof AppError) {
      io.err(`Error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
