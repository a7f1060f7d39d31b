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
  {
    version: 3,
    name: 'interview capture: respondents, answers, consensus, settings, KPIs, discussion, evidence',
    up: (db) => {
      db.exec(`
        CREATE TABLE respondents (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          name TEXT NOT NULL,
          role TEXT NOT NULL DEFAULT '',
          kind TEXT NOT NULL CHECK (kind IN ('consultant', 'self', 'interviewee')),
          position INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          -- removed respondents keep their answers (restorable); they are left out of scores
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX respondents_by_assessment ON respondents (assessment_id, position);

        CREATE TABLE answers (
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          question_id TEXT NOT NULL,
          respondent_id TEXT NOT NULL REFERENCES respondents(id),
          level INTEGER CHECK (level BETWEEN 1 AND 5),
          na INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
          na_reason TEXT NOT NULL DEFAULT '',
          note TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id, respondent_id),
          CHECK (na = 0 OR level IS NULL)
        ) STRICT;

        CREATE TABLE consensus (
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          question_id TEXT NOT NULL,
          level INTEGER CHECK (level BETWEEN 1 AND 5),
          na INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
          rationale TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id),
          CHECK (na = 0 OR level IS NULL)
        ) STRICT;

        CREATE TABLE dimension_settings (
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          dimension_id TEXT NOT NULL,
          target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 5),
          importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),
          PRIMARY KEY (assessment_id, dimension_id)
        ) STRICT;

        CREATE TABLE kpi_baselines (
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          kpi_id TEXT NOT NULL,
          current_value REAL,
          target_value REAL,
          unit TEXT NOT NULL DEFAULT '',
          source TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, kpi_id)
        ) STRICT;

        CREATE TABLE discussion_notes (
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          question_id TEXT NOT NULL,
          notes TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id)
        ) STRICT;

        CREATE TABLE evidence (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          question_id TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('file', 'reference')),
          name TEXT NOT NULL,
          location TEXT NOT NULL DEFAULT '',
          strength TEXT NOT NULL CHECK (strength IN ('low', 'medium', 'high')),
          sha256 TEXT,
          size INTEGER,
          stored_name TEXT,
          created_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX evidence_by_question ON evidence (assessment_id, question_id);
      `);
    },
  },
  {
    version: 4,
    name: 'action plan',
    up: (db) => {
      db.exec(`
        CREATE TABLE actions (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessments(id),
          title TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          -- JSON array of dimension ids
          dimension_ids TEXT NOT NULL DEFAULT '[]',
          owner TEXT NOT NULL DEFAULT '',
          due TEXT NOT NULL DEFAULT '' CHECK (due = '' OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked')),
          horizon TEXT NOT NULL CHECK (horizon IN ('0-3m', '3-12m', '12m+')),
          impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
          effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 3),
          recommendation_id TEXT,
          default_action_id TEXT,
          kpi_id TEXT,
          kpi_target REAL,
          notes TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX actions_by_assessment ON actions (assessment_id, position);
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
