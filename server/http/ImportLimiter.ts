import type { IncomingMessage } from 'node:http';
import { RateBudget } from '../sync/guard/RateBudget.ts';
import { HttpError } from './HttpError.ts';
import { MAX_BODY_BYTES } from './readJsonBody.ts';

/** The most elements (footprints, bodies and relationships) one imported spec may have. */
export const MAX_IMPORT_ELEMENTS = 20_000;
/** How many imports one client address may make. */
export interface ImportLimits {
  /** Imports at once before the rate applies. */
  burst: number;
  /** Imports a minute after that. */
  perMinute: number;
  /** Imports running at the same time. */
  maxInFlight: number;
  /** The most elements one spec may have; default MAX_IMPORT_ELEMENTS. */
  maxElements?: number;
  /** The largest request body an import reads; default MAX_BODY_BYTES. */
  maxBytes?: number;
}

/** Five imports a minute, two at a time: plenty for people, little for a flood. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { burst: 5, perMinute: 5, maxInFlight: 2 };
/** Addresses remembered; the oldest is forgotten first (a full bucket is the default anyway). */
const MAX_ADDRESSES = 10_000;

/**
 * Limits imports by client address (imports need no token, and each takes a worker for
 * seconds): how many, how often, how many at once, and how big.
 */
export class ImportLimiter {
  private readonly budgets = new Map<string, RateBudget>();
  private readonly inFlight = new Map<string, number>();
  private readonly limits: ImportLimits;

  constructor(limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
    this.limits = limits;
  }

  /** The largest request body an import reads. */
  get maxBytes(): number {
    return this.limits.maxBytes ?? MAX_BODY_BYTES;
  }

  /** Refuses a spec with more elements than an import takes, before any work is done on it. */
  checkSize(body: unknown): void {
    checkImportSize(body, this.limits.maxElements ?? MAX_IMPORT_ELEMENTS);
  }

  /**
   * Admits an import from this request or throws a 429; call the returned function when it
   * has finished.
   */
  admit(req: IncomingMessage): () => void {
    const address = req.socket.remoteAddress ?? 'unknown';
    let budget = this.budgets.get(address);
    if (!budget) {
      budget = new RateBudget(this.limits.burst, this.limits.perMinute / 60);
      if (this.budgets.size >= MAX_ADDRESSES) {
        const oldest = this.budgets.keys().next().value;
        if (oldest !== undefined) this.budgets.delete(oldest);
      }
      this.budgets.set(address, budget);
    }
    const running = this.inFlight.get(address) ?? 0;
    const { maxInFlight, perMinute } = this.limits;
    if (running >= maxInFlight) {
      throw tooMany(`At most ${maxInFlight} imports may run at once from one address.`, 5);
    }
    if (!budget.take()) {
      throw tooMany(
        `At most ${perMinute} imports a minute may come from one address.`,
        60 / perMinute,
      );
    }
    this.inFlight.set(address, running + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.inFlight.get(address) ?? 1) - 1;
      if (left > 0) this.inFlight.set(address, left);
      else this.inFlight.delete(address);
    };
  }
}

function tooMany(message: string, retryAfterSeconds: number): HttpError {
  return new HttpError('too_many_requests', `${message} Try again shortly.`, {
    headers: { 'Retry-After': String(Math.ceil(retryAfterSeconds)) },
  });
}

function checkImportSize(body: unknown, maxElements: number): void {
  if (body === null || typeof body !== 'object') return;
  let count = 0;
  for (const key of ['footprints', 'bodies', 'relationships']) {
    const list = (body as Record<string, unknown>)[key];
    if (Array.isArray(list)) count += list.length;
  }
  if (count > maxElements) {
    throw new HttpError(
      'spec_too_large',
      `The spec has ${count} elements; an import takes at most ${maxElements}.`,
    );
  }
}
