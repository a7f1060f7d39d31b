import { resolve } from 'node:path';
import { AppError } from '../../contract/errors.ts';
import { listBackups, writeBackup } from '../../services/backups/backup-files.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up the database now (or list the backups)',
  usage: `Usage: npm run cli -- backup [--out <file.sqlite>] [--list] [--db <file>]

Writes a consistent copy of the database. Without --out it goes to the backups folder
beside the database, rotated with the automatic ones (the newest 10 plus one a day for a
week). With --out it is written to that file (completely, or not at all). --list prints
the backups in the folder, newest first.`,
  valueOptions: ['out'],
  flags: ['list'],
  run(args, io) {
    const context = openCliContext(args);
    try {
      if (args.options.list) {
        const all = listBackups(context.databasePath);
        if (all.length === 0) io.out('No backups yet.');
        for (const b of all) io.out(`${b.name}\t${b.createdAt}\t${b.reason}\t${b.size} bytes`);
        return 0;
      }
      if (typeof args.options.out === 'string') {
        writeBackup(context.db, resolve(args.options.out));
        io.out(`Wrote ${args.options.out}`);
        return 0;
      }
      if (args.options.out === true) throw new AppError('VALIDATION', '--out needs a file name.');
      io.out(`Wrote ${context.backup('manual').path}`);
      return 0;
    } finally {
      context.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore the database from a backup (the current state is backed up first)',
  usage: `Usage: npm run cli -- restore <backup.sqlite | backup name> [--db <file>]

Checks the backup (a sound database of this app, not from a newer version), backs up the
current database, then puts the backup in its place. Close the app first.`,
  run(args, io) {
    const [source] = args.positionals;
    if (!source) throw new AppError('VALIDATION', 'Name the backup to restore (a file, or a name from npm run cli -- backup --list).');
    const context = openCliContext(args);
    try {
      const known = listBackups(context.databasePath).some((b) => b.name === source);
      const result = context.restore(known ? source : resolve(source));
      io.out(`Restored ${result.restoredFrom}. The state before the restore was kept as ${result.safetyBackup}.`);
      return 0;
    } finally {
      context.close();
    }
  },
};
