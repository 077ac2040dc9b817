import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addNode,
  mapDoc,
  readThreads,
  renameNode,
  setThreadResolved,
} from '../../shared/ydoc/index.ts';
import { converged, docJson, expectSame, flushed, storedAfterRestart } from '../helpers/honest.ts';
import { updates } from '../helpers/rawClient.ts';
import { testSession } from '../helpers/session.ts';
import { type TestServer, waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

const started = (dataDir?: string): Promise<TestServer> =>
  session.server(dataDir ? { dataDir } : {});

describe("a viewer cannot destroy other people's edits", () => {
  it("refuses a GC struct on an editor's future clocks, and the editor's offline edits reach everyone", async () => {
    const server = await started();
    const map = await server.createMap('Offline edits');
    const owner = await session.client(server, map.id, map.tokens.owner, {
      user: { id: 'owner', name: 'Olu' },
    });
    const editor = await session.client(server, map.id, map.tokens.editor, {
      user: { id: 'ed', name: 'Ed' },
    });
    const body = addNode(editor.doc, local, {
      kind: 'icb',
      label: 'ICB',
      position: { x: 0, y: 0 },
    });
    await waitFor(() => mapDoc(owner.doc).nodes.has(body));

    const mallory = await session.raw(server, map.id, map.tokens.viewer);
    // The editor's client id is in everyone's presence.
    const victim = editor.doc.clientID;
    await waitFor(() => mallory.presence.has(victim), 5_000, "the editor's presence");

    editor.provider.disconnect();
    const offline = addNode(editor.doc, local, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 9, y: 9 },
    });
    renameNode(editor.doc, local, body, 'ICB, renamed offline');

    const next = Y.getState(mallory.mirror.store, victim);
    mallory.sendUpdate(updates.gc(victim, next, 1_000));
    mallory.sendUpdate(updates.gc(victim, 0, next + 1_000));
    // The same claim as an item, and as a well-formed comment under the editor's id.
    mallory.sendUpdate(updates.made(mallory.mirror, victim, (d) => d.getMap('nodes').set('x', 1)));
    mallory.say({ user: { id: 'mal', name: 'Mallory' } });
    mallory.sendUpdate(
      updates.made(mallory.mirror, victim, (d) =>
        addComment(d, local, { targetId: body }, { id: 'mal', name: 'Mallory' }, 'Mine now'),
      ),
    );
    // And a deletion of the editor's next clocks, before they exist.
    mallory.sendUpdate(updates.deletion(victim, next, 50));
    await flushed(mallory, owner, 'after-attack');
    expect(Y.getState(owner.doc.store, victim)).toBe(next);

    editor.provider.connect();
    await waitFor(() => mapDoc(owner.doc).nodes.has(offline), 5_000, 'the offline edits');
    expect(mapDoc(owner.doc).nodes.get(body)?.get('label')).toBe('ICB, renamed offline');
    expect(readThreads(owner.doc)).toHaveLength(0);
    const live = await converged([owner, editor]);

    const again = await storedAfterRestart(server, started, map.id, map.tokens.owner);
    expectSame([live, again.doc]);
  });
});

