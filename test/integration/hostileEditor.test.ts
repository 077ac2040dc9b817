import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Position } from '../../shared/ydoc/index.ts';
import {
  addNode,
  castVote,
  lockElements,
  mapDoc,
  moveNodes,
  openVote,
  placeNodes,
  readVotes,
} from '../../shared/ydoc/index.ts';
import { converged, docJson, flushed } from '../helpers/honest.ts';
import { updates } from '../helpers/rawClient.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const session = testSession();

const local = { kind: 'local', participantId: 'test' } as const;

describe('ballots belong to their participants', () => {
  // A forged ballot and the participant's own, both written before either reached the
  // server: whichever arrives first and whichever wins Yjs's tie-break, the participant's
  // new choice is what stands.
  for (const forgedFirst of [true, false]) {
    for (const forgerWinsTie of [true, false]) {
      it(`a forged ballot racing the participant's own loses (forged ${forgedFirst ? 'first' : 'second'}, forger ${forgerWinsTie ? 'wins' : 'loses'} the tie-break)`, async () => {
        const server = await session.server();
        const map = await server.createMap('Race');
        const owner = await session.client(server, map.id, map.tokens.owner, 'owner');
        const body = addNode(owner.doc, local, {
          kind: 'icb',
          label: 'ICB',
          position: { x: 0, y: 0 },
        });
        openVote(owner.doc, local, [body]);
        castVote(owner.doc, local, body, 'owner', 'agree');
        const ann = await session.raw(server, map.id, map.tokens.editor);
        const mallory = await session.raw(server, map.id, map.tokens.editor);
        ann.say({ user: { id: 'ann', name: 'Ann' } });
        await waitFor(() => readVotes(ann.mirror).has(body) && readVotes(mallory.mirror).has(body));
        // A raw client's mirror holds only what the server sent, so each keeps its own writes.
        const first = updates.made(ann.mirror, 10, (d) => castVote(d, local, body, 'ann', 'agree'));
        Y.applyUpdate(ann.mirror, first);
        ann.sendUpdate(first);
        await waitFor(() => readVotes(mallory.mirror).get(body)?.ballots.ann === 'agree');

        // Both write from the same state; Yjs orders concurrent writes by client id.
        const [annId, forgerId] = forgerWinsTie ? [11, 0x7ffffff0] : [0x7ffffff0, 11];
        const own = updates.made(ann.mirror, annId, (d) =>
          castVote(d, local, body, 'ann', 'disagree'),
        );
        const forged = updates.made(mallory.mirror, forgerId, (d) =>
          (mapDoc(d).votes.get(body) as Y.Map<string>).set('ann', 'abstain'),
        );
        Y.applyUpdate(ann.mirror, own);
        Y.applyUpdate(mallory.mirror, forged);
        if (forgedFirst) {
          mallory.sendUpdate(forged);
          await flushed(mallory, owner, 'forged-sent');
          ann.sendUpdate(own);
        } else {
          ann.sendUpdate(own);
          await waitFor(() => readVotes(owner.doc).get(body)?.ballots.ann === 'disagree');
          mallory.sendUpdate(forged);
          await flushed(mallory, owner, 'forged-sent');
        }
        await waitFor(
          () => readVotes(owner.doc).get(body)?.ballots.ann === 'disagree',
          5_000,
          "Ann's new ballot standing",
        );
        await waitFor(
          () =>
            JSON.stringify(docJson(ann.mirror)) === JSON.stringify(docJson(owner.doc)) &&
            JSON.stringify(docJson(mallory.mirror)) === JSON.stringify(docJson(owner.doc)),
          5_000,
          'every replica agreeing',
        );
        expect(readVotes(owner.doc).get(body)?.ballots).toEqual({
          owner: 'agree',
          ann: 'disagree',
        });
      });
    }
  }

  it("an editor can neither overwrite nor delete others' ballots, nor add fake ones", async () => {
    const server = await session.server();
    const map = await server.createMap('Vote');
    const owner = await session.client(server, map.id, map.tokens.owner, 'owner');
    const ann = await session.client(server, map.id, map.tokens.editor, 'ann');
    const ben = await session.client(server, map.id, map.tokens.editor, 'ben');
    const body = addNode(owner.doc, local, { kind: 'icb', label: 'ICB', position: { x: 0, y: 0 } });
    openVote(owner.doc, local, [body]);
    await waitFor(() => readVotes(ann.doc).has(body) && readVotes(ben.doc).has(body));
    castVote(ann.doc, local, body, 'ann', 'agree');
    castVote(ben.doc, local, body, 'ben', 'agree');
    await waitFor(() => readVotes(owner.doc).get(body)?.tally.agree === 2);

    const mallory = await session.raw(server, map.id, map.tokens.editor);
    await waitFor(
      () => Object.keys(readVotes(mallory.mirror).get(body)?.ballots ?? {}).length === 2,
    );
    // Claiming Ann's participant id while Ann is here binds nothing.
    mallory.say({ user: { id: 'ann', name: 'ANN' } });
    mallory.write((d) => castVote(d, local, body, 'ann', 'disagree'));
    mallory.say({ user: { id: 'mal', name: 'Mallory' } });
    mallory.write((d) => {
      const ballots = mapDoc(d).votes.get(body) as Y.Map<string>;
      ballots.set('ann', 'disagree');
      ballots.delete('ben');
      ballots.set('fake-1', 'disagree');
      ballots.set('fake-2', 'disagree');
      ballots.set('mal', 'maybe');
    });
    await flushed(mallory, owner, 'after-ballots');
    await waitFor(
      () =>
        isDeepStrictEqual(readVotes(owner.doc).get(body)?.ballots, { ann: 'agree', ben: 'agree' }),
      5_000,
      'the ballots put back',
    );
    // Its own ballot counts.
    mallory.say({ user: { id: 'mal', name: 'Mallory' } });
    mallory.write((d) => castVote(d, local, body, 'mal', 'disagree'));
    await waitFor(() => readVotes(owner.doc).get(body)?.tally.disagree === 1);
    expect(readVotes(owner.doc).get(body)?.ballots).toEqual({
      ann: 'agree',
      ben: 'agree',
      mal: 'disagree',
    });

    // Honest voters carry on: Ben changes his mind.
    castVote(ben.doc, local, body, 'ben', 'abstain');
    await waitFor(() => readVotes(owner.doc).get(body)?.tally.abstain === 1);
    await converged([owner, ann, ben]);
    // The offender's own replica is put right too.
    await waitFor(
      () => JSON.stringify(docJson(mallory.mirror)) === JSON.stringify(docJson(owner.doc)),
    );
  });
});

