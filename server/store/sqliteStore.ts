import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';
import type { DocStore, MapRecord } from './DocStore.ts';
import { type MapRow, mapRecordFromRow } from './mapRecordFromRow.ts';
import { openWritableSqlite, sqliteWriteProblem } from './openWritableSqlite.ts';
import { INSERT_UPDATE_SQL, migrateSchema } from './sqliteSchema.ts';
import { type JournalEntry, journaledUpdates, openUpdateJournal } from './updateJournal.ts';
import type { VersionKind, VersionStore } from './VersionStore.ts';
import { startWalCheckpointer, type WalCheckpointer } from './walCheckpointer.ts';

/** How long a successful write probe stands for /healthz. */
const PROBE_EVERY_MS = 5_000;

/** The embedded store holds documents and named versions. */
export type SqliteStore = DocStore & VersionStore;

interface VersionRow {
  id: number;
  name: string;
  kind: VersionKind;
  created_at: string;
}

/** SQLite hands BLOBs back as Buffers; Yjs wants plain Uint8Arrays over the same bytes. */
function bytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The database file inside a data directory. */
export function databasePath(dataDir: string): string {
  return path.join(dataDir, 'accord.db');
}

/** SQLite's own checkpoint threshold (pages of WAL), used while no checkpoint worker runs. */
const AUTOCHECKPOINT_PAGES = 1000;

export interface SqliteStoreOptions {
  /** `normal` (the default) or `full`: see below. */
  sync?: 'normal' | 'full';
  /** Where a failing checkpoint is reported. */
  log?: Logger;
  /**
   * The serving process only, with `sync` normal: updates are appended to a journal beside the
   * database (updateJournal.ts) and inserted into it in batches; opening replays what a crash
   * left there. Other processes (the command line, a test's look at the file) open the
   * database without it, and read what it holds for a map, without its lock, as they load it.
   */
  journal?: boolean;
  /**
   * How often journaled updates are inserted into the database while they arrive. Default
   * 250 ms: an insert of 25 rows costs about twice one row's on a cold cache.
   */
  journalFlushMs?: number;
}

/** The journal beside a data directory's database. */
export function journalPath(dataDir: string): string {
  return path.join(dataDir, 'accord.journal');
}

const JOURNAL_FLUSH_MS = 250;

