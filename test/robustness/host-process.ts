/**
 * A child process of two-processes.test.ts: a browser host on the given database, as
 * `npm run serve` runs it. Prints "url <url> <token>" once it listens; stops when stdin closes.
 *
 * Usage: tsx test/robustness/host-process.ts <db-path>
 */
import { startHttpHost } from '../../electron/server/http-host.ts';
import { openAppContext } from '../../electron/services/context.ts';

const [dbPath] = process.argv.slice(2);
if (!dbPath) {
  process.stderr.write('usage: host-process.ts <db-path>\n');
  process.exit(2);
}
const context = openAppContext({ databasePath: dbPath, host: 'browser' });
const host = await startHttpHost({ dispatch: context.dispatch, staticDir: import.meta.dirname });
process.stdout.write(`url ${host.origin} ${host.token}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await host.close();
  context.close();
  process.exit(0);
});
