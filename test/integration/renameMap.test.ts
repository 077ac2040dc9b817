import { describe, expect, it } from 'vitest';
import { mapDoc, setTitle } from '../../shared/ydoc/index.ts';
import { testSession } from '../helpers/session.ts';
import { type TestClient, waitFor } from '../helpers/startServer.ts';

const session = testSession();

async function room() {
  const server = await session.server();
  const map = await server.createMap('Workshop 1');
  const join = (token: string) => session.client(server, map.id, token);
  return {
    server,
    map,
    owner: await join(map.tokens.owner),
    editor: await join(map.tokens.editor),
    viewer: await join(map.tokens.viewer),
  };
}

const titleOf = (c: TestClient) => mapDoc(c.doc).meta.get('title');

describe('renaming a map', () => {
  it("is the owner's: everyone sees the new title live, and the REST API reads it", async () => {
    const { server, map, owner, editor, viewer } = await room();
    expect(setTitle(owner.doc, { kind: 'local', participantId: 'owner' }, 'Leeds place')).toEqual({
      ok: true,
    });
    await waitFor(() => titleOf(editor) === 'Leeds place' && titleOf(viewer) === 'Leeds place');
    const response = await fetch(`${server.url}/api/maps/${map.id}`, {
      headers: { authorization: `Bearer ${map.tokens.viewer}` },
    });
    expect(((await response.json()) as { title: string }).title).toBe('Leeds place');
  });

  it('reads the new title from the REST API once everyone has left, and after a restart', async () => {
    const { server, map, owner, editor, viewer } = await room();
    setTitle(owner.doc, { kind: 'local', participantId: 'owner' }, 'Bradford place');
    await waitFor(() => titleOf(viewer) === 'Bradford place');
    for (const client of [owner, editor, viewer]) client.destroy();
    const title = async (at: typeof server) => {
      const response = await fetch(`${at.url}/api/maps/${map.id}`, {
        headers: { authorization: `Bearer ${map.tokens.viewer}` },
      });
      return ((await response.json()) as { title: string }).title;
    };
    // The room unloads, compacting, once its last socket has gone.
    await waitFor(async () => (await title(server)) === 'Bradford place', 5_000, 'the title');
    await server.stop();
    const again = await session.server({ dataDir: server.dataDir });
    expect(await title(again)).toBe('Bradford place');
  });

  it("puts back an editor's rename for everyone, the editor too", async () => {
    const { owner, editor } = await room();
    setTitle(editor.doc, { kind: 'local', participantId: 'editor' }, 'Hijacked');
    await waitFor(
      () => titleOf(editor) === 'Workshop 1' && titleOf(owner) === 'Workshop 1',
      5_000,
      'the title put back',
    );
  });
});
