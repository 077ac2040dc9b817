import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addNode,
  castVote,
  lockElements,
  mapDoc,
  openVote,
  placeNodes,
  readThreads,
  readVotes,
  renameNode,
  setAttr,
  setViewersMayComment,
  startTimer,
} from '../../shared/ydoc/index.ts';
import { testSession } from '../helpers/session.ts';
import { type TestClient, waitFor } from '../helpers/startServer.ts';

const session = testSession();

function origin(participantId: string) {
  return { kind: 'local', participantId } as const;
}

function label(doc: Y.Doc, id: string): unknown {
  return mapDoc(doc).nodes.get(id)?.get('label');
}

/**
 * Sends an awareness marker after the writes above it and waits until `observer` sees it: the
 * server handles a socket's frames in order, so the writes have then been dealt with.
 */
async function flushed(from: TestClient, observer: TestClient, marker: string): Promise<void> {
  from.provider.awareness.setLocalStateField('marker', marker);
  await waitFor(
    () =>
      [...observer.provider.awareness.getStates().values()].some(
        (state) => state.marker === marker,
      ),
    5_000,
    `marker ${marker}`,
  );
}

async function workshop() {
  const server = await session.server();
  const map = await server.createMap('Workshop');
  const owner = await session.client(server, map.id, map.tokens.owner);
  const editor = await session.client(server, map.id, map.tokens.editor);
  const viewer = await session.client(server, map.id, map.tokens.viewer);
  return { server, map, owner, editor, viewer };
}

