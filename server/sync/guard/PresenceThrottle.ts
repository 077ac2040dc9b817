import { RateBudget } from './RateBudget.ts';

/** Presence updates a socket may have relayed: a burst, then a steady rate. */
const BURST = 240;
const PER_SECOND = 120;

/**
 * Holds one socket's presence to a steady rate without losing its last word: an update over
 * the rate is not relayed at once but kept (a newer one replaces it) and relayed as soon as
 * the budget allows, so a flood costs everyone a fixed rate and the final cursor still lands.
 */
export class PresenceThrottle {
  private readonly budget: RateBudget;
  private latest: { update: Uint8Array; apply: (update: Uint8Array) => void } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(budget = new RateBudget(BURST, PER_SECOND)) {
    this.budget = budget;
  }

  /** Whether a request that costs as much as an update (a query) may go now. */
  take(): boolean {
    return this.budget.take();
  }

  /** Relays `update` now if the rate allows, else once it does (unless a newer one comes). */
  offer(update: Uint8Array, apply: (update: Uint8Array) => void): void {
    if (!this.latest && this.budget.take()) {
      apply(update);
      return;
    }
    this.latest = { update, apply };
    this.timer ??= setTimeout(this.flush, 1000 / PER_SECOND);
  }

  /** Drops what is held (the socket has gone). */
  destroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = undefined;
  }

  private readonly flush = (): void => {
    this.timer = undefined;
    const latest = this.latest;
    if (!latest) return;
    if (!this.budget.take()) {
      this.timer = setTimeout(this.flush, 1000 / PER_SECOND);
      return;
    }
    this.latest = undefined;
    latest.apply(latest.update);
  };
}
