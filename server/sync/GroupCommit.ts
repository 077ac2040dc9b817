/** A batch whose updates came from more than one sender. */
const MIXED: unique symbol = Symbol('mixed');

export interface GroupCommitOptions<Sender> {
  /** Stores a batch durably, all or none. */
  store: (updates: readonly Uint8Array[]) => Promise<void>;
  /**
   * A batch is stored: broadcast it. `sender` is the one who sent every update in it (and so
   * holds all of it), when one did.
   */
  onStored: (batch: readonly Uint8Array[], sender: Sender | undefined) => void;
  /** A batch could not be stored; nothing more is stored or broadcast after this. */
  onFailed: (error: unknown) => void;
  /** Batches stored at once at most (each is one transaction of its own). */
  maxInFlight?: number;
}

/**
 * Group commit for one room: the updates applied in one turn of the event loop become one
 * batch, stored in one transaction and handed on (broadcast) once it has committed, so
 * nothing reaches anyone that a crash could take back.
 *
 * Batches do not wait for each other: a new one is stored while earlier ones are still
 * committing (a few at once), so an update waits for one commit, not for the ones before it.
 * A database whose commit waits for its disk (PostgreSQL: several ms, far more on a busy
 * machine) would otherwise queue every update behind the commit under way. Batches may
 * therefore be handed on out of order, which Yjs does not mind: an update that arrives
 * before one it builds on waits in the client's doc until that one arrives.
 */
export class GroupCommit<Sender = unknown> {
  private readonly options: GroupCommitOptions<Sender>;
  private readonly maxInFlight: number;
  private pending: Uint8Array[] = [];
  /** Who sent every update in `pending`: undefined while empty, `mixed` once two did. */
  private pendingSender: Sender | typeof MIXED | undefined;
  private scheduled = false;
  private inFlight = 0;
  private failed = false;
  /** The number the next batch taken from `pending` gets. */
  private nextBatch = 1;
  /** Every batch up to this number is stored. */
  private storedThrough = 0;
  /** Stored batches beyond `storedThrough` (an earlier one is still committing). */
  private readonly storedAhead = new Set<number>();
  /** Callbacks waiting for every batch up to `after` to be stored. */
  private waiting: { after: number; callback: () => void }[] = [];

  constructor(options: GroupCommitOptions<Sender>) {
    this.options = options;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 4);
  }

  /** Whether everything added so far is stored. */
  get idle(): boolean {
    return this.pending.length === 0 && this.inFlight === 0;
  }

  /**
   * An update applied to the doc: stored with the others of this turn of the loop. `sender`
   * holds all of it already (it sent it), or is undefined when someone else made some of it.
   */
  add(update: Uint8Array, sender?: Sender): void {
    if (this.failed) return;
    if (this.pending.length === 0) this.pendingSender = sender;
    else if (this.pendingSender !== sender) this.pendingSender = MIXED;
    this.pending.push(update);
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after every socket read of this turn of the loop: one batch per tick.
    // Storing each read's updates as soon as it is handled (a microtask) sends an update a
    // little sooner on a quiet loop, but a busy loop's turn then ends in many batches, each
    // a message to every socket: 60 clients at 2 moves/s in one room, on a loaded machine,
    // waited 110–200 ms at the median that way against 14–37 ms with a batch per turn. Even
    // storing only a calm turn's first read at once, and the rest of the turn at its end,
    // was slower at 20 clients × 5 moves/s (p50 1.10× the reference server against 1.00×):
    // each client then reads and applies two messages where one would do.
    setImmediate(this.flush);
  }

  /** Runs `callback` once everything added so far is stored (at once if it is; or on failure). */
  afterStored(callback: () => void): void {
    const after = this.pending.length > 0 ? this.nextBatch : this.nextBatch - 1;
    if (after <= this.storedThrough || this.failed) callback();
    else this.waiting.push({ after, callback });
  }

  /** Settles once everything added so far is stored (or failed); starts storing it now. */
  drain(): Promise<void> {
    const done = new Promise<void>((resolve) => this.afterStored(resolve));
    this.flush();
    return done;
  }

  /** Drops what is not stored yet and lets every waiter go (the room is closing or failed). */
  abandon(): void {
    this.failed = true;
    this.pending = [];
    this.pendingSender = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    for (const { callback } of waiting) callback();
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.failed || this.pending.length === 0 || this.inFlight >= this.maxInFlight) return;
    const batch = this.pending;
    const sender = this.pendingSender === MIXED ? undefined : this.pendingSender;
    this.pending = [];
    this.pendingSender = undefined;
    const number = this.nextBatch++;
    this.inFlight++;
    // One reaction, not a chain: a batch costs one promise and one microtask past the store's.
    this.options.store(batch).then(
      () => {
        try {
          this.stored(number, batch, sender);
        } finally {
          this.inFlight--;
          this.flushWaiting();
        }
      },
      (error: unknown) => {
        this.inFlight--;
        if (this.failed) return;
        this.abandon();
        this.options.onFailed(error);
      },
    );
  };

  /** What arrived while every slot was taken goes now. */
  private flushWaiting(): void {
    if (this.pending.length > 0 && !this.scheduled) this.flush();
  }

  private stored(number: number, batch: readonly Uint8Array[], sender: Sender | undefined): void {
    if (this.failed) return;
    this.options.onStored(batch, sender);
    this.storedAhead.add(number);
    while (this.storedAhead.delete(this.storedThrough + 1)) this.storedThrough++;
    if (this.waiting.length === 0) return;
    const ready = this.waiting.filter((each) => each.after <= this.storedThrough);
    this.waiting = this.waiting.filter((each) => each.after > this.storedThrough);
    for (const { callback } of ready) callback();
  }
}
