/** Entry point of `npm run cli -- ...`. */
import { programName, runCli } from './run-cli.ts';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  programName(process.argv[1], process.env),
).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // Not an expected failure (those are one sentence, exit code 2): a bug, with its stack trace.
    console.error(e);
    process.exitCode = 1;
  },
);
