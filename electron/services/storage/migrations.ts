/**
 * Numbered schema migrations. Each runs once, in its own transaction, and sets
 * PRAGMA user_version to its number. Never edit a released migration: add the next one.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'clients, assessments and settings',
    up: (db) => {
      db.exec(`
        CREATE TABLE clients (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          -- case-folded name: two clients may not share a name
          name_key TEXT NOT NULL UNIQUE,
          industry TEXT NOT NULL DEFAULT '',
          location TEXT NOT NULL DEFAULT '',
          contact_name TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE assessments (
          id TEXT PRIMARY KEY,
          client_id TEXT NOT NULL REFERENCES clients(id),
          title TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('draft', 'in-progress', 'complete')),
          language TEXT NOT NULL CHECK (language IN ('en', 'es', 'ja', 'zh-Hans', 'zh-Hant')),
          assessor_name TEXT NOT NULL DEFAULT '',
          assessor_firm TEXT NOT NULL DEFAULT '',
          framework_id TEXT NOT NULL,
          framework_version TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX assessments_by_update ON assessments (updated_at DESC);
        CREATE INDEX assessments_by_client ON assessments (client_id);

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'custom frameworks',
    up: (db) => {
      // Imported frameworks, kept whole as validated JSON. Each (id, version) is stored once
      // and never rewritten: an assessment keeps the version it was made with.
      db.exec(`
        CREATE TABLE frameworks (
          id TEXT NOT NULL,
          version TEXT NOT NULL,
          title TEXT NOT NULL,
          content TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          PRIMARY KEY (id, version)
        ) STRICT;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
