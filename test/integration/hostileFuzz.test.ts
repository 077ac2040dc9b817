import * as prng from 'lib0/prng';
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
} from '../../shared/ydoc/index.ts';
import { converged, docJson, expectSame, flushed, storedAfterRestart } from '../helpers/honest.ts';
import { updates } from '../helpers/rawClient.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'fuzz' } as const;
const SEED = 20261201;
const STEPS = 80;

describe('seeded fuzz: hostile viewers, commenters and editors against a workshop', () => {
  it('leaves every honest client and the stored map equal, and loses nothing honest', {
    timeout: 120_000,
  }, async () => {
    const gen = prng.create(SEED);
    const server = await session.server();
    const map = await server.createMap('Fuzz');
    const owner = await session.client(server, map.id, map.tokens.owner, 'owner');
    const editor = await session.client(server, map.id, map.tokens.editor, 'ed');
    const commenter = await session.client(server, map.id, map.tokens.viewer, 'cat');
    const place = addNode(owner.doc, local, {
      kind: 'footprint',
      label: 'Place',
      position: { x: 0, y: 0 },
      size: { w: 300, h: 300 },
    });
    const lockedBody = addNode(owner.doc, local, {
      kind: 'icb',
      label: 'Locked',
      position: { x: 10, y: 10 },
      parentId: place,
    });
    const voted = addNode(owner.doc, local, {
      kind: 'icb',
      label: 'Voted',
      position: { x: 900, y: 0 },
    });
    lockElements(owner.doc, local, [place], 'owner');
    openVote(owner.doc, local, [voted]);
    await waitFor(() => readVotes(editor.doc).has(voted) && mapDoc(commenter.doc).nodes.has(voted));

    const viewerRaw = await session.raw(server, map.id, map.tokens.viewer);
    const editorRaw = await session.raw(server, map.id, map.tokens.editor);
    viewerRaw.say({ user: { id: 'vic', name: 'Vic' } });
    editorRaw.say({ user: { id: 'eve', name: 'Eve' } });

    const honestNodes = new Map<string, string>();
    const honestComments = new Set<string>();
    const ballots = new Map<string, string>();
    const victims = () => [owner.doc.clientID, editor.doc.clientID, commenter.doc.clientID];

    const actions: Array<() => void> = [
      // Honest work.
      () => {
        const label = `Body ${prng.uint32(gen, 0, 1e6)}`;
        honestNodes.set(
          addNode(editor.doc, local, {
            kind: 'nhs-trust',
            label,
            position: { x: 500, y: prng.uint32(gen, 0, 900) },
          }),
          label,
        );
      },
      () => {
        const own = [...honestNodes.keys()];
        if (own.length === 0) return;
        const id = prng.oneOf(gen, own);
        const label = `Renamed ${prng.uint32(gen, 0, 1e6)}`;
        renameNode(editor.doc, local, id, label);
        honestNodes.set(id, label);
      },
      () => {
        const text = `Comment ${prng.uint32(gen, 0, 1e6)}`;
        addComment(commenter.doc, local, { targetId: voted }, { id: 'cat', name: 'cat' }, text);
        honestComments.add(text);
      },
      () => {
        const [who, doc] = prng.bool(gen) ? ['ed', editor.doc] : ['owner', owner.doc];
        const choice = prng.oneOf(gen, ['agree', 'disagree', 'abstain'] as const);
        castVote(doc, local, voted, who, choice);
        ballots.set(who, choice);
      },
      // A hostile viewer.
      () => {
        const victim = prng.oneOf(gen, victims());
        viewerRaw.sendUpdate(
          updates.gc(victim, Y.getState(viewerRaw.mirror.store, victim), prng.uint32(gen, 1, 500)),
        );
      },
      () => {
        const victim = prng.oneOf(gen, victims());
        viewerRaw.sendUpdate(updates.deletion(victim, 0, prng.uint32(gen, 1, 200)));
      },
      () =>
        viewerRaw.sendUpdate(
          viewerRaw.made((d) => {
            const first = [...mapDoc(d).comments.values()][0];
            if (first) first.set('text', 'defaced');
            else mapDoc(d).nodes.delete(voted);
          }),
        ),
      () =>
        viewerRaw.sendUpdate(
          viewerRaw.made((d) =>
            addComment(d, local, { targetId: voted }, { id: 'cat', name: 'cat' }, 'forged'),
          ),
        ),
      () =>
        viewerRaw.sendUpdate(
          viewerRaw.made((d) => mapDoc(d).votes.get(voted)?.set('cat', 'agree')),
        ),
      // A hostile editor.
      () =>
        editorRaw.write((d) =>
          mapDoc(d)
            .votes.get(voted)
            ?.set(prng.oneOf(gen, ['ed', 'owner', 'ghost']), 'disagree'),
        ),
      () => editorRaw.write((d) => renameNode(d, local, lockedBody, 'Vandalised')),
      () =>
        editorRaw.write((d) => {
          addNode(d, local, {
            kind: 'nhs-trust',
            label: 'Intruder',
            position: { x: 5, y: 5 },
            parentId: place,
          });
        }),
      () => {
        const own = [...honestNodes.keys()];
        if (own.length > 0)
          editorRaw.write((d) =>
            placeNodes(d, local, [
              { id: prng.oneOf(gen, own), position: { x: 1, y: 1 }, parentId: place },
            ]),
          );
      },
      () => editorRaw.write((d) => mapDoc(d).locks.delete(place)),
    ];
    for (let step = 0; step < STEPS; step++) prng.oneOf(gen, actions)();

    await flushed(viewerRaw, owner, 'fuzz-viewer');
    await flushed(editorRaw, owner, 'fuzz-editor');
    const live = await converged([owner, editor, commenter]);

    // Nothing an honest client wrote is lost; nothing hostile stands.
    for (const [id, label] of honestNodes) {
      expect(mapDoc(owner.doc).nodes.get(id)?.get('label')).toBe(label);
      expect(mapDoc(owner.doc).nodes.get(id)?.has('parentId')).toBe(false);
    }
    const texts = readThreads(owner.doc).map((t) => t.root.text);
    expect(new Set(texts)).toEqual(honestComments);
    // Each participant's newest ballot stands, forged ones for them or for anyone else do not.
    expect(readVotes(owner.doc).get(voted)?.ballots).toEqual(Object.fromEntries(ballots));
    expect(mapDoc(owner.doc).nodes.get(lockedBody)?.get('label')).toBe('Locked');
    expect(mapDoc(owner.doc).locks.has(place)).toBe(true);
    expect(
      [...mapDoc(owner.doc).nodes.values()].filter((n) => n.get('label') === 'Intruder'),
    ).toHaveLength(0);

    const stored = await storedAfterRestart(
      server,
      async (dataDir) => {
        const again = await session.server({ dataDir });
        return again;
      },
      map.id,
      map.tokens.owner,
    );
    expectSame([live, stored.doc, docJson(owner.doc)]);
  });
});
