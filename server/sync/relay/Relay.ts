/**
 * What travels between the processes serving the same maps. Updates are published only
 * after they are stored, so the database is the record and the relay only the fast path:
 * a process that may have missed messages reloads the room from the database.
 */
export type RelayMessage =
  /** A batch of updates stored by another process (merged into one update). */
  | { kind: 'update'; update: Uint8Array }
  /** Presence changes of another process's sockets (a y-protocols awareness update). */
  | { kind: 'awareness'; update: Uint8Array }
  /** Another process changed the stored doc beside the relay (or missed messages): reload. */
  | { kind: 'reload' };

/** A room's place on the relay. */
export interface RelaySubscription {
  /** Settles once messages for the room are arriving (or at once while the relay is down). */
  ready: Promise<void>;
  leave(): void;
}

/** How a process hears the others and speaks to them. */
export interface Relay {
  /**
   * Listens to one room's messages from the other processes (never its own); `from` names the
   * process that sent each one (see onProcessGone).
   */
  join(mapId: string, listener: (message: RelayMessage, from: string) => void): RelaySubscription;
  /** Sends to the other processes' rooms of this map; dropped while the relay is down. */
  publish(mapId: string, message: RelayMessage): void;
  /**
   * Tells every other process to close the sockets of a revoked token; resolves to how many
   * they closed, once each has answered (or after a short wait for one that does not).
   */
  publishRevoked(mapId: string, tokenHash: string): Promise<number>;
  /** Called when another process revoked a token; returns how many sockets it closed here. */
  onRevoked(handler: (mapId: string, tokenHash: string) => number): void;
  /** Called when the relay is back after a gap in which messages may have been lost. */
  onReconnected(handler: () => void): void;
  /**
   * Called when another process has not been heard for a few seconds while the relay is up:
   * it died (kill -9, a crash) or lost Redis, and what it said of its sockets' presence no
   * longer holds.
   */
  onProcessGone(handler: (processId: string) => void): void;
  /** Whether messages are flowing now (for /healthz). */
  isUp(): boolean;
  close(): Promise<void>;
}
