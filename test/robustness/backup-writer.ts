/**
 * The child process of disk.test.ts for a backup that fails halfway: opens the database,
 * then limits the size of any file it writes (RLIMIT_FSIZE, with util-linux prlimit, set on
 * itself only after everything is loaded) and writes a backup bigger than the limit with
 * writeBackup. The write then fails in the middle of VACUUM INTO, as on a disk that fills
 * up while the backup is written (the error SQLite sees is EFBIG, "disk I/O error", not
 * ENOSPC). Prints one JSON line: { ok: true } or { ok: false, name, code, message }.
 *
 * Usage: tsx test/robustness/backup-writer.ts <db-path> <backup-path> <limit-bytes>
 */
import { spawnSync } from 'node:child_process';
import { writeBackup } from '../../electron/services/backups/backup-files.ts';
import { openAppContext } from '../../electron/services/context.ts';

// Past the limit the kernel sends SIGXFSZ, which ends the process unless handled; handled,
// the write fails with EFBIG instead.
process.on('SIGXFSZ', () => {});

const [dbPath, backupPath, limit] = process.argv.slice(2);
const context = openAppContext({ databasePath: dbPath as string, host: 'browser', version: '0.0.0-test' });
const set = spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${limit}:${limit}`], { encoding: 'utf8' });
if (set.status !== 0) {
  process.stdout.write(`${JSON.stringify({ ok: false, name: 'setup', message: `prlimit failed: ${set.stderr || set.error}` })}\n`);
  process.exit(3);
}
try {
  writeBackup(context.db, backupPath as string);
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (e) {
  const error = e as Error & { code?: string };
  process.stdout.write(`${JSON.stringify({ ok: false, name: error.name, code: error.code, message: error.message })}\n`);
}
// Nothing was written to the database itself, so closing it needs no write past the limit.
context.close();
