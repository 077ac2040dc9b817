/** How often a process says it is alive on the relay. */
export const HEARTBEAT_MS = 1_000;
/** Silence after which another process counts as gone: several heartbeats missed in a row. */
export const GONE_AFTER_MS = 5_000;

/**
 * When each other process was last heard (a heartbeat or any message), and which have fallen
 * silent. Only a process that is itself hearing the relay may judge the others: while it is
 * cut off everyone is silent to it, so after a gap it starts every clock afresh.
 */
export class ProcessLiveness {
  private readonly lastHeard = new Map<string, number>();
  private readonly goneAfterMs: number;

  constructor(goneAfterMs = GONE_AFTER_MS) {
    this.goneAfterMs = goneAfterMs;
  }

  heard(processId: string, now: number): void {
    this.lastHeard.set(processId, now);
  }

  /** The processes silent for too long, forgotten as they are returned. */
  sweep(now: number): string[] {
    const gone: string[] = [];
    for (const [processId, at] of this.lastHeard) {
      if (now - at < this.goneAfterMs) continue;
      gone.push(processId);
      this.lastHeard.delete(processId);
    }
    return gone;
  }

  /** After a gap on this process's own connection: nobody is judged on the silence it caused. */
  restart(now: number): void {
    for (const processId of this.lastHeard.keys()) this.lastHeard.set(processId, now);
  }
}
