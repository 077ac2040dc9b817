import type { Role } from '../auth/roles.ts';

/** A map's row: what the server knows about a map besides its document. */
export interface MapRecord {
  id: string;
  /**
   * The map's title: the doc's meta holds the live one, and a room writes it here when it
   * changes (and with each compaction), so every process reads a current one, whichever
   * process holds the map open.
   */
  title: string;
  /** ISO 8601. */
  createdAt: string;
  /** sha256 (hex) of each role's token; the tokens themselves are never stored. */
  tokenHashes: Record<Role, string>;
  /** How many times each role's link has been rotated (its token is derived from this). */
  generations: Record<Role, number>;
}

/**
 * Where maps and their documents live: the embedded SQLite file or a PostgreSQL database
 * shared by several processes. Every method returns a promise so both sit behind one
 * interface; the SQLite store does its work synchronously and hands back a settled promise.
 */
export interface DocStore {
  /** Adds a map with its first document state (the snapshot), in one transaction. */
  createMap(map: MapRecord, initialState: Uint8Array): Promise<void>;
  /** The map's row, or undefined when there is no such map. */
  getMap(mapId: string): Promise<MapRecord | undefined>;
  /** Writes the map's title into its row (the doc's own title changed). */
  setTitle(mapId: string, title: string): Promise<void>;
  /** Replaces one role's token (its hash and generation): the old one stops working at once. */
  rotateToken(mapId: string, role: Role, generation: number, tokenHash: string): Promise<void>;
  /** Every stored piece of the map's doc, in the order to apply: snapshot, then updates. */
  loadDoc(mapId: string): Promise<Uint8Array[]>;
  /**
   * Appends updates durably, all or none, in one transaction (a room's group commit): the
   * promise resolves only once they are committed.
   */
  appendUpdates(mapId: string, updates: readonly Uint8Array[]): Promise<void>;
  /**
   * Appends updates durably before it returns, as appendUpdates does, throwing when it
   * cannot. Only a store whose append never waits has it (SQLite with its journal): a room
   * then stores a client's update and sends it on before it applies it (Room.sendAhead).
   */
  appendNow?(mapId: string, updates: readonly Uint8Array[]): void;
  /**
   * Folds the log into the snapshot. The new snapshot covers the old one, every update it
   * drops from the log, and `liveState()` (the full state of a room's doc, which may hold
   * updates not yet appended: keeping them in the snapshot too does no harm). An update
   * appended while this runs stays in the log. `title`, the doc's title, goes in the map's
   * row in the same transaction. The live state is asked for only by the process that does
   * the compaction: when several reach the threshold together, the others skip it, and
   * encoding a whole system's doc (about 0.4 s at 2,000 bodies) is not work to waste.
   */
  compact(mapId: string, liveState: () => Uint8Array, title?: string): Promise<void>;
  /** How many updates are waiting to be folded into the snapshot (for tests and metrics). */
  pendingUpdateCount(mapId: string): Promise<number>;
  /**
   * Why the store cannot take writes now (a read-only or full disk, a database that went
   * read-only or away), or `undefined` when it can: what /healthz reports.
   */
  writeProblem(): Promise<string | undefined>;
  close(): Promise<void>;
}