/**
 * A map with a footprint the owner then locks, with `bodies` added by the owner first (each
 * with its id returned); `second` joins as the given role.
 */
async function lockedPlace(
  title: string,
  second: 'editor' | 'viewer',
  bodies: (place: string, owner: Y.Doc) => Record<string, string>,
) {
  const server = await session.server();
  const map = await server.createMap(title);
  const owner = await session.client(server, map.id, map.tokens.owner, 'owner');
  const other = await session.client(server, map.id, map.tokens[second], second);
  const place = addNode(owner.doc, local, {
    kind: 'footprint',
    label: 'Place',
    position: { x: 0, y: 0 },
    size: { w: 400, h: 300 },
  });
  const ids = bodies(place, owner.doc);
  lockElements(owner.doc, local, [place], 'owner');
  const mallory = await session.raw(server, map.id, map.tokens.editor);
  return { server, map, owner, other, place, ids, mallory };
}

describe('locked footprints', () => {
  it('a body added to or moved into a locked footprint by an editor is taken out again', async () => {
    const {
      owner,
      other: editor,
      place,
      ids,
      mallory,
    } = await lockedPlace('Footprint', 'editor', (_, doc) => ({
      outside: addNode(doc, local, { kind: 'icb', label: 'Outside', position: { x: 900, y: 50 } }),
    }));
    const { outside } = ids as { outside: string };
    await waitFor(
      () => mapDoc(mallory.mirror).locks.has(place) && mapDoc(mallory.mirror).nodes.has(outside),
    );
    let added = '';
    mallory.write((d) => {
      added = addNode(d, local, {
        kind: 'nhs-trust',
        label: 'Intruder',
        position: { x: 10, y: 10 },
        parentId: place,
      });
    });
    mallory.write((d) =>
      placeNodes(d, local, [{ id: outside, position: { x: 20, y: 20 }, parentId: place }]),
    );
    await flushed(mallory, owner, 'after-intrusions');

    await waitFor(
      () =>
        !mapDoc(owner.doc).nodes.has(added) &&
        !mapDoc(owner.doc).nodes.get(outside)?.has('parentId'),
      5_000,
      'the footprint put back',
    );
    expect(mapDoc(owner.doc).nodes.get(outside)?.get('position')).toEqual({ x: 900, y: 50 });

    // Outside the footprint the editor's work stands; honest clients converge.
    addNode(editor.doc, local, { kind: 'icb', label: 'Elsewhere', position: { x: 900, y: 400 } });
    await waitFor(() => mapDoc(owner.doc).nodes.size === 3);
    await converged([owner, editor]);
    await waitFor(() => !mapDoc(mallory.mirror).nodes.has(added));
  });
});

