import type { WebsocketProvider } from 'y-websocket';

/** While connection attempts keep failing, how often at most /healthz is asked why. */
export const HEALTH_EVERY_MS = 5000;

/** Whether the server says it cannot store changes (/healthz 503, database down). */
export async function serverCannotSave(): Promise<boolean> {
  try {
    const res = await fetch('/healthz', { cache: 'no-store' });
    // Read every answer to its end: a body left unread keeps the request open in the browser.
    const body = (await res.json()) as { database?: unknown };
    return res.status === 503 && body.database === 'down';
  } catch {
    return false;
  }
}

/**
 * Asks the server's health each time a connection attempt fails, at most every
 * HEALTH_EVERY_MS: a refused socket looks like a lost network, and only /healthz tells them
 * apart. A page whose socket stays open never asks. Returns the teardown.
 */
export function watchServerHealth(
  provider: Pick<WebsocketProvider, 'on' | 'off'>,
  onAnswer: (cannotSave: boolean) => void,
  ask: () => Promise<boolean> = serverCannotSave,
  now: () => number = Date.now,
): () => void {
  let stopped = false;
  let lastAsked = Number.NEGATIVE_INFINITY;
  const onFailure = () => {
    if (now() - lastAsked < HEALTH_EVERY_MS) return;
    lastAsked = now();
    void ask().then((answer) => {
      if (!stopped) onAnswer(answer);
    });
  };
  provider.on('connection-close', onFailure);
  provider.on('connection-error', onFailure);
  return () => {
    stopped = true;
    provider.off('connection-close', onFailure);
    provider.off('connection-error', onFailure);
  };
}