/** The embedded store: one SQLite file, `DATA_DIR/accord.db`, created when missing. */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
  mkdirSync(dataDir, { recursive: true });
  const file = databasePath(dataDir);
  const db = openWritableSqlite(file);
  // WAL lets readers run beside the writer. NORMAL: a commit is written to the WAL, in the
  // OS, before anyone hears of it, so it survives a crash of the process (kill -9); the disk
  // is synced at checkpoints, about a second later while updates are stored
  // (walCheckpointer.ts). A power cut can take back that last second, which the clients
  // still hold and send again when they reconnect. FULL also syncs every commit (one fsync per tick of updates, several ms on
  // common disks: more than a whole broadcast takes).
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.sync === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateSchema(db);

  // Checkpoints leave the event loop once updates are being stored (a process that only
  // reads, or runs one command, keeps SQLite's own); if the worker fails, SQLite's own
  // come back.
  let checkpointer: WalCheckpointer | undefined;
  const checkpointOffTheLoop = () => {
    if (checkpointer || !db.open) return;
    checkpointer = startWalCheckpointer(file, {
      onFailed: (error) => options.log?.warn('could not checkpoint the WAL', { error }),
      onDied: (error) => {
        options.log?.error('the WAL checkpoint worker died; SQLite checkpoints by itself', {
          error,
        });
        if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      },
    });
    db.pragma('wal_autocheckpoint = 0');
  };

  // /healthz may be asked many times a second: the write probe runs at most once every
  // PROBE_EVERY_MS while all is well, at once after a write failed, and on every ask while
  // there is a problem (so its end is seen at once).
  let probed: { at: number; problem: string | undefined } | undefined;
  const noted = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      probed = undefined;
      throw error;
    }
  };

  const insertMap = db.prepare(
    `INSERT INTO maps (id, title, created_at, owner_hash, editor_hash, viewer_hash,
       owner_generation, editor_generation, viewer_generation)
     VALUES (@id, @title, @createdAt, @owner, @editor, @viewer,
       @ownerGeneration, @editorGeneration, @viewerGeneration)`,
  );
  const selectMap = db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?');
  // One statement per role: column names cannot be parameters.
  const updateToken = {
    owner: db.prepare('UPDATE maps SET owner_hash = ?, owner_generation = ? WHERE id = ?'),
    editor: db.prepare('UPDATE maps SET editor_hash = ?, editor_generation = ? WHERE id = ?'),
    viewer: db.prepare('UPDATE maps SET viewer_hash = ?, viewer_generation = ? WHERE id = ?'),
  };
  const selectSnapshot = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM snapshots WHERE map_id = ?',
  );
  const selectUpdates = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM updates WHERE map_id = ? ORDER BY seq',
  );
  const insertUpdate = db.prepare(INSERT_UPDATE_SQL);
  const upsertSnapshot = db.prepare(
    `INSERT INTO snapshots (map_id, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(map_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  );
  const deleteUpdates = db.prepare('DELETE FROM updates WHERE map_id = ?');
  const updateTitle = db.prepare('UPDATE maps SET title = ? WHERE id = ?');
  const countUpdates = db.prepare<[string], { n: number }>(
    'SELECT COUNT(*) AS n FROM updates WHERE map_id = ?',
  );

  const insertVersion = db.prepare(
    'INSERT INTO versions (map_id, name, created_at, data, kind) VALUES (?, ?, ?, ?, ?)',
  );
  const selectVersions = db.prepare<[string], VersionRow>(
    'SELECT id, name, kind, created_at FROM versions WHERE map_id = ? ORDER BY created_at, id',
  );
  const selectVersion = db.prepare<[string, number], VersionRow & { data: Buffer }>(
    'SELECT id, name, kind, created_at, data FROM versions WHERE map_id = ? AND id = ?',
  );

  const createMap = db.transaction((map: MapRecord, initialState: Uint8Array) => {
    insertMap.run({
      id: map.id,
      title: map.title,
      createdAt: map.createdAt,
      owner: map.tokenHashes.owner,
      editor: map.tokenHashes.editor,
      viewer: map.tokenHashes.viewer,
      ownerGeneration: map.generations.owner,
      editorGeneration: map.generations.editor,
      viewerGeneration: map.generations.viewer,
    });
    upsertSnapshot.run(map.id, Buffer.from(initialState), map.createdAt);
  });

  const compact = db.transaction((mapId: string, fullState: Uint8Array, title?: string) => {
    upsertSnapshot.run(mapId, Buffer.from(fullState), new Date().toISOString());
    deleteUpdates.run(mapId);
    if (title !== undefined) updateTitle.run(title, mapId);
  });

  // A tick's updates in one transaction: one commit for all of them (group commit). A
  // Uint8Array binds as a BLOB as it is: no copy into a Buffer.
  const appendEntries = db.transaction((entries: readonly JournalEntry[]) => {
    for (const { mapId, updates } of entries) {
      for (const update of updates) insertUpdate.run(mapId, update);
    }
  });

  // The journal: a batch is stored once it is written there (one write() where an SQLite
  // commit is several, on a cold cache three times as long); the batches written meanwhile go
  // into the log together a little later, inserted by the checkpoint worker (handOffJournal).
  // Whatever reads or rewrites the log (loading a doc, counting or compacting the log,
  // closing) inserts the batches not yet handed off first, and takes those handed off from
  // memory, so this process reads its own writes. What a crash left in the journal is
  // inserted now, before anything reads the log. A crash between an insert and emptying the
  // journal inserts those updates again at the next start: applying a Yjs update twice
  // changes nothing.
  const journal =
    options.journal && options.sync !== 'full'
      ? openUpdateJournal(journalPath(dataDir))
      : undefined;
  let journaled: JournalEntry[] = [];
  /**
   * The batches handed to the checkpoint worker to insert (in the journal's other file), until
   * it says they are in: the log's readers take them from here meanwhile.
   */
  let inFlight: readonly JournalEntry[] = [];
  let insertingElsewhere: Promise<void> | undefined;
  // One interval while batches arrive, stopped by the first tick that finds nothing: a timer
  // made for each batch took about 20 µs of a cold append.
  let flushTicker: NodeJS.Timeout | undefined;
  // While the database refuses the journaled batches, appends are refused too, as they are
  // without a journal: the rooms close their sockets, and the clients send their changes again
  // once it takes writes. What is journaled already stays there.
  let insertFailed = false;
  const flushJournal = () => {
    if (!journal || journaled.length === 0) return;
    try {
      noted(() => appendEntries(journaled));
    } catch (error) {
      insertFailed = true;
      throw error;
    }
    insertFailed = false;
    journaled = [];
    journal.clear();
    // Batches the worker could not insert came back here from the other file.
    if (!insertingElsewhere) journal.clearHandedOff();
  };
  /**
   * The batches journaled since the last hand-off go to the checkpoint worker, which inserts
   * them off the event loop, while appends go on in the journal's other file; if it cannot,
   * they are inserted here.
   */
  const handOffJournal = (worker: WalCheckpointer): boolean => {
    if (!journal?.handOff()) return false;
    const batches = journaled;
    journaled = [];
    inFlight = batches;
    insertingElsewhere = worker
      .insert(batches)
      .then(
        () => journal.clearHandedOff(),
        (error: unknown) => {
          options.log?.warn('the checkpoint worker did not insert journaled updates', { error });
          // Inserted here with the next ones; the file they are in is emptied with them.
          journaled = [...batches, ...journaled];
        },
      )
      .finally(() => {
        inFlight = [];
        insertingElsewhere = undefined;
      });
    return true;
  };
  const flushJournalLater = () => {
    // The worker's insert under way is waited for, whatever arrived meanwhile.
    if (insertingElsewhere) return;
    if (journaled.length === 0) {
      clearInterval(flushTicker);
      flushTicker = undefined;
      return;
    }
    if (checkpointer?.running && handOffJournal(checkpointer)) return;
    try {
      flushJournal();
    } catch (error) {
      options.log?.error('could not insert journaled updates into the database', { error });
    }
  };
  /** A map's updates handed to the worker and not yet known to be in the log. */
  const inFlightUpdates = (mapId: string): Uint8Array[] =>
    inFlight.filter((entry) => entry.mapId === mapId).flatMap((entry) => entry.updates);
  if (journal) {
    try {
      journaled = journal.replay();
      if (journaled.length > 0) {
        options.log?.info('inserted updates a crash left in the journal', {
          batches: journaled.length,
        });
      }
      flushJournal();
    } catch (error) {
      journal.close();
      db.close();
      throw error;
    }
  }

  const appendNow = (mapId: string, updates: readonly Uint8Array[]): void => {
    checkpointOffTheLoop();
    if (updates.length === 0) return;
    if (journal) {
      if (insertFailed) flushJournal();
      noted(() => journal.append(mapId, updates));
      journaled.push({ mapId, updates: [...updates] });
      if (!flushTicker) {
        flushTicker = setInterval(flushJournalLater, options.journalFlushMs ?? JOURNAL_FLUSH_MS);
        // Closing flushes: the interval need not keep the process alive.
        flushTicker.unref();
      }
      return;
    }
    noted(() => {
      if (updates.length === 1) insertUpdate.run(mapId, updates[0] as Uint8Array);
      else appendEntries([{ mapId, updates }]);
    });
  };

  // One read transaction, so a compaction cannot slip between the snapshot and the log.
  const readDoc = db.transaction((mapId: string): Uint8Array[] => {
    const snapshot = selectSnapshot.get(mapId);
    const updates = selectUpdates.all(mapId).map((row) => bytes(row.data));
    return snapshot ? [bytes(snapshot.data), ...updates] : updates;
  });

  return {
    async createMap(map, initialState) {
      noted(() => createMap(map, initialState));
    },
    async getMap(mapId) {
      const row = selectMap.get(mapId);
      return row ? mapRecordFromRow(row) : undefined;
    },
    async setTitle(mapId, title) {
      noted(() => updateTitle.run(title, mapId));
    },
    async rotateToken(mapId, role, generation, tokenHash) {
      const changed = updateToken[role].run(tokenHash, generation, mapId).changes;
      if (changed !== 1) throw new Error(`No map ${mapId} to rotate a token of.`);
    },
    async loadDoc(mapId) {
      if (journal) {
        flushJournal();
        // Read after the log: a batch the worker inserts meanwhile is then in both, and an
        // update applied twice changes nothing the second time.
        return [...readDoc(mapId), ...inFlightUpdates(mapId)];
      }
      // Beside a serving process (or after one crashed), the map's latest updates may be in its
      // journal only. The journal is read first: a batch the server inserts and clears from it
      // meanwhile is then in the database when that is read. An update read twice, from both,
      // changes nothing the second time it is applied.
      const waiting = journaledUpdates(journalPath(dataDir), mapId);
      return [...readDoc(mapId), ...waiting];
    },
    async appendUpdates(mapId, updates) {
      appendNow(mapId, updates);
    },
    // Stored once journaled (one write(), no wait): a room may store a client's update at once.
    ...(journal ? { appendNow } : {}),
    async compact(mapId, liveState, title) {
      flushJournal();
      // One process: the live doc already holds every update in the log, and those the
      // worker is still inserting (left in the log after the snapshot, they change nothing).
      noted(() => compact(mapId, liveState(), title));
    },
    async pendingUpdateCount(mapId) {
      flushJournal();
      return (countUpdates.get(mapId)?.n ?? 0) + inFlightUpdates(mapId).length;
    },
    async saveVersion(mapId, name, createdAt, state, kind = 'named') {
      const id = Number(
        insertVersion.run(mapId, name, createdAt, Buffer.from(state), kind).lastInsertRowid,
      );
      return { id, name, kind, createdAt };
    },
    async listVersions(mapId) {
      return selectVersions
        .all(mapId)
        .map((row) => ({ id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at }));
    },
    async getVersion(mapId, versionId) {
      const row = selectVersion.get(mapId, versionId);
      if (!row) return undefined;
      return {
        id: row.id,
        name: row.name,
        kind: row.kind,
        createdAt: row.created_at,
        state: bytes(row.data),
      };
    },
    async writeProblem() {
      const now = Date.now();
      if (!probed || probed.problem !== undefined || now - probed.at >= PROBE_EVERY_MS) {
        probed = { at: now, problem: sqliteWriteProblem(db, databasePath(dataDir)) };
      }
      return probed.problem;
    },
    async close() {
      clearInterval(flushTicker);
      await insertingElsewhere;
      try {
        flushJournal();
      } catch (error) {
        options.log?.error('could not insert journaled updates; the next start will', { error });
      }
      journal?.close();
      // The worker's last checkpoint first; closing the last connection then removes the WAL.
      await checkpointer?.stop();
      if (db.open) db.close();
    },
  };
}