describe('moves sent on before the server applies them', () => {
  it("never carry an editor's move of a locked body to anyone, not even for a moment", async () => {
    const {
      owner,
      other: watcher,
      place,
      ids,
      mallory,
    } = await lockedPlace('Moves', 'viewer', (footprint, doc) => ({
      inside: addNode(doc, local, {
        kind: 'icb',
        label: 'Inside',
        position: { x: 10, y: 10 },
        parentId: footprint,
      }),
      free: addNode(doc, local, { kind: 'nhs-trust', label: 'Free', position: { x: 900, y: 0 } }),
    }));
    const { inside, free } = ids as { inside: string; free: string };
    await waitFor(
      () => mapDoc(mallory.mirror).locks.has(place) && mapDoc(watcher.doc).locks.has(place),
    );

    // Every place the watcher's doc ever holds for each body, as each change lands.
    const seen = { inside: [] as unknown[], place: [] as unknown[], free: [] as unknown[] };
    mapDoc(watcher.doc).nodes.observeDeep(() => {
      const nodes = mapDoc(watcher.doc).nodes;
      seen.inside.push(nodes.get(inside)?.get('position'));
      seen.place.push(nodes.get(place)?.get('position'));
      seen.free.push(nodes.get(free)?.get('position'));
    });
    for (let step = 1; step <= 30; step++) {
      // Each a move on its own, as a client makes them, a few milliseconds apart: each is the
      // first the server reads in its turn of the loop, which it may send on before applying.
      const moves: Array<[string, Position]> = [
        [inside, { x: step, y: step }],
        [place, { x: -step, y: 0 }],
        [free, { x: 900 + step, y: 0 }],
      ];
      for (const [id, position] of moves) {
        mallory.write((d) => moveNodes(d, local, [{ id, position }]));
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      // Mallory's copy takes back what the server put back, so her next moves build on it.
      await flushed(mallory, owner, `step-${step}`);
    }
    await waitFor(
      () =>
        isDeepStrictEqual(mapDoc(watcher.doc).nodes.get(free)?.get('position'), { x: 930, y: 0 }),
      5_000,
      "the free body's last move",
    );
    expect(seen.free.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seen.inside.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ x: 10, y: 10 })]),
    );
    expect(new Set(seen.place.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ x: 0, y: 0 })]),
    );
    await converged([owner, watcher]);
  });
});
