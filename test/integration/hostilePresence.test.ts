import { describe, expect, it } from 'vitest';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import { converged, flushed } from '../helpers/honest.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

describe('presence is bound to the socket that introduced it', () => {
  it("no one can rename, demote or remove the facilitator's presence", async () => {
    const server = await session.server();
    const map = await server.createMap('Presence');
    const facilitator = await session.client(server, map.id, map.tokens.owner, {
      user: { id: 'f', name: 'Fran' },
      facilitator: { followMe: true, summonAt: null },
    });
    const editor = await session.client(server, map.id, map.tokens.editor, {
      user: { id: 'e', name: 'Ed' },
    });
    const target = facilitator.doc.clientID;
    const seenByEditor = () => editor.provider.awareness.getStates().get(target);
    await waitFor(() => seenByEditor() !== undefined, 5_000, "the facilitator's presence");

    const mallory = await session.raw(server, map.id, map.tokens.editor);
    const viewer = await session.raw(server, map.id, map.tokens.viewer);
    // An editor writes the facilitator's presence with a newer clock: renamed, no follow-me.
    mallory.announce(target, { user: { id: 'f', name: 'Renamed' }, facilitator: null }, 1_000);
    // A viewer removes it with a null state.
    viewer.announce(target, null, 2_000);
    await flushed(mallory, editor, 'after-editor');
    await flushed(viewer, editor, 'after-viewer');
    expect(seenByEditor()).toMatchObject({
      user: { id: 'f', name: 'Fran', role: 'owner' },
      facilitator: { followMe: true },
    });

    // A socket that announced the facilitator's id and left takes nothing with it.
    mallory.close();
    await mallory.closed;
    const late = await session.client(server, map.id, map.tokens.viewer, {
      user: { id: 'l', name: 'Lee' },
    });
    await waitFor(() => late.provider.awareness.getStates().has(target));
    expect(seenByEditor()?.user).toMatchObject({ name: 'Fran' });

    // The honest clients still share presence and edits.
    facilitator.provider.awareness.setLocalStateField('user', { id: 'f', name: 'Fran B' });
    await waitFor(() => (seenByEditor()?.user as { name?: string } | undefined)?.name === 'Fran B');
    addNode(editor.doc, local, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    await waitFor(() => mapDoc(facilitator.doc).nodes.size === 1);
    await converged([facilitator, editor, late]);
  });
});
