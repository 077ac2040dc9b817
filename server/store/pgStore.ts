import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import type { Role } from '../auth/roles.ts';
import type { Logger } from '../log.ts';
import type { DocStore, MapRecord } from './DocStore.ts';
import { type MapRow, mapRecordFromRow } from './mapRecordFromRow.ts';
import { migratePgSchema } from './pgSchema.ts';
import { unseenParts } from './unseenParts.ts';
import type { VersionKind, VersionStore } from './VersionStore.ts';

/** The PostgreSQL store: documents, versions, and the secret every process shares. */
export interface PgStore extends DocStore, VersionStore {
  /** The key the links' tokens are made from, made once by whichever process starts first. */
  loadSecret(): Promise<Buffer>;
}

/** Column names cannot be parameters: one statement per role. */
const ROTATE: Record<Role, string> = {
  owner: 'UPDATE maps SET owner_hash = $1, owner_generation = $2 WHERE id = $3',
  editor: 'UPDATE maps SET editor_hash = $1, editor_generation = $2 WHERE id = $3',
  viewer: 'UPDATE maps SET viewer_hash = $1, viewer_generation = $2 WHERE id = $3',
};

/** node-postgres hands bytea back as Buffers; Yjs wants plain Uint8Arrays over the bytes. */
function bytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** A map's compaction lock: its id hashed into the advisory lock space by PostgreSQL itself. */
const COMPACTION_LOCK = "SELECT pg_try_advisory_lock(hashtext('accord:compact:' || $1)) AS locked";
const COMPACTION_UNLOCK = "SELECT pg_advisory_unlock(hashtext('accord:compact:' || $1))";

/**
 * Opens the store at `url` (postgres://…) and brings its schema up to date. Several processes
 * may share one database: appends are single statements, loads read the snapshot and the log
 * in one statement, and compaction takes an advisory lock so one process at a time does it.
 */
