import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { titleOf } from '../maps/readTitle.ts';
import type { DocStore } from '../store/DocStore.ts';

export interface RoomCompactionOptions {
  mapId: string;
  store: DocStore;
  log: Logger;
  /** Updates between compactions of the store's log into one snapshot. */
  compactEvery: number;
  /** Whether other processes append to the same log (a relay): it is then asked its length. */
  shared: boolean;
  /** The room's doc: the snapshot covers it as it stands when the compaction runs. */
  doc: () => Y.Doc;
  /** Whether the room's doc is loaded and live: only then is it worth a snapshot. */
  isLive: () => boolean;
}

/**
 * When a room folds its store's log into one snapshot: after about `compactEvery` updates
 * were appended, and when it unloads. One compaction at a time; an update appended while
 * one runs stays in the log and counts towards the next.
 */
export class RoomCompaction {
  private readonly options: RoomCompactionOptions;
  private readonly every: number;
  private sinceLast = 0;
  /** With other processes: updates counted since this one last asked the log its length. */
  private sinceLogCheck = 0;
  private checkingLog = false;
  private running: Promise<void> | undefined;

  constructor(options: RoomCompactionOptions) {
    this.options = options;
    this.every = Math.max(1, options.compactEvery);
  }

  /** The log's length when the room loaded: those updates count towards the first one. */
  start(pending: number): void {
    this.sinceLast = pending;
  }

  /** Settles when the compaction under way, if any, has ended (however it ended). */
  get settled(): Promise<void> {
    return this.running?.catch(() => {}) ?? Promise.resolve();
  }

  /** Folds the log into a snapshot, if anything was appended since the last time. */
  run(): Promise<void> {
    if (!this.options.isLive() || this.sinceLast === 0) return Promise.resolve();
    if (!this.running) {
      const { store, mapId, log, doc } = this.options;
      const count = this.sinceLast;
      this.running = store
        .compact(mapId, () => Y.encodeStateAsUpdate(doc()), titleOf(doc()))
        .then(() => {
          this.sinceLast = Math.max(0, this.sinceLast - count);
          log.debug('compacted');
        })
        .finally(() => {
          this.running = undefined;
        });
    }
    return this.running;
  }

  /**
   * Counts what went into the store's log. One process counts exactly. Several share one log,
   * and a batch another process stored arrives here as one update however many rows it added,
   * so every tenth of the threshold this process asks the log how long it is: the log holds
   * about `compactEvery` rows however many processes append to it.
   */
  counted(updates: number): void {
    this.sinceLast += updates;
    if (this.running) return;
    if (!this.options.shared) {
      if (this.sinceLast >= this.every) this.runInBackground();
      return;
    }
    this.sinceLogCheck += updates;
    if (this.checkingLog || this.sinceLogCheck < Math.ceil(this.every / 10)) return;
    this.sinceLogCheck = 0;
    this.checkingLog = true;
    const { store, mapId, log } = this.options;
    store
      .pendingUpdateCount(mapId)
      .then((rows) => {
        if (rows >= this.every && !this.running) this.runInBackground();
      })
      .catch((error: unknown) => log.warn('could not count the log', { error }))
      .finally(() => {
        this.checkingLog = false;
      });
  }

  private runInBackground(): void {
    this.run().catch((error: unknown) => this.options.log.error('compaction failed', { error }));
  }
}