describe('what only the owner may change', () => {
  it("undoes an editor's raw write to a locked element for everyone, while the editor's other edits sync", async () => {
    const { owner, editor, viewer } = await workshop();
    const facilitator = origin('facilitator');
    const footprint = addNode(owner.doc, facilitator, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
      size: { w: 600, h: 400 },
      attrs: { level: 'place' },
    });
    const icb = addNode(owner.doc, facilitator, {
      kind: 'icb',
      label: 'NHS West Yorkshire ICB',
      position: { x: 20, y: 40 },
      parentId: footprint,
    });
    const free = addNode(owner.doc, facilitator, {
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 900, y: 0 },
    });
    lockElements(owner.doc, facilitator, [footprint], 'facilitator');
    await waitFor(
      () => mapDoc(editor.doc).locks.has(footprint) && label(editor.doc, free) === 'Trust',
    );

    // The editor's client ignores the lock, as a tampered client could: it renames the body
    // inside the locked footprint, changes its attrs, moves it out, and deletes the footprint.
    const raw = origin('editor');
    renameNode(editor.doc, raw, icb, 'Renamed behind the lock');
    setAttr(editor.doc, raw, { collection: 'nodes', id: icb }, 'odsCode', 'QWO');
    placeNodes(editor.doc, raw, [{ id: icb, position: { x: 5000, y: 5000 }, parentId: null }]);
    editor.doc.transact(() => mapDoc(editor.doc).nodes.delete(footprint), raw);
    // ...and, separately, an edit elsewhere that is its to make.
    renameNode(editor.doc, raw, free, 'Leeds Teaching Hospitals');

    for (const c of [owner, editor, viewer]) {
      await waitFor(() => label(c.doc, free) === 'Leeds Teaching Hospitals', 5_000, 'free edit');
      await waitFor(
        () => label(c.doc, icb) === 'NHS West Yorkshire ICB' && mapDoc(c.doc).nodes.has(footprint),
        5_000,
        'the locked value',
      );
    }
    for (const c of [owner, editor, viewer]) {
      const body = mapDoc(c.doc).nodes.get(icb);
      expect(body?.get('parentId')).toBe(footprint);
      expect(body?.get('position')).toEqual({ x: 20, y: 40 });
      expect((body?.get('attrs') as Y.Map<unknown> | undefined)?.has('odsCode')).toBe(false);
      expect(mapDoc(c.doc).nodes.get(footprint)?.get('label')).toBe('Leeds');
    }
    // The editor's later edits still sync: it was not cut off.
    renameNode(editor.doc, raw, free, 'LTHT');
    await waitFor(() => label(owner.doc, free) === 'LTHT');

    // The owner may change what is locked.
    renameNode(owner.doc, facilitator, icb, 'West Yorkshire ICB');
    await waitFor(() => label(editor.doc, icb) === 'West Yorkshire ICB');
    await flushed(owner, editor, 'after-owner-rename');
    expect(label(viewer.doc, icb)).toBe('West Yorkshire ICB');
  });

  it('puts back locks, open votes and the countdown when someone else changes them', async () => {
    const { owner, editor } = await workshop();
    const facilitator = origin('facilitator');
    const body = addNode(owner.doc, facilitator, {
      kind: 'icb',
      label: 'ICB',
      position: { x: 0, y: 0 },
    });
    lockElements(owner.doc, facilitator, [body], 'facilitator');
    openVote(owner.doc, facilitator, [body]);
    startTimer(owner.doc, facilitator, 300_000, 1_000);
    await waitFor(() => readVotes(editor.doc).has(body) && mapDoc(editor.doc).meta.has('timer'));

    const raw = origin('editor');
    editor.provider.awareness.setLocalState({ user: { id: 'editor', name: 'Ed' } });
    castVote(editor.doc, raw, body, 'editor', 'agree');
    await waitFor(() => readVotes(owner.doc).get(body)?.tally.agree === 1);
    editor.doc.transact(() => {
      const { locks, votes, meta } = mapDoc(editor.doc);
      locks.delete(body);
      votes.delete(body);
      meta.delete('timer');
      votes.set('made-up-vote', new Y.Map<string>());
    }, raw);

    await waitFor(
      () =>
        mapDoc(editor.doc).locks.get(body) === 'facilitator' &&
        readVotes(editor.doc).has(body) &&
        mapDoc(editor.doc).meta.has('timer') &&
        !mapDoc(editor.doc).votes.has('made-up-vote'),
      5_000,
      'the owner’s things put back',
    );
    // Its ballot, cast before it tampered, survives the vote being put back.
    expect(readVotes(owner.doc).get(body)?.ballots).toEqual({ editor: 'agree' });
    expect(mapDoc(owner.doc).meta.get('timer')).toEqual({ endsAt: 301_000, durationMs: 300_000 });
  });

  it('counts the votes of ten participants voting at once exactly', async () => {
    const { server, map, owner } = await workshop();
    const facilitator = origin('facilitator');
    const body = addNode(owner.doc, facilitator, {
      kind: 'provider-collaborative',
      label: 'Collaborative',
      position: { x: 0, y: 0 },
    });
    openVote(owner.doc, facilitator, [body]);
    const voters = await Promise.all(
      Array.from({ length: 10 }, () => session.client(server, map.id, map.tokens.editor)),
    );
    await Promise.all(voters.map((v) => waitFor(() => readVotes(v.doc).has(body))));
    const choices = [
      'agree',
      'agree',
      'disagree',
      'abstain',
      'agree',
      'disagree',
      'agree',
      'agree',
      'abstain',
      'agree',
    ] as const;
    // Each says who it is (a ballot is its participant's own), then everyone votes at the
    // same moment; two change their minds straight after.
    for (const [i, v] of voters.entries()) {
      v.provider.awareness.setLocalState({ user: { id: `p${i}`, name: `Voter ${i}` } });
    }
    for (const [i, v] of voters.entries()) {
      castVote(v.doc, origin(`p${i}`), body, `p${i}`, choices[i] ?? 'agree');
    }
    const [, , third, , fifth] = voters;
    if (!third || !fifth) throw new Error('ten voters expected');
    castVote(third.doc, origin('p2'), body, 'p2', 'agree');
    castVote(fifth.doc, origin('p4'), body, 'p4', 'disagree');

    const expected = { agree: 6, disagree: 2, abstain: 2 };
    for (const c of [owner, ...voters]) {
      await waitFor(
        () => JSON.stringify(readVotes(c.doc).get(body)?.tally) === JSON.stringify(expected),
        10_000,
        'the exact tally everywhere',
      );
    }
    expect(Object.keys(readVotes(owner.doc).get(body)?.ballots ?? {})).toHaveLength(10);
  });
});