export async function openPgStore(url: string, log: Logger): Promise<PgStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection dropped by a restart of the server must not crash the process; the
  // pool makes a new one for the next query.
  pool.on('error', (error) => log.warn('database connection lost', { error }));
  try {
    await migratePgSchema(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async function compact(
    mapId: string,
    liveState: () => Uint8Array,
    title?: string,
  ): Promise<void> {
    const client = await pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(COMPACTION_LOCK, [mapId]);
      // Another process is compacting this map now; the next compaction will catch up.
      if (!rows[0]?.locked) return;
      try {
        await client.query('BEGIN');
        const snapshot = await client.query<{ data: Buffer }>(
          'SELECT data FROM snapshots WHERE map_id = $1 FOR UPDATE',
          [mapId],
        );
        const updates = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM updates WHERE map_id = $1 ORDER BY seq',
          [mapId],
        );
        const doc = new Y.Doc();
        try {
          doc.transact(() => {
            // The live state first: it holds nearly every row, which can then be left out.
            Y.applyUpdate(doc, liveState());
            const stored = [...snapshot.rows, ...updates.rows].map((row) => bytes(row.data));
            for (const part of unseenParts(doc, stored)) Y.applyUpdate(doc, part);
          });
          await client.query(
            `INSERT INTO snapshots (map_id, data, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (map_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
            [mapId, toBuffer(Y.encodeStateAsUpdate(doc)), new Date().toISOString()],
          );
        } finally {
          doc.destroy();
        }
        if (title !== undefined) {
          await client.query('UPDATE maps SET title = $1 WHERE id = $2', [title, mapId]);
        }
        // Exactly the rows folded in: one appended since the SELECT stays in the log.
        await client.query('DELETE FROM updates WHERE map_id = $1 AND seq = ANY($2::bigint[])', [
          mapId,
          updates.rows.map((row) => row.seq),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        await client.query(COMPACTION_UNLOCK, [mapId]);
      }
    } finally {
      client.release();
    }
  }

  return {
    async createMap(map: MapRecord, initialState: Uint8Array) {
      await transaction(async (client) => {
        await client.query(
          `INSERT INTO maps (id, title, created_at, owner_hash, editor_hash, viewer_hash,
             owner_generation, editor_generation, viewer_generation)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            map.id,
            map.title,
            map.createdAt,
            map.tokenHashes.owner,
            map.tokenHashes.editor,
            map.tokenHashes.viewer,
            map.generations.owner,
            map.generations.editor,
            map.generations.viewer,
          ],
        );
        await client.query('INSERT INTO snapshots (map_id, data, updated_at) VALUES ($1, $2, $3)', [
          map.id,
          toBuffer(initialState),
          map.createdAt,
        ]);
      });
    },
    async getMap(mapId) {
      const { rows } = await pool.query<MapRow>('SELECT * FROM maps WHERE id = $1', [mapId]);
      const row = rows[0];
      return row ? mapRecordFromRow(row) : undefined;
    },
    async setTitle(mapId, title) {
      await pool.query('UPDATE maps SET title = $1 WHERE id = $2', [title, mapId]);
    },
    async rotateToken(mapId, role, generation, tokenHash) {
      const { rowCount } = await pool.query(ROTATE[role], [tokenHash, generation, mapId]);
      if (rowCount !== 1) throw new Error(`No map ${mapId} to rotate a token of.`);
    },
    async loadDoc(mapId) {
      // One statement sees one snapshot of the database: a compaction cannot slip between
      // reading the snapshot and reading the log.
      const { rows } = await pool.query<{ data: Buffer }>(
        `SELECT data FROM (
           SELECT 0 AS part, 0::bigint AS seq, data FROM snapshots WHERE map_id = $1
           UNION ALL
           SELECT 1 AS part, seq, data FROM updates WHERE map_id = $1
         ) AS parts ORDER BY part, seq`,
        [mapId],
      );
      return rows.map((row) => bytes(row.data));
    },
    async appendUpdates(mapId, updates) {
      if (updates.length === 0) return;
      // One statement: all of the tick's updates or none, numbered in order.
      // Named: each connection parses and plans it once, not on every commit.
      await pool.query({
        name: 'accord-append-updates',
        text: `INSERT INTO updates (map_id, data)
         SELECT $1, data FROM unnest($2::bytea[]) WITH ORDINALITY AS u(data, n) ORDER BY n`,
        values: [mapId, updates.map(toBuffer)],
      });
    },
    compact,
    async pendingUpdateCount(mapId) {
      const { rows } = await pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM updates WHERE map_id = $1',
        [mapId],
      );
      return Number(rows[0]?.n ?? 0);
    },
    async saveVersion(mapId, name, createdAt, state, kind = 'named') {
      const { rows } = await pool.query<{ id: string }>(
        'INSERT INTO versions (map_id, name, created_at, data, kind) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [mapId, name, createdAt, toBuffer(state), kind],
      );
      return { id: Number(rows[0]?.id), name, kind, createdAt };
    },
    async listVersions(mapId) {
      const { rows } = await pool.query<{
        id: string;
        name: string;
        kind: VersionKind;
        created_at: string;
      }>(
        'SELECT id, name, kind, created_at FROM versions WHERE map_id = $1 ORDER BY created_at, id',
        [mapId],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        name: row.name,
        kind: row.kind,
        createdAt: row.created_at,
      }));
    },
    async getVersion(mapId, versionId) {
      const { rows } = await pool.query<{
        id: string;
        name: string;
        kind: VersionKind;
        created_at: string;
        data: Buffer;
      }>('SELECT id, name, kind, created_at, data FROM versions WHERE map_id = $1 AND id = $2', [
        mapId,
        versionId,
      ]);
      const row = rows[0];
      if (!row) return undefined;
      return {
        id: Number(row.id),
        name: row.name,
        kind: row.kind,
        createdAt: row.created_at,
        state: bytes(row.data),
      };
    },
    async loadSecret() {
      await pool.query(
        'INSERT INTO server_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING',
        [randomBytes(32)],
      );
      const { rows } = await pool.query<{ secret: Buffer }>(
        'SELECT secret FROM server_secret WHERE id = 1',
      );
      const secret = rows[0]?.secret;
      if (!secret || secret.length < 32) throw new Error('The database holds no 32-byte secret.');
      return secret;
    },
    async writeProblem() {
      try {
        const { rows } = await pool.query<{ recovery: boolean; readOnly: string }>(
          `SELECT pg_is_in_recovery() AS recovery,
             current_setting('transaction_read_only') AS "readOnly"`,
        );
        const [row] = rows;
        if (row?.recovery || row?.readOnly === 'on') {
          return 'PostgreSQL takes no writes: DATABASE_URL points at a standby, or at a database whose transactions are read-only.';
        }
        return undefined;
      } catch (error) {
        return `PostgreSQL is not answering (${error instanceof Error ? error.message : error}).`;
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
