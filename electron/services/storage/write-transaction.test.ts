/**
 * Two processes on one database file: while another process holds the write lock, a save
 * waits for it (busy_timeout) and then succeeds; it never fails with SQLITE_BUSY. The same
 * read-then-write done in a deferred transaction fails at once, which is why every service
 * write goes through writeTransaction (BEGIN IMMEDIATE).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment } from '../../contract/api.ts';
import type { Respondent } from '../../contract/capture-types.ts';

let ctx: ReturnType<typeof openTestContext>;
let a: Assessment;
let ana: Respondent;
let child: ChildProcess | null = null;

beforeEach(async () => {
  ctx = openTestContext();
  a = await ctx.ok('assessments.create', { clientName: 'Contoso', title: 'Baseline', language: 'en', assessorName: '', assessorFirm: '' });
  ana = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'Ana Ruiz', role: '', kind: 'interviewee' });
});
afterEach(() => {
  child?.kill();
  child = null;
  ctx.dispose();
});

/** Starts another process that takes the write lock, writes, and commits after `holdMs`. */
function holdWriteLock(path: string, holdMs: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE clients SET industry = 'held by the other process'").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); }, ${holdMs});
  `;
  const proc = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  child = proc;
  let out = '';
  let onReleased: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    onReleased = resolve;
  });
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? onReleased() : reject(new Error(`the other process exited with ${code}`))));
    proc.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('locked')) resolve({ released });
    });
  });
}

describe('writes while another process holds the database', () => {
  it('a save waits for the other process and then succeeds', async () => {
    const { released } = await holdWriteLock(ctx.path, 1200);
    const result = await ctx.call('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: ana.id, level: 3 });
    expect(result).toMatchObject({ ok: true, value: { level: 3 } });
    await released;
    // Both writes are there: neither process lost its change.
    expect(ctx.db.prepare('SELECT industry FROM clients').pluck().get()).toBe('held by the other process');
    expect(ctx.db.prepare('SELECT level FROM answers WHERE question_id = ?').pluck().get('seg.01')).toBe(3);
  }, 30_000);

  it('a deferred read-then-write in the same situation fails with SQLITE_BUSY (what BEGIN IMMEDIATE avoids)', async () => {
    const { released } = await holdWriteLock(ctx.path, 1200);
    const deferred = ctx.db.transaction(() => {
      ctx.db.prepare('SELECT COUNT(*) FROM answers').pluck().get();
      ctx.db.prepare("UPDATE assessments SET title = 'changed'").run();
    });
    expect(() => deferred()).toThrow(/busy|locked/i);
    await released;
  }, 30_000);
});
