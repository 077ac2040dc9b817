import { expect } from 'vitest';
import type * as Y from 'yjs';
import type { RawClient } from './rawClient.ts';
import { connectClient, type TestClient, type TestServer, waitFor } from './startServer.ts';

/** Plain JSON with every object's keys sorted: replicas may hold map keys in any order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

/** A doc as plain JSON (keys sorted), for comparing replicas. */
export function docJson(doc: Y.Doc): unknown {
  const out: Record<string, unknown> = {};
  for (const name of ['meta', 'nodes', 'edges', 'comments', 'votes', 'locks']) {
    out[name] = sorted(doc.getMap(name).toJSON());
  }
  return out;
}

/**
 * Waits until the server has handled everything `raw` sent so far: the server handles a
 * socket's frames in order, so once `observer` sees a presence marker sent after them, they
 * have been applied or refused.
 */
export async function flushed(raw: RawClient, observer: TestClient, marker: string): Promise<void> {
  raw.say({ user: { id: `raw-${raw.clientId}`, name: 'Raw' }, marker });
  await waitFor(
    () =>
      [...observer.provider.awareness.getStates().values()].some(
        (state) => (state as { marker?: unknown }).marker === marker,
      ),
    5_000,
    `marker ${marker}`,
  );
}

/** Waits until every client holds the same doc; returns it as JSON. */
export async function converged(clients: readonly TestClient[]): Promise<unknown> {
  const [first, ...rest] = clients;
  if (!first) throw new Error('no clients');
  await waitFor(
    () => rest.every((c) => JSON.stringify(docJson(c.doc)) === JSON.stringify(docJson(first.doc))),
    10_000,
    'the clients converging',
  );
  return docJson(first.doc);
}

/**
 * The map as the server stored it: the server is restarted on its data directory and a fresh
 * client reads the map from the store.
 */
export async function storedAfterRestart(
  server: TestServer,
  restart: (dataDir: string) => Promise<TestServer>,
  mapId: string,
  token: string,
): Promise<{ doc: unknown; server: TestServer }> {
  await server.stop();
  const again = await restart(server.dataDir);
  const reader = connectClient(again.wsUrl, mapId, token);
  try {
    await reader.synced;
    return { doc: docJson(reader.doc), server: again };
  } finally {
    reader.destroy();
  }
}

/** Asserts that every replica and the stored map are the same doc. */
export function expectSame(replicas: readonly unknown[]): void {
  const [first, ...rest] = replicas;
  for (const other of rest) expect(other).toEqual(first);
}
