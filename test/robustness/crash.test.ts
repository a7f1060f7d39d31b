/**
 * Crash test: a writer process (answer-writer.ts, run with the project's tsx) saves answers
 * as fast as it can through context.dispatch('answers.set', ...) and says "ack" after each
 * save that came back ok; it is killed with SIGKILL at a random moment, 50 times on the same
 * database file. After each kill the database is opened as the app opens it on start, must
 * pass PRAGMA integrity_check, and must hold every acknowledged answer with its last
 * acknowledged level, across all the runs so far.
 *
 * What may differ from the acknowledged level, and why: the writer is sequential (say
 * "try", save, say "ack", next), so at the moment of the kill at most ONE save is in flight:
 * the last "try" with no "ack" after it. That save may have committed (the kill came after
 * COMMIT but before the "ack" line was written) or not. So for the key of that in-flight
 * save, the database may hold either the level acknowledged before it (or nothing, when the
 * key was never saved) or the in-flight level; for every other key only the last
 * acknowledged level is acceptable. Nothing else: no older level, no phantom answer. Once
 * a check has seen what the database holds, that is what the next run builds on: a commit
 * seen after a restart must stay (a kill is a process crash, not a power cut, so
 * synchronous=NORMAL must not lose it).
 *
 * tsx runs the script in a child process of its own CLI process, and SIGKILL cannot be
 * relayed: killing only the CLI's pid leaves the writer running (checked by hand). So each
 * writer is spawned in its own process group (detached) and the whole group is killed.
 *
 * Loading the app in a fresh process takes about a second, more than a run itself, so the
 * next two writers are started (and load) while the current one runs; each only opens the
 * database when told "go", after the previous run was killed and checked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/services/context.ts';
import { random } from '../support/synthetic-assessment.ts';
import { tempDbPath } from '../support/temp-db.ts';

// 25 kills at random moments cover every phase of a write (about 15 s here, 50 took about
// 100 s on two busy cores); CXMS_CRASH_RUNS=200 for a longer run before a release.
const RUNS = Number(process.env.CXMS_CRASH_RUNS ?? 25);
const MIN_DELAY_MS = 30;
const MAX_DELAY_MS = 400;
/** Writers loading ahead of the one that writes (each takes about a second of CPU to load). */
const LOOKAHEAD = 2;
/** How long a writer may take to load, open the database and acknowledge its first save. */
const FIRST_ACK_TIMEOUT_MS = 30_000;

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const script = fileURLToPath(new URL('./answer-writer.ts', import.meta.url));

interface Writer {
  child: ChildProcess;
  lines: string[];
  stderr: string[];
  firstAck: Promise<void>;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

function startWriter(databasePath: string, seed: number): Writer {
  const child = spawn(process.execPath, [tsxCli, script, databasePath, String(seed)], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  started.push(child);
  const lines: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  let ackSeen: () => void = () => {};
  const firstAck = new Promise<void>((resolve) => {
    ackSeen = resolve;
  });
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const l of parts) {
      lines.push(l);
      if (l.startsWith('ack ')) ackSeen();
    }
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => stderr.push(chunk));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      // A line cut by the kill has no newline: it was not completely written, so it does not count.
      resolve({ code, signal });
    });
  });
  return { child, lines, stderr, firstAck, closed };
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ABSENT = 'absent';
type Observed = number | null | typeof ABSENT;

afterAll(() => {
  // Writers still loading (or any left behind by a failure): stop them, and only them.
  for (const child of started) killGroup(child);
});

