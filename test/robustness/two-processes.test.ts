/**
 * Two processes on one database, as when the app is open while a second window or the CLI
 * writes: two browser hosts, each in a process of its own, take 1,000 answer saves each at
 * once, while the built CLI imports packages into the same file. Writes are BEGIN IMMEDIATE
 * with a busy timeout, so a save waits for the other process's lock instead of failing: no
 * save fails and none is lost. The figures are printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../electron/contract/api.ts';
import type { Respondent, Workspace } from '../../electron/contract/capture-types.ts';
import { openAppContext } from '../../electron/services/context.ts';
import { tempDbPath } from '../support/temp-db.ts';

const root = join(import.meta.dirname, '..', '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const SAVES = Number(process.env.CXMS_TWO_PROCESS_SAVES ?? 1000);
const children: ChildProcess[] = [];
const db = tempDbPath();

afterAll(() => {
  for (const c of children) c.kill();
  db.cleanup();
});

function startHost(): Promise<{ origin: string; token: string }> {
  const child = spawn(process.execPath, [tsxCli, join(import.meta.dirname, 'host-process.ts'), db.path], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
    createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).on('line', (line) => {
      const [word, origin, token] = line.split(' ');
      if (word === 'url' && origin && token) resolve({ origin, token });
    });
  });
}

function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'out', 'cli', 'main.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('two processes writing to one database', () => {
  it(`loses and fails none of ${SAVES} saves from each of two hosts while the CLI imports`, async () => {
    expect(existsSync(join(root, 'out', 'cli', 'main.js'))).toBe(true);
    const setup = openAppContext({ databasePath: db.path, host: 'browser' });
    const call = async <T>(method: string, input: unknown) => {
      const r = await setup.dispatch(method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const assessment = await call<Assessment>('assessments.create', {
      clientName: 'Two Windows Ltd',
      title: 'Shared file',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
    });
    const people = [
      await call<Respondent>('respondents.add', { assessmentId: assessment.id, name: 'Window A', role: '', kind: 'interviewee' }),
      await call<Respondent>('respondents.add', { assessmentId: assessment.id, name: 'Window B', role: '', kind: 'interviewee' }),
    ];
    const { framework } = await call<Workspace>('capture.get', { assessmentId: assessment.id });
    const questions = framework.sections.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
    setup.close();

    const hosts = await Promise.all([startHost(), startHost()]);
    const started = Date.now();
    const failures: string[] = [];
    const latencies: number[] = [];
    /** One side: SAVES answers, one at a time as a screen sends them, the last level per question remembered. */
    const side = async (host: { origin: string; token: string }, respondent: Respondent, shift: number) => {
      const last = new Map<string, number>();
      for (let i = 0; i < SAVES; i++) {
        const questionId = questions[i % questions.length] as string;
        const level = ((i + shift) % 5) + 1;
        const t0 = Date.now();
        const res = await fetch(`${host.origin}/api/answers.set`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
          body: JSON.stringify({ assessmentId: assessment.id, questionId, respondentId: respondent.id, level }),
        });
        latencies.push(Date.now() - t0);
        const envelope = (await res.json()) as { ok: boolean; error?: { message: string } };
        if (envelope.ok) last.set(questionId, level);
        else failures.push(envelope.error?.message ?? 'unknown');
      }
      return last;
    };
    // Meanwhile the CLI imports the demo again and again (keep both: every import writes).
    const demo = join(root, 'assets', 'samples', 'demo.cxa.json');
    let cliRuns = 0;
    const cliFailures: string[] = [];
    let sidesDone = false;
    const cli = (async () => {
      while (!sidesDone || cliRuns < 3) {
        const r = await runCli(['import', demo, '--on-conflict', 'keep-both', '--db', db.path]);
        cliRuns++;
        if (r.code !== 0) cliFailures.push(r.err.trim());
      }
    })();
    const [a, b] = await Promise.all([side(hosts[0], people[0] as Respondent, 0), side(hosts[1], people[1] as Respondent, 2)]);
    sidesDone = true;
    await cli;
    const seconds = (Date.now() - started) / 1000;
    latencies.sort((x, y) => x - y);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor((q / 100) * latencies.length))];
    console.info(
      `two processes: ${2 * SAVES} saves in ${seconds.toFixed(1)} s, ${failures.length} failed; save p50 ${p(50)} ms, p95 ${p(95)} ms, max ${p(100)} ms; ` +
        `${cliRuns} CLI imports at the same time, ${cliFailures.length} failed`,
    );
    expect(failures).toEqual([]);
    expect(cliFailures).toEqual([]);

    // Nothing lost: the file holds each side's last level for every question.
    for (const c of children) c.stdin?.end();
    const check = openAppContext({ databasePath: db.path, host: 'browser' });
    const saved = await check.dispatch('capture.get', { assessmentId: assessment.id });
    expect(saved.ok).toBe(true);
    const answers = (saved as { value: Workspace }).value.answers;
    for (const [person, last] of [
      [people[0], a],
      [people[1], b],
    ] as const) {
      for (const [questionId, level] of last) {
        expect(answers.find((x) => x.questionId === questionId && x.respondentId === person?.id)?.level).toBe(level);
      }
    }
    const list = await check.dispatch('assessments.list', {});
    expect((list as { value: unknown[] }).value.length).toBe(1 + cliRuns);
    check.close();
  }, 240_000);
});
