import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../../../test/support/temp-db.ts';
import { AppError } from '../../contract/errors.ts';
import { APPLICATION_ID, openDatabase, schemaVersion } from './database.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function tmp() {
  const t = tempDbPath();
  cleanups.push(t.cleanup);
  return t;
}

function expectStorageError(fn: () => unknown, pattern: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('STORAGE');
    expect((e as AppError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected a STORAGE error');
}

describe('openDatabase', () => {
  it('creates an empty database at the latest version, in WAL mode, with foreign keys on', () => {
    const { path } = tmp();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual([
      'actions',
      'answers',
      'assessments',
      'clients',
      'consensus',
      'dimension_settings',
      'discussion_notes',
      'evidence',
      'frameworks',
      'kpi_baselines',
      'respondents',
      'settings',
    ]);
    for (const t of tables) expect(t.sql).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('reopens an existing database without re-running migrations', () => {
    const { path } = tmp();
    const db = openDatabase(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'ja')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT value FROM settings').pluck().get()).toBe('ja');
    again.close();
  });

  it('refuses a database from a newer version and leaves its bytes unchanged', () => {
    const { path } = tmp();
    const future = new Database(path);
    future.exec('CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (42);');
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = readFileSync(path);
    expectStorageError(() => openDatabase(path), /newer version.*left untouched/s);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite, and leaves it unchanged', () => {
    const { path } = tmp();
    writeFileSync(path, 'this is a spreadsheet, not a database\n'.repeat(10));
    const before = readFileSync(path);
    expectStorageError(() => openDatabase(path), /not an SQLite file/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses another application's SQLite database", () => {
    const { path } = tmp();
    const other = new Database(path);
    other.pragma('application_id = 1234');
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const before = readFileSync(path);
    expectStorageError(() => openDatabase(path), /another application/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says so when the folder does not exist or cannot be written', () => {
    const { dir } = tmp();
    expectStorageError(() => openDatabase(join(dir, 'missing', 'db.sqlite')), /does not exist/);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      // root ignores permissions; the check only means something for ordinary users.
      if (process.getuid?.() !== 0) expectStorageError(() => openDatabase(join(locked, 'db.sqlite')), /not writable/);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe('migrations', () => {
  it('upgrade a database holding data from version 1 to the latest, keeping the data, with a backup first', () => {
    const { path } = tmp();
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    const now = '2026-01-01T00:00:00.000Z';
    v1.prepare("INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES ('c1', 'Acme', 'acme', ?, ?)").run(now, now);
    v1.prepare(
      `INSERT INTO assessments (id, client_id, title, status, language, framework_id, framework_version, created_at, updated_at)
       VALUES ('a1', 'c1', 'Kept', 'draft', 'ja', 'cx-ces-digital', '1.0.0', ?, ?)`,
    ).run(now, now);
    v1.close();
    let backedUpFrom = 0;
    const db = openDatabase(path, {
      beforeMigrate: (_db, from) => {
        backedUpFrom = from;
      },
    });
    expect(backedUpFrom).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT title, language FROM assessments').get()).toEqual({ title: 'Kept', language: 'ja' });
    // 2: frameworks, 3: capture, 4: actions: each table usable on the upgraded database.
    for (const table of [
      'frameworks',
      'respondents',
      'answers',
      'consensus',
      'dimension_settings',
      'kpi_baselines',
      'discussion_notes',
      'evidence',
      'actions',
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });

  it('3: answers are one per question and respondent, a level or N/A, never both', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 3) });
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES ('c', 'A', 'a', ?, ?)").run(now, now);
    db.prepare(
      `INSERT INTO assessments (id, client_id, title, status, language, framework_id, framework_version, created_at, updated_at)
       VALUES ('a', 'c', 'T', 'draft', 'en', 'f', '1', ?, ?)`,
    ).run(now, now);
    db.prepare(
      "INSERT INTO respondents (id, assessment_id, name, kind, position, created_at, updated_at) VALUES ('r', 'a', 'R', 'self', 1, ?, ?)",
    ).run(now, now);
    const answer = db.prepare(
      'INSERT INTO answers (assessment_id, question_id, respondent_id, level, na, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    answer.run('a', 'q1', 'r', 3, 0, now);
    expect(() => answer.run('a', 'q1', 'r', 4, 0, now)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => answer.run('a', 'q2', 'r', 3, 1, now)).toThrow(/CHECK/);
    expect(() => answer.run('a', 'q3', 'r', 6, 0, now)).toThrow(/CHECK/);
    expect(() => answer.run('a', 'q4', 'nobody', 3, 0, now)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('4: an action’s due date is a date or empty, impact and effort 1-3', () => {
    const db = openDatabase(':memory:');
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES ('c', 'A', 'a', ?, ?)").run(now, now);
    db.prepare(
      `INSERT INTO assessments (id, client_id, title, status, language, framework_id, framework_version, created_at, updated_at)
       VALUES ('a', 'c', 'T', 'draft', 'en', 'f', '1', ?, ?)`,
    ).run(now, now);
    const action = db.prepare(
      `INSERT INTO actions (id, assessment_id, title, due, status, horizon, impact, effort, position, created_at, updated_at)
       VALUES (?, 'a', 'T', ?, 'not-started', '0-3m', ?, 2, 1, ?, ?)`,
    );
    action.run('x1', '2026-05-01', 3, now, now);
    action.run('x2', '', 1, now, now);
    expect(() => action.run('x3', '01/05/2026', 2, now, now)).toThrow(/CHECK/);
    expect(() => action.run('x4', '', 7, now, now)).toThrow(/CHECK/);
    db.close();
  });

  it('refuses an SQLite file of another program even without an application id, and leaves it unchanged', () => {
    const { path } = tmp();
    const other = new Database(path);
    other.exec('CREATE TABLE invoices (id INTEGER)');
    other.close();
    const before = readFileSync(path);
    expectStorageError(() => openDatabase(path), /another application/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('calls a file cut short damaged, so that recovery can be offered', () => {
    const { path } = tmp();
    const db = openDatabase(path);
    for (let i = 0; i < 200; i++) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(500));
    db.close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => openDatabase(path)).toThrow(/damaged/);
  });

  it('are numbered 1, 2, 3 ... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('1: creates clients, assessments and settings, with the constraints the services rely on', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 1) });
    expect(schemaVersion(db)).toBe(1);
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES ('c1', 'Acme', 'acme', ?, ?)").run(now, now);
    // Client names are unique by their case-folded key.
    expect(() =>
      db.prepare("INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES ('c2', 'ACME', 'acme', ?, ?)").run(now, now),
    ).toThrow(/UNIQUE/);
    // An assessment must belong to an existing client.
    const insert = db.prepare(
      `INSERT INTO assessments (id, client_id, title, status, language, framework_id, framework_version, created_at, updated_at)
       VALUES (?, ?, 'T', ?, 'en', 'f', '1.0.0', ?, ?)`,
    );
    expect(() => insert.run('a1', 'nope', 'draft', now, now)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('a1', 'c1', 'archived', now, now)).toThrow(/CHECK/);
    // STRICT: a blob where text belongs is refused.
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('k', Buffer.from('x'))).toThrow(/cannot store/);
    insert.run('a1', 'c1', 'draft', now, now);
    db.close();
  });
});
