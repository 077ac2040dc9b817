import type { Role } from '../auth/roles.ts';

/** A map's row: what the server knows about a map besides its document. */
export interface MapRecord {
  id: string;
  /** The title given at creation; the doc's meta holds the live title. */
  title: string;
  /** ISO 8601. */
  createdAt: string;
  /** sha256 (hex) of each role's token; the tokens themselves are never stored. */
  tokenHashes: Record<Role, string>;
  /** How many times each role's link has been rotated (its token is derived from this). */
  generations: Record<Role, number>;
}

/**
 * Where maps and their documents live. Appends are synchronous on purpose: an update must be
 * durable before the room broadcasts it, and the Yjs update event cannot wait for a promise.
 * Loading is asynchronous so a networked store can sit behind the same interface later.
 */
export interface DocStore {
  /** Adds a map with its first document state (the snapshot), in one transaction. */
  createMap(map: MapRecord, initialState: Uint8Array): void;
  /** The map's row, or undefined when there is no such map. */
  getMap(mapId: string): MapRecord | undefined;
  /** Replaces one role's token (its hash and generation): the old one stops working at once. */
  rotateToken(mapId: string, role: Role, generation: number, tokenHash: string): void;
  /** Every stored piece of the map's doc, in the order to apply: snapshot, then updates. */
  loadDoc(mapId: string): Promise<Uint8Array[]>;
  /** Appends one update durably; returns its sequence number. */
  appendUpdate(mapId: string, update: Uint8Array): number;
  /**
   * Replaces the snapshot with `fullState` and drops the updates it covers, in one
   * transaction. `fullState` must hold every update appended so far for this map (true in one
   * process: rooms append synchronously from the same doc they encode).
   */
  compact(mapId: string, fullState: Uint8Array): void;
  /** How many updates are waiting to be folded into the snapshot (for tests and metrics). */
  pendingUpdateCount(mapId: string): number;
  close(): void;
}
