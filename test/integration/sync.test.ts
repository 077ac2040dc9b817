import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqliteStore.ts';
import { addNode, connect, mapDoc } from '../../shared/ydoc/index.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';
import { labels } from './docs.ts';

const { server, client } = testSession();

const origin = { kind: 'local', participantId: 'test' } as const;

describe('live sync through the server', () => {
  it('brings two clients to the same map, and a late joiner to it too', async () => {
    const s = await server();
    const map = await s.createMap('Leeds place partnership');
    const alice = await client(s, map.id, map.tokens.owner);
    const bob = await client(s, map.id, map.tokens.editor);
    // The server sent the map as created.
    expect(mapDoc(alice.doc).meta.get('title')).toBe('Leeds place partnership');

    const icb = addNode(alice.doc, origin, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    const trust = addNode(bob.doc, origin, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 100, y: 0 },
    });
    await waitFor(() => mapDoc(bob.doc).nodes.has(icb) && mapDoc(alice.doc).nodes.has(trust));
    const edge = connect(alice.doc, origin, { kind: 'accountable-to', source: trust, target: icb });
    if (!edge.ok) throw new Error(edge.reason);
    await waitFor(() => mapDoc(bob.doc).edges.has(edge.id));
    expect(labels(alice.doc)).toEqual(labels(bob.doc));

    const carol = await client(s, map.id, map.tokens.viewer);
    expect(labels(carol.doc)).toEqual(['ICB', 'Trust']);
    expect(mapDoc(carol.doc).edges.get(edge.id)?.get('kind')).toBe('accountable-to');
  });

  it('keeps the map across a restart on the same data directory', async () => {
    const first = await server();
    const map = await first.createMap('Kept');
    const writer = await client(first, map.id, map.tokens.editor);
    addNode(writer.doc, origin, { kind: 'icb', label: 'Stays', position: { x: 1, y: 2 } });
    // A second client seeing it means the server has stored it (stored before broadcast).
    const witness = await client(first, map.id, map.tokens.viewer);
    await waitFor(() => labels(witness.doc).includes('Stays'));
    // Stop while the room is still open: close() must flush it.
    await first.stop();

    const second = await server({ dataDir: first.dataDir });
    const reader = await client(second, map.id, map.tokens.viewer);
    expect(labels(reader.doc)).toEqual(['Stays']);
    expect(mapDoc(reader.doc).meta.get('title')).toBe('Kept');
  });

  it('keeps the map across compactions and a restart', async () => {
    const first = await server({ compactEvery: 3 });
    const map = await first.createMap('Compacted');
    const writer = await client(first, map.id, map.tokens.owner);
    for (let i = 0; i < 10; i++) {
      addNode(writer.doc, origin, { kind: 'icb', label: `Node ${i}`, position: { x: i, y: i } });
    }
    const witness = await client(first, map.id, map.tokens.editor);
    await waitFor(() => labels(witness.doc).length === 10);
    // Compactions ran while the room was open: at most compactEvery - 1 updates wait in the log.
    const peek = openSqliteStore(first.dataDir);
    expect(await peek.pendingUpdateCount(map.id)).toBeLessThan(3);
    expect(await peek.loadDoc(map.id)).not.toHaveLength(11);
    await peek.close();
    writer.destroy();
    witness.destroy();
    await first.stop();

    const second = await server({ dataDir: first.dataDir, compactEvery: 3 });
    const reader = await client(second, map.id, map.tokens.viewer);
    expect(labels(reader.doc)).toHaveLength(10);
    expect(labels(reader.doc)).toContain('Node 9');
  });

  it("merges a client's offline edits when the server comes back on the same port", async () => {
    const first = await server();
    const map = await first.createMap('Offline');
    const alice = await client(first, map.id, map.tokens.editor);
    addNode(alice.doc, origin, { kind: 'icb', label: 'Online', position: { x: 0, y: 0 } });
    const witness = await client(first, map.id, map.tokens.viewer);
    await waitFor(() => labels(witness.doc).includes('Online'));
    witness.destroy();
    await first.stop();
    await waitFor(() => !alice.provider.wsconnected);

    addNode(alice.doc, origin, { kind: 'nhs-trust', label: 'Offline', position: { x: 1, y: 1 } });
    const second = await server({ dataDir: first.dataDir, port: first.port });
    // The provider reconnects by itself; its sync step 2 carries the offline edit.
    await waitFor(() => alice.provider.synced, 10_000, 'the reconnect');
    const fresh = await client(second, map.id, map.tokens.viewer);
    await waitFor(() => labels(fresh.doc).length === 2, 5_000, 'the offline edit on the server');
    expect(labels(fresh.doc)).toEqual(['Offline', 'Online']);
  });

  it('reloads a room after its last client left, with everything in it', async () => {
    const s = await server();
    const map = await s.createMap();
    const writer = await client(s, map.id, map.tokens.editor);
    addNode(writer.doc, origin, { kind: 'icb', label: 'Before unload', position: { x: 0, y: 0 } });
    const witness = await client(s, map.id, map.tokens.editor);
    await waitFor(() => labels(witness.doc).length === 1);
    writer.destroy();
    witness.destroy();
    // Joining straight away may race with the unload; either way nothing may be missing.
    const again = await client(s, map.id, map.tokens.viewer);
    expect(labels(again.doc)).toEqual(['Before unload']);
    expect(mapDoc(again.doc).meta.get('title')).toBe('Untitled map');
  });
});
