import type { Connection } from './Connection.ts';

/** How often sockets are pinged; one missed pong and the socket is dropped at the next tick. */
export const KEEPALIVE_MS = 30_000;

/**
 * Pings every socket now and then and terminates the ones that did not answer the last ping,
 * so a laptop that lost its network does not stay in the room (and its cursor on screen).
 * Returns the function that stops it.
 */
export function startKeepalive(
  connections: () => Iterable<Connection>,
  intervalMs: number = KEEPALIVE_MS,
): () => void {
  const timer = setInterval(() => {
    for (const conn of connections()) {
      if (!conn.alive) {
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
    }
  }, intervalMs);
  // Keepalive alone must not keep the process running.
  timer.unref();
  return () => clearInterval(timer);
}
