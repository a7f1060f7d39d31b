/**
 * The child process of crash.test.ts: opens the database as the app does, makes sure the
 * crash-test assessment exists, adds one respondent, then saves answers as fast as it can.
 * Each line on stdout is written after the event it names, with a write(2) that has
 * returned before the writer goes on, so a line written is in the pipe and the parent will
 * read it even if this process is killed the next instant. (process.stdout.write is not
 * enough: when the pipe is full it queues the line inside the process, and a SIGKILL loses
 * it. The first version of this test did that and "found" saved answers nobody had
 * acknowledged.)
 *
 *   ready <assessmentId>              setup done
 *   resp <respondentId>               a respondent was added (the envelope came back ok)
 *   try <questionId> <respondentId> <level>   about to save this answer
 *   ack <questionId> <respondentId> <level>   the save was acknowledged (envelope ok)
 *
 * It loads first and waits for a line "go" on stdin before it opens the database: the parent
 * starts the next writer while the current one runs (loading the app takes about a second,
 * most of a run's cost), but only lets it touch the database once the previous run was
 * killed and checked. When stdin closes before "go" (the parent went away), it exits.
 *
 * Usage: tsx test/robustness/answer-writer.ts <db-path> <seed>
 */
import { writeSync } from 'node:fs';
import { openAppContext } from '../../electron/services/context.ts';
import { random } from '../support/synthetic-assessment.ts';

const [dbPath, seedText = '1'] = process.argv.slice(2);
if (!dbPath) {
  process.stderr.write('usage: answer-writer.ts <db-path> <seed>\n');
  process.exit(2);
}
const seed = Number(seedText);
const rand = random(seed);
const TITLE = 'Crash test';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes the whole line to fd 1 before returning; waits while the pipe is full (fd 1 may be non-blocking). */
function line(text: string) {
  const bytes = Buffer.from(`${text}\n`, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

async function ok<T>(context: ReturnType<typeof openAppContext>, method: string, input: unknown): Promise<T> {
  const result = await context.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    let buffered = '';
    let started = false;
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      buffered += chunk;
      if (!started && buffered.includes('go\n')) {
        started = true;
        resolve();
      }
    });
    process.stdin.on('end', () => {
      if (!started) process.exit(0);
    });
  });
}

async function main() {
  await waitForGo();
  const context = openAppContext({ databasePath: dbPath as string, host: 'browser', version: '0.0.0-crash' });
  const existing = (await ok<{ id: string; title: string }[]>(context, 'assessments.list', {})).find((a) => a.title === TITLE);
  const assessmentId =
    existing?.id ??
    (
      await ok<{ id: string }>(context, 'assessments.create', {
        clientName: 'Crash Ltd',
        title: TITLE,
        language: 'en',
        assessorName: '',
        assessorFirm: '',
      })
    ).id;
  const questionIds = context.services.frameworks
    .builtIn()
    .sections.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));

  // One new respondent per run, so that respondents are created under the same threat.
  const added = await ok<{ id: string }>(context, 'respondents.add', {
    assessmentId,
    name: `Respondent ${seed}`,
    role: 'Team lead',
    kind: 'interviewee',
  });
  line(`resp ${added.id}`);
  const workspace = await ok<{ respondents: { id: string; deletedAt: string | null }[] }>(context, 'capture.get', { assessmentId });
  // A few respondents per run (a different subset each run), so that keys are rewritten often.
  const all = workspace.respondents.filter((r) => !r.deletedAt).map((r) => r.id);
  const respondentIds = all.filter(() => rand() < 0.5).concat(added.id);
  line(`ready ${assessmentId}`);

  for (;;) {
    const questionId = questionIds[Math.floor(rand() * questionIds.length)] as string;
    const respondentId = respondentIds[Math.floor(rand() * respondentIds.length)] as string;
    const level = 1 + Math.floor(rand() * 5);
    line(`try ${questionId} ${respondentId} ${level}`);
    const result = await context.dispatch('answers.set', { assessmentId, questionId, respondentId, level });
    if (!result.ok) throw new Error(`answers.set: ${result.error.code} ${result.error.message}`);
    line(`ack ${questionId} ${respondentId} ${level}`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