describe('a commenter may only add its own comments', () => {
  it("cannot rewrite, replace or delete another's comment, forge an author or pass the limit", async () => {
    const server = await started();
    const map = await server.createMap('Comments');
    const owner = await session.client(server, map.id, map.tokens.owner, {
      user: { id: 'owner', name: 'Olu' },
    });
    const editor = await session.client(server, map.id, map.tokens.editor, {
      user: { id: 'ed', name: 'Ed' },
    });
    const hana = await session.client(server, map.id, map.tokens.viewer, {
      user: { id: 'hana', name: 'Hana' },
    });
    const body = addNode(editor.doc, local, {
      kind: 'icb',
      label: 'ICB',
      position: { x: 0, y: 0 },
    });
    await waitFor(() => mapDoc(hana.doc).nodes.has(body));
    const hanas = addComment(
      hana.doc,
      local,
      { targetId: body },
      { id: 'hana', name: 'Hana' },
      'Who chairs?',
    );
    await waitFor(() => readThreads(owner.doc).length === 1, 5_000, "Hana's comment");

    const mallory = await session.raw(server, map.id, map.tokens.viewer);
    await waitFor(() => mapDoc(mallory.mirror).comments.has(hanas));
    mallory.say({ user: { id: 'mal', name: 'Mallory' } });
    const comments = (d: Y.Doc) => mapDoc(d).comments;
    const attacks: Array<(d: Y.Doc) => void> = [
      (d) => comments(d).get(hanas)?.set('text', 'Nobody, ha'),
      (d) => comments(d).get(hanas)?.set('authorName', 'Mallory'),
      (d) => comments(d).delete(hanas),
      (d) => {
        const forged = new Y.Map<unknown>();
        for (const [k, v] of Object.entries({
          authorId: 'mal',
          authorName: 'Mallory',
          text: 'x',
          createdAt: 'now',
          targetId: body,
        }))
          forged.set(k, v);
        comments(d).set(hanas, forged);
      },
      (d) => addComment(d, local, { targetId: body }, { id: 'hana', name: 'Hana' }, 'I resign'),
      (d) => {
        const long = new Y.Map<unknown>();
        for (const [k, v] of Object.entries({
          authorId: 'mal',
          authorName: 'Mallory',
          text: 'y'.repeat(4_001),
          createdAt: 'now',
          targetId: body,
        }))
          long.set(k, v);
        comments(d).set('LongCommentId1', long);
      },
      (d) =>
        addComment(
          d,
          local,
          { targetId: body },
          { id: 'mal', name: 'Mallory' },
          'and a rename',
        ).valueOf() && renameNode(d, local, body, 'Mallory was here'),
      (d) => d.getMap('votes').set(body, new Y.Map()),
    ];
    for (const attack of attacks) mallory.sendUpdate(mallory.made(attack));
    // Deleting Hana's structs outright, by her client id.
    mallory.sendUpdate(updates.deletion(hana.doc.clientID, 0, 100));
    // A comment under Hana's client id.
    mallory.sendUpdate(
      updates.made(mallory.mirror, hana.doc.clientID, (d) =>
        addComment(d, local, { targetId: body }, { id: 'mal', name: 'Mallory' }, 'as Hana'),
      ),
    );
    // What a commenter may do: its own comment, resolving a thread.
    mallory.write((d) =>
      addComment(d, local, { targetId: body }, { id: 'mal', name: 'Mallory' }, 'A fair question'),
    );
    await flushed(mallory, owner, 'after-attacks');
    await waitFor(() => readThreads(owner.doc).length === 2, 5_000, "Mallory's own comment");
    mallory.write((d) => setThreadResolved(d, local, hanas, true));
    await waitFor(() => readThreads(owner.doc).find((t) => t.id === hanas)?.resolved === true);

    const threads = readThreads(owner.doc);
    const hanaThread = threads.find((t) => t.id === hanas);
    expect(hanaThread?.root).toMatchObject({
      text: 'Who chairs?',
      authorId: 'hana',
      authorName: 'Hana',
    });
    expect(threads.map((t) => [t.root.authorName, t.root.text]).sort()).toEqual([
      ['Hana', 'Who chairs?'],
      ['Mallory', 'A fair question'],
    ]);
    expect(mapDoc(owner.doc).nodes.get(body)?.get('label')).toBe('ICB');
    expect(mapDoc(owner.doc).votes.size).toBe(0);

    // Honest clients are unaffected: Hana's next comment arrives and everyone agrees.
    addComment(hana.doc, local, { targetId: body }, { id: 'hana', name: 'Hana' }, 'Still here');
    await waitFor(() => readThreads(owner.doc).length === 3, 5_000, "Hana's second comment");
    const live = await converged([owner, editor, hana]);
    expect(docJson(owner.doc)).toEqual(live);
  });
});
