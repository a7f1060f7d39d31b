/**
 * `npm run serve -- [--db <file>] [--port <n>]`: starts the browser host and prints the
 * URL (with this run's token) on a line of its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../cli/args.ts';
import { AppError } from '../contract/errors.ts';
import { openWithRecovery } from '../services/context.ts';
import { ensureDataFolder } from '../services/storage/data-folder.ts';
import { defaultDatabasePath } from '../services/storage/paths.ts';
import { startHttpHost } from './http-host.ts';

const HELP = `Usage: npm run serve -- [--db <file>] [--port <n>]

Starts CX Maturity Studio in your browser: the same app and API as the desktop window,
served on 127.0.0.1 only. Open the printed URL (it carries this run's access token).

  --db <file>   database file (default: the app's own database, ${defaultDatabasePath()})
  --port <n>    port to listen on (default: any free port)
  --help        show this help`;

async function main() {
  const { options } = parseArgs(process.argv.slice(2), ['db', 'port']);
  if (options.help) {
    console.log(HELP);
    return;
  }
  const databasePath = typeof options.db === 'string' ? options.db : ensureDataFolder(defaultDatabasePath());
  const port = typeof options.port === 'string' ? Number(options.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION', `--port must be a whole number from 0 to 65535 (got "${options.port}").`);
  }
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(staticDir)) {
    throw new AppError('STORAGE', 'The app has not been built: run "npm run build:renderer" first (npm run serve does it).');
  }
  const context = openWithRecovery({ databasePath, host: 'browser', backupOnStart: true });
  const recovery = (await context.dispatch('app.info', {})) as {
    ok: true;
    value: { recovery: { movedTo: string; restoredFrom: string | null } | null };
  };
  if (recovery.value.recovery) {
    const r = recovery.value.recovery;
    console.log(`The database was damaged. It was moved to ${r.movedTo} (nothing was deleted).`);
    console.log(
      r.restoredFrom
        ? `The newest good backup was restored: ${r.restoredFrom}.`
        : 'No good backup was found: the app starts with an empty database.',
    );
  }
  // A backup after each period of changes (every 5 minutes at most), rotated with the others.
  const timer = setInterval(
    () => {
      try {
        context.backupIfChanged();
      } catch (e) {
        console.error(`Backup failed: ${(e as Error).message}`);
      }
    },
    5 * 60 * 1000,
  );
  timer.unref();
  const host = await startHttpHost({ dispatch: context.dispatch, staticDir, port });
  console.log(`CX Maturity Studio is running. Database: ${databasePath}`);
  console.log('Open this address in your browser (Ctrl+C stops the server):');
  console.log(host.url);
  const stop = async () => {
    await host.close();
    context.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof AppError ? `Error: ${e.message}` : e);
  process.exit(1);
});