describe('comments by viewers', () => {
  it('arrive while viewers may comment, and are dropped once the owner turns it off', async () => {
    const { server, map, owner, editor, viewer } = await workshop();
    const body = addNode(owner.doc, origin('facilitator'), {
      kind: 'icb',
      label: 'ICB',
      position: { x: 0, y: 0 },
    });
    await waitFor(() => mapDoc(viewer.doc).nodes.has(body));
    // A comment's author must be who the viewer's presence says it is.
    viewer.provider.awareness.setLocalState({ user: { id: 'v', name: 'Val' } });
    const reader = origin('viewer');
    addComment(
      viewer.doc,
      reader,
      { targetId: body },
      { id: 'v', name: 'Val' },
      'Who chairs this?',
    );
    await waitFor(() => readThreads(owner.doc).length === 1, 5_000, 'the viewer’s comment');
    expect(readThreads(editor.doc)[0]?.root.text).toBe('Who chairs this?');

    // A viewer's write that strays outside the comments is dropped whole, comment and all.
    viewer.doc.transact(() => {
      addComment(
        viewer.doc,
        reader,
        { position: { x: 1, y: 1 } },
        { id: 'v', name: 'Val' },
        'pinned',
      );
      renameNode(viewer.doc, reader, body, 'Renamed by a viewer');
    }, reader);
    await flushed(viewer, owner, 'after-mixed');
    expect(readThreads(owner.doc)).toHaveLength(1);
    expect(label(owner.doc, body)).toBe('ICB');

    // Once the owner turns the right off, a viewer's comment is dropped.
    setViewersMayComment(owner.doc, origin('facilitator'), false);
    const other = await session.client(server, map.id, map.tokens.viewer);
    await waitFor(() => mapDoc(other.doc).meta.get('viewersMayComment') === false);
    other.provider.awareness.setLocalState({ user: { id: 'w', name: 'Wyn' } });
    addComment(other.doc, reader, { targetId: body }, { id: 'w', name: 'Wyn' }, 'Too late?');
    await flushed(other, owner, 'after-off');
    expect(readThreads(owner.doc)).toHaveLength(1);

    // An editor tampering with the switch is put right at once.
    editor.doc.transact(() => mapDoc(editor.doc).meta.set('viewersMayComment', true), origin('e'));
    await waitFor(() => mapDoc(editor.doc).meta.get('viewersMayComment') === false);
  });
});

describe('following the facilitator through presence', () => {
  it("relays the owner's follow-me and summon with its viewport, and nobody else's", async () => {
    const { owner, editor, viewer } = await workshop();
    const viewport = { x: -400, y: -120, zoom: 1.5, width: 1280, height: 720 };
    owner.provider.awareness.setLocalState({
      user: { id: 'f', name: 'Fran', color: '#005eb8', role: 'owner' },
      viewport,
      facilitator: { followMe: true, summonAt: 1_700_000_000_000 },
    });
    // The editor claims to be the owner and calls everyone to follow it.
    editor.provider.awareness.setLocalState({
      user: { id: 'e', name: 'Eve', color: '#d5281b', role: 'owner' },
      viewport: { x: 0, y: 0, zoom: 1, width: 800, height: 600 },
      facilitator: { followMe: true, summonAt: 1 },
    });
    const stateOf = (observer: TestClient, clientId: number) =>
      observer.provider.awareness.getStates().get(clientId) as
        | { user: { role: string }; viewport: unknown; facilitator: unknown }
        | undefined;
    for (const observer of [viewer, editor]) {
      await waitFor(() => stateOf(observer, owner.doc.clientID)?.facilitator !== undefined);
      expect(stateOf(observer, owner.doc.clientID)).toMatchObject({
        user: { role: 'owner' },
        viewport,
        facilitator: { followMe: true, summonAt: 1_700_000_000_000 },
      });
    }
    await waitFor(() => stateOf(viewer, editor.doc.clientID) !== undefined);
    expect(stateOf(viewer, editor.doc.clientID)).toMatchObject({
      user: { role: 'editor' },
      facilitator: null,
    });

    // Turning follow-me off reaches everyone too.
    owner.provider.awareness.setLocalStateField('facilitator', { followMe: false, summonAt: null });
    await waitFor(
      () =>
        JSON.stringify(stateOf(viewer, owner.doc.clientID)?.facilitator) ===
        JSON.stringify({ followMe: false, summonAt: null }),
    );
  });
});
