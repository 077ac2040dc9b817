import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestMap, type TestServer } from '../helpers/startServer.ts';
import { openRaw, refusedStatus, syncUrl } from './rawSocket.ts';

let server: TestServer;
let map: TestMap;

beforeAll(async () => {
  server = await startTestServer();
  map = await server.createMap('Guarded');
});

afterAll(async () => {
  await server?.stop();
});

describe('the sync socket upgrade', () => {
  it('is refused without a token (401)', async () => {
    expect(await refusedStatus(syncUrl(server.wsUrl, map.id))).toBe(401);
    expect(await refusedStatus(`${syncUrl(server.wsUrl, map.id)}?token=`)).toBe(401);
  });

  it('is refused with a wrong token (403), even one for another map', async () => {
    expect(await refusedStatus(syncUrl(server.wsUrl, map.id, 'not-a-real-token'))).toBe(403);
    const other = await server.createMap('Other');
    expect(await refusedStatus(syncUrl(server.wsUrl, map.id, other.tokens.owner))).toBe(403);
  });

  it('is refused for an unknown map (404) and a malformed id (400)', async () => {
    expect(await refusedStatus(syncUrl(server.wsUrl, 'NoSuchMap1234', map.tokens.owner))).toBe(404);
    expect(await refusedStatus(syncUrl(server.wsUrl, 'bad!id', map.tokens.owner))).toBe(400);
    expect(await refusedStatus(syncUrl(server.wsUrl, 'short', map.tokens.owner))).toBe(400);
    expect(await refusedStatus(`${server.url.replace('http', 'ws')}/elsewhere`)).toBe(404);
  });

  it('opens for each role with its own token, from the query or the header', async () => {
    for (const token of Object.values(map.tokens)) {
      const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id, token));
      socket.close();
      expect(await closed).toBe(1005);
    }
    const { socket, closed } = await openRaw(syncUrl(server.wsUrl, map.id), {
      Authorization: `Bearer ${map.tokens.editor}`,
    });
    socket.close();
    await closed;
  });
});