describe('crash safety of saved answers', () => {
  it(`keeps every acknowledged answer through ${RUNS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const tmp = tempDbPath();
    const startedAt = Date.now();
    const rand = random(20261126);
    /** Per (question, respondent): the levels the database may hold now. */
    const allowed = new Map<string, Set<Observed>>();
    const ackedRespondents = new Set<string>();
    const failures: string[] = [];
    let acknowledged = 0;
    let inFlightLanded = 0;
    let inFlightLost = 0;
    let assessmentId: string | null = null;
    let answersChecked = 0;
    let waitingMs = 0;
    let writingMs = 0;
    let checkingMs = 0;

    const warm: Writer[] = [];
    let spawned = 0;
    const topUp = () => {
      while (warm.length < LOOKAHEAD && spawned < RUNS) warm.push(startWriter(tmp.path, ++spawned));
    };
    topUp();
    try {
      for (let run = 1; run <= RUNS; run++) {
        const writer = warm.shift() as Writer;
        const goAt = Date.now();
        writer.child.stdin?.write('go\n');
        // The next writers load while this one writes.
        topUp();

        const outcome = await Promise.race([
          writer.firstAck.then(() => 'acking' as const),
          writer.closed.then(() => 'exited' as const),
          sleep(FIRST_ACK_TIMEOUT_MS).then(() => 'timeout' as const),
        ]);
        if (outcome !== 'acking') {
          killGroup(writer.child);
          await writer.closed;
          failures.push(`run ${run}: the writer never acknowledged a save (${outcome}): ${writer.stderr.join('').slice(0, 500)}`);
          break;
        }
        const ackAt = Date.now();
        waitingMs += ackAt - goAt;
        await sleep(MIN_DELAY_MS + Math.floor(rand() * (MAX_DELAY_MS - MIN_DELAY_MS)));
        killGroup(writer.child);
        const { signal } = await writer.closed;
        if (signal !== 'SIGKILL') {
          failures.push(`run ${run}: the writer ended before the kill (${signal ?? 'exit'}): ${writer.stderr.join('').slice(0, 500)}`);
        }

        // What this run acknowledged, in order; the one save in flight at the kill, if any.
        let inFlight: { key: string; level: number } | null = null;
        for (const l of writer.lines) {
          const [word, a = '', b = '', c = ''] = l.split(' ');
          if (word === 'ready') {
            assessmentId ??= a;
            if (a !== assessmentId) failures.push(`run ${run}: the writer used assessment ${a}, not ${assessmentId}`);
          } else if (word === 'resp') {
            ackedRespondents.add(a);
          } else if (word === 'try') {
            inFlight = { key: `${a} ${b}`, level: Number(c) };
          } else if (word === 'ack') {
            const key = `${a} ${b}`;
            if (!inFlight || inFlight.key !== key || inFlight.level !== Number(c)) {
              failures.push(`run ${run}: "ack" without its "try": ${l}`);
            }
            allowed.set(key, new Set([Number(c)]));
            acknowledged++;
            inFlight = null;
          }
        }
        if (inFlight) {
          const set = allowed.get(inFlight.key) ?? new Set<Observed>([ABSENT]);
          set.add(inFlight.level);
          allowed.set(inFlight.key, set);
        }
        if (!assessmentId) {
          failures.push(`run ${run}: the writer never said which assessment it writes`);
          break;
        }

        // Open it as the app does on start (quick_check, WAL recovery), then check it all.
        const checkAt = Date.now();
        writingMs += checkAt - ackAt;
        let context: ReturnType<typeof openAppContext>;
        try {
          context = openAppContext({ databasePath: tmp.path, host: 'browser', version: '0.0.0-test' });
        } catch (e) {
          failures.push(`run ${run}: the database does not open after the kill: ${(e as Error).message}`);
          break;
        }
        try {
          const integrity = String(context.db.pragma('integrity_check', { simple: true }));
          if (integrity !== 'ok') failures.push(`run ${run}: integrity_check says ${integrity.slice(0, 300)}`);
          const rows = context.db
            .prepare<[string], { question_id: string; respondent_id: string; level: number | null }>(
              'SELECT question_id, respondent_id, level FROM answers WHERE assessment_id = ?',
            )
            .all(assessmentId);
          const observed = new Map<string, Observed>(rows.map((r) => [`${r.question_id} ${r.respondent_id}`, r.level]));
          for (const [key, levels] of allowed) {
            const value = observed.has(key) ? (observed.get(key) as Observed) : ABSENT;
            answersChecked++;
            if (!levels.has(value)) {
              failures.push(`run ${run}: answer ${key} is ${value}; expected ${[...levels].join(' or ')}`);
            }
          }
          for (const key of observed.keys()) {
            if (!allowed.has(key)) failures.push(`run ${run}: answer ${key} is in the database but was never written`);
          }
          if (inFlight) {
            const value = observed.get(inFlight.key) ?? ABSENT;
            if (value === inFlight.level && allowed.get(inFlight.key)?.size !== 1) inFlightLanded++;
            else inFlightLost++;
          }
          const respondent = context.db.prepare<[string, string], { id: string }>(
            'SELECT id FROM respondents WHERE id = ? AND assessment_id = ?',
          );
          for (const id of ackedRespondents) {
            if (!respondent.get(id, assessmentId)) failures.push(`run ${run}: acknowledged respondent ${id} is missing`);
          }
          // What was seen after a restart is committed: the next run starts from it.
          for (const key of new Set([...allowed.keys(), ...observed.keys()])) {
            allowed.set(key, new Set([observed.has(key) ? (observed.get(key) as Observed) : ABSENT]));
          }
        } finally {
          context.close();
          checkingMs += Date.now() - checkAt;
        }
      }
    } finally {
      for (const w of warm) killGroup(w.child);
      await Promise.all(warm.map((w) => w.closed));
      tmp.cleanup();
    }

    console.log(
      `crash test: ${RUNS} runs killed with SIGKILL, ${acknowledged} acknowledged saves, ` +
        `${ackedRespondents.size} acknowledged respondents, ${answersChecked} answer checks, ` +
        `in-flight save at the kill: ${inFlightLanded} landed, ${inFlightLost} not (or was a rewrite of the same level), ` +
        `${failures.length} failures, ${((Date.now() - startedAt) / 1000).toFixed(1)} s ` +
        `(waiting for the first save ${(waitingMs / 1000).toFixed(1)} s, writing until the kill ${(writingMs / 1000).toFixed(1)} s, ` +
        `checking ${(checkingMs / 1000).toFixed(1)} s)`,
    );
    if (failures.length) console.log(failures.slice(0, 30).join('\n'));
    expect(failures).toEqual([]);
    expect(acknowledged).toBeGreaterThan(RUNS);
  });
});
