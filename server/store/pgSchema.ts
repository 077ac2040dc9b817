import type { Pool } from 'pg';

/**
 * PostgreSQL schema steps, oldest first, the same tables as the SQLite file's
 * (sqliteSchema.ts) with PostgreSQL's types. Never edit a shipped step; add one at the end.
 */
const STEPS: readonly string[] = [
  `
  CREATE TABLE maps (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    owner_hash TEXT NOT NULL,
    editor_hash TEXT NOT NULL,
    viewer_hash TEXT NOT NULL
  );
  CREATE TABLE updates (
    seq BIGSERIAL PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    data BYTEA NOT NULL
  );
  CREATE INDEX updates_by_map ON updates(map_id, seq);
  CREATE TABLE snapshots (
    map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
    data BYTEA NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE versions (
    id BIGSERIAL PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX versions_by_map ON versions(map_id, created_at);
  -- The key the links' tokens are made from, shared by every process (the SQLite server
  -- keeps it in DATA_DIR/secret.key instead).
  CREATE TABLE server_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BYTEA NOT NULL
  );
  `,
  // Links can be rotated: each role's token is derived from its generation.
  `
  ALTER TABLE maps ADD COLUMN owner_generation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE maps ADD COLUMN editor_generation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE maps ADD COLUMN viewer_generation INTEGER NOT NULL DEFAULT 0;
  `,
  // Automatic versions, kept apart from named ones.
  `
  ALTER TABLE versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'named' CHECK (kind IN ('named', 'auto'));
  `,
];

/** An arbitrary constant: the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 0x6163636f7264;

/**
 * Brings the database up to the newest schema, one transaction per step. Processes starting
 * together wait for each other on an advisory lock, so each step runs once.
 */
export async function migratePgSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS accord_schema (version INTEGER NOT NULL); ' +
        'INSERT INTO accord_schema SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM accord_schema)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM accord_schema');
    const from = rows[0]?.version ?? 0;
    if (from > STEPS.length) {
      throw new Error(
        `The database was written by a newer Accord (schema ${from}, this one knows ${STEPS.length}).`,
      );
    }
    for (let version = from; version < STEPS.length; version++) {
      const step = STEPS[version];
      if (step === undefined) continue;
      await client.query('BEGIN');
      try {
        await client.query(step);
        await client.query('UPDATE accord_schema SET version = $1', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** How many schema steps there are (for tests). */
export const PG_SCHEMA_VERSION = STEPS.length;
