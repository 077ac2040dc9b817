import { afterEach } from 'vitest';
import { RawClient } from './rawClient.ts';
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestServerOptions,
} from './startServer.ts';

/** A presence: a participant id (used as the name too), or a whole awareness state. */
export type Presence = string | Record<string, unknown>;

/**
 * What the tests of one file open — servers, honest y-websocket clients and raw y-protocols
 * clients — each closed after every test. Call it once at the top of a test file.
 */
export function testSession() {
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const r of raws.splice(0)) r.close();
    for (const s of servers.splice(0)) await s.stop();
  });

  return {
    /** A real server on a free port, stopped after the test. */
    async server(options?: TestServerOptions): Promise<TestServer> {
      const server = await startTestServer(options);
      servers.push(server);
      return server;
    },
    /** An honest client, synced, announcing `presence` when given one. */
    async client(
      server: TestServer,
      mapId: string,
      token: string,
      presence?: Presence,
    ): Promise<TestClient> {
      const client = connectClient(server.wsUrl, mapId, token);
      clients.push(client);
      await client.synced;
      if (presence !== undefined) {
        client.provider.awareness.setLocalState(
          typeof presence === 'string' ? { user: { id: presence, name: presence } } : presence,
        );
      }
      return client;
    },
    /** A raw y-protocols client, as a hostile participant would write one. */
    async raw(server: TestServer, mapId: string, token: string): Promise<RawClient> {
      const raw = await RawClient.connect(server.wsUrl, mapId, token);
      raws.push(raw);
      return raw;
    },
  };
}
