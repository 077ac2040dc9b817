import type { VersionStore } from '../store/VersionStore.ts';

/** How long editing goes on before an automatic version is kept while it continues. */
export const AUTO_SNAPSHOT_EVERY_MS = 30 * 60_000;
/** How long without an edit ends a session of editing, even with people still in the room. */
export const AUTO_SNAPSHOT_IDLE_MS = 10 * 60_000;

/** Why an automatic version was kept, in the words the versions list shows. */
export const AUTO_SNAPSHOT_NAMES = {
  ended: 'End of a session of editing',
  idle: 'Editing paused',
  interval: 'After 30 minutes of editing',
} as const;

/** What an automatic version was kept for. */
export type AutoSnapshotReason = keyof typeof AUTO_SNAPSHOT_NAMES;

export interface AutoSnapshotsOptions {
  mapId: string;
  store: Pick<VersionStore, 'saveVersion'>;
  /** The map's full state now (`Y.encodeStateAsUpdate`). */
  state: () => Uint8Array;
  onError: (error: unknown) => void;
  now?: () => number;
  everyMs?: number;
  idleMs?: number;
}

/**
 * Keeps automatic versions of one live map, apart from the owner's named ones: when a
 * session of editing ends (the room empties, or nobody has edited for ten minutes) and every
 * thirty minutes while editing goes on. Only edits make a version due: a room where people
 * only look keeps none.
 */
export class AutoSnapshots {
  private readonly options: AutoSnapshotsOptions;
  private readonly now: () => number;
  private readonly everyMs: number;
  private readonly idleMs: number;
  /** When the first edit not yet in a version was made; null when there is none. */
  private editingSince: number | null = null;
  /** When the last edit was made. */
  private lastEditAt = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private destroyed = false;

  constructor(options: AutoSnapshotsOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.everyMs = options.everyMs ?? AUTO_SNAPSHOT_EVERY_MS;
    this.idleMs = options.idleMs ?? AUTO_SNAPSHOT_IDLE_MS;
  }

  /** Someone changed the map. */
  edited(): void {
    if (this.destroyed) return;
    const now = this.now();
    this.lastEditAt = now;
    this.editingSince ??= now;
    if (now - this.editingSince >= this.everyMs) {
      this.keep('interval');
    } else if (!this.idleTimer) {
      // Every update lands here: the timer is set once and, when it fires, waits on for the
      // time since the last edit, rather than being restarted for each edit.
      this.waitForIdle(this.idleMs);
    }
  }

  private waitForIdle(ms: number): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.destroyed) return;
      const quiet = this.now() - this.lastEditAt;
      if (quiet >= this.idleMs) this.keep('idle');
      else this.waitForIdle(this.idleMs - quiet);
    }, ms);
  }

  /**
   * The session is over (the last person left, or the server stops): keeps a version if
   * anything was edited since the last one. Settles once every version is stored.
   */
  end(): Promise<void> {
    if (!this.destroyed) this.keep('ended');
    this.destroy();
    return this.saving;
  }

  /** Stops the timers; nothing more is kept. */
  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.idleTimer);
  }

  /** Settles once every version asked for so far is stored (or failed). */
  settled(): Promise<void> {
    return this.saving;
  }

  private keep(reason: AutoSnapshotReason): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.editingSince === null) return;
    this.editingSince = null;
    // The state is read now, synchronously: the doc may be gone by the time the store writes.
    const state = this.options.state();
    const createdAt = new Date(this.now()).toISOString();
    this.saving = this.saving
      .then(() =>
        this.options.store.saveVersion(
          this.options.mapId,
          AUTO_SNAPSHOT_NAMES[reason],
          createdAt,
          state,
          'auto',
        ),
      )
      .then(
        () => undefined,
        (error: unknown) => this.options.onError(error),
      );
  }
}
