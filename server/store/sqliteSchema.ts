import type Database from 'better-sqlite3';

/**
 * Schema steps, oldest first, applied by `PRAGMA user_version`. Never edit a shipped step;
 * add a new one at the end.
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
  ) STRICT;
  CREATE TABLE updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX updates_by_map ON updates(map_id, seq);
  CREATE TABLE snapshots (
    map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX versions_by_map ON versions(map_id, created_at);
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
  // The update log without AUTOINCREMENT: each append no longer also writes sqlite_sequence
  // (one page fewer per commit). A new row still numbers after every row in the table, so a
  // map's log keeps its order; only numbers of rows already folded away are used again.
  `
  CREATE TABLE updates_log (
    seq INTEGER PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  ) STRICT;
  INSERT INTO updates_log (seq, map_id, data) SELECT seq, map_id, data FROM updates;
  DROP TABLE updates;
  ALTER TABLE updates_log RENAME TO updates;
  CREATE INDEX updates_by_map ON updates(map_id, seq);
  DELETE FROM sqlite_sequence WHERE name = 'updates';
  `,
];

/** How a row goes into the update log, on the serving thread and in the checkpoint worker. */
export const INSERT_UPDATE_SQL = 'INSERT INTO updates (map_id, data) VALUES (?, ?)';

/** Brings the database up to the newest schema, one transaction per step. */
export function migrateSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true });
  const from = typeof current === 'number' ? current : 0;
  if (from > STEPS.length) {
    throw new Error(
      `The database was written by a newer Accord (schema ${from}, this one knows ${STEPS.length}).`,
    );
  }
  for (let version = from; version < STEPS.length; version++) {
    const step = STEPS[version];
    if (step === undefined) continue;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
