/**
 * Every write of the services runs through here: a `BEGIN IMMEDIATE` transaction, which
 * takes the write lock before its first read. A deferred transaction that reads first and
 * then writes cannot wait for a lock another process holds (SQLite refuses the upgrade with
 * SQLITE_BUSY at once); an immediate one waits on the connection's busy_timeout instead, so
 * a second process (a CLI import, a second window) makes a save wait, never fail. Called
 * inside another transaction it becomes a savepoint, as better-sqlite3's transactions do.
 */
import type { Db } from './database.ts';

export function writeTransaction<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(fn);
  return (...args: A) => transaction.immediate(...args);
}
