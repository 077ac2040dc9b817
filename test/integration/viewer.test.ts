import { describe, expect, it } from 'vitest';
import { addNode, mapDoc } from '../../shared/ydoc/index.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';
import { labels } from './docs.ts';

const origin = { kind: 'local', participantId: 'test' } as const;

const session = testSession();

describe('a viewer', () => {
  it("cannot change the map, yet sees everyone else's changes", async () => {
    const first = await session.server();
    const map = await first.createMap('Read only');
    const editor = await session.client(first, map.id, map.tokens.editor);
    const viewer = await session.client(first, map.id, map.tokens.viewer);

    // The viewer edits its own doc (as a tampered client could) and then announces a marker
    // in awareness on the same socket. The server handles a socket's frames in order, so once
    // the editor sees the marker, the viewer's edit has been dealt with.
    addNode(viewer.doc, origin, { kind: 'icb', label: 'Sneaky', position: { x: 0, y: 0 } });
    viewer.provider.awareness.setLocalStateField('marker', 'after-edit');
    await waitFor(() =>
      [...editor.provider.awareness.getStates().values()].some(
        (state) => state.marker === 'after-edit',
      ),
    );
    expect(labels(editor.doc)).toEqual([]);

    // The viewer still receives the editor's work.
    addNode(editor.doc, origin, { kind: 'nhs-trust', label: 'Trust', position: { x: 1, y: 1 } });
    await waitFor(() => labels(viewer.doc).includes('Trust'));
    expect(labels(viewer.doc)).toEqual(['Sneaky', 'Trust']);

    // Nor did it reach the store: after a restart a fresh client sees only the editor's node.
    editor.destroy();
    viewer.destroy();
    await first.stop();
    const second = await session.server({ dataDir: first.dataDir });
    const fresh = await session.client(second, map.id, map.tokens.editor);
    expect(labels(fresh.doc)).toEqual(['Trust']);
    expect(mapDoc(fresh.doc).meta.get('title')).toBe('Read only');
  });
});
