import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addNode,
  addNote,
  castVote,
  connect,
  deleteElements,
  initMap,
  lockElements,
  moveNodes,
  openVote,
  placeNodes,
  renameNode,
  setAttr,
  setEdgeLabel,
  setNoteText,
  startTimer,
  unlockElements,
} from '../../shared/ydoc/index.ts';
import { RoomGuard } from './guard/RoomGuard.ts';
import { judgeWrites } from './judgeWrites.ts';
import { readClientUpdate } from './readClientUpdate.ts';

const owner = { kind: 'local', participantId: 'facilitator' } as const;
const editor = { kind: 'local', participantId: 'editor' } as const;

/** The room's doc and its guard, with an editor's copy of it that sends its updates here. */
function workshop() {
  const room = new Y.Doc();
  initMap(room, { title: 'Workshop', createdAt: '2026-01-01T00:00:00.000Z' });
  // As in a room: everyone but the editor is the owner or the server.
  const guard = new RoomGuard(room, (origin) => origin !== editor);
  const place = addNode(room, owner, {
    kind: 'footprint',
    label: 'Leeds',
    position: { x: 0, y: 0 },
    size: { w: 600, h: 400 },
  });
  const inside = addNode(room, owner, {
    kind: 'icb',
    label: 'ICB',
    position: { x: 20, y: 40 },
    parentId: place,
  });
  const free = ['Trust A', 'Trust B', 'Council'].map((label, i) =>
    addNode(room, owner, { kind: 'nhs-trust', label, position: { x: 900, y: i * 100 } }),
  );
  const note = addNote(room, owner, { kind: 'note', text: 'Ask', position: { x: 0, y: 900 } });
  const edge = connect(room, owner, {
    source: free[0] as string,
    target: free[1] as string,
    kind: 'commissions',
  });
  if (!edge.ok) throw new Error('no edge');
  lockElements(room, owner, [place], 'facilitator');
  openVote(room, owner, [free[2] as string]);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  return { room, guard, copy, place, inside, free, note, edge: edge.id };
}

/** The update `change` makes in `doc`. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array | undefined {
  let update: Uint8Array | undefined;
  const listener = (u: Uint8Array) => {
    update = update ? Y.mergeUpdates([update, u]) : u;
  };
  doc.on('update', listener);
  change();
  doc.off('update', listener);
  return update;
}

/** Whether the room would send `update` on before applying it. */
function judged(room: Y.Doc, guard: RoomGuard, update: Uint8Array): boolean {
  const { plain } = readClientUpdate(update);
  return plain !== undefined && judgeWrites(room, plain, guard.allows);
}

describe('judging an update before it is applied', () => {
  it('passes a move or a field of an unlocked element, and nothing the guard keeps', () => {
    const { room, guard, copy, place, inside, free, note, edge } = workshop();
    const body = free[0] as string;
    const cases: Array<[string, () => void, boolean]> = [
      [
        'a body moved',
        () => moveNodes(copy, editor, [{ id: body, position: { x: 5, y: 6 } }]),
        true,
      ],
      [
        'a field set again',
        () => setAttr(copy, editor, { collection: 'nodes', id: body }, 'odsCode', 'RR8'),
        false,
      ],
      [
        'the same field again',
        () => setAttr(copy, editor, { collection: 'nodes', id: body }, 'odsCode', 'RR9'),
        true,
      ],
      ['a note written', () => setNoteText(copy, editor, note, 'Asked'), false],
      ['a body renamed', () => renameNode(copy, editor, body, 'Renamed'), false],
      ['a relationship relabelled', () => setEdgeLabel(copy, editor, edge, 'commissions'), false],
      [
        'a body in a locked footprint moved',
        () => moveNodes(copy, editor, [{ id: inside, position: { x: 1, y: 1 } }]),
        false,
      ],
      [
        'a locked footprint moved',
        () => moveNodes(copy, editor, [{ id: place, position: { x: 1, y: 1 } }]),
        false,
      ],
      [
        'a body put into a footprint',
        () => placeNodes(copy, editor, [{ id: body, position: { x: 1, y: 1 }, parentId: place }]),
        false,
      ],
      [
        'a body deleted',
        () => deleteElements(copy, editor, { nodeIds: [free[1] as string] }),
        false,
      ],
      ['a lock lifted', () => unlockElements(copy, editor, [place]), false],
      ['a countdown started', () => startTimer(copy, editor, 60_000), false],
      ['a ballot cast', () => castVote(copy, editor, free[2] as string, 'editor', 'agree'), false],
      [
        'a body added',
        () =>
          addNode(copy, editor, {
            kind: 'local-authority',
            label: 'New',
            position: { x: 0, y: 0 },
          }),
        false,
      ],
      [
        'a comment added',
        () => addComment(copy, editor, { targetId: body }, { id: 'e', name: 'E' }, 'Why?'),
        false,
      ],
    ];
    for (const [name, change, expected] of cases) {
      const update = updateOf(copy, change);
      if (!update) throw new Error(`${name}: no update`);
      expect({ name, judged: judged(room, guard, update) }).toEqual({ name, judged: expected });
      Y.applyUpdate(room, update, editor);
      guard.enforce();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room, Y.encodeStateVector(copy)));
    }
    guard.destroy();
  });

  it('passes nothing the doc holds already or cannot place yet', () => {
    const { room, guard, copy, free } = workshop();
    const body = free[0] as string;
    const first = updateOf(copy, () =>
      moveNodes(copy, editor, [{ id: body, position: { x: 1, y: 1 } }]),
    );
    const second = updateOf(copy, () =>
      moveNodes(copy, editor, [{ id: body, position: { x: 2, y: 2 } }]),
    );
    if (!first || !second) throw new Error('no update');
    // Before the move it builds on: a gap.
    expect(judged(room, guard, second)).toBe(false);
    expect(judged(room, guard, first)).toBe(true);
    Y.applyUpdate(room, first, editor);
    // Held already.
    expect(judged(room, guard, first)).toBe(false);
    expect(judged(room, guard, Y.mergeUpdates([first, second]))).toBe(false);
    expect(judged(room, guard, second)).toBe(true);
    guard.destroy();
  });

  it("passes another client's move while one waits to be applied, but nothing under its client or built on it", () => {
    const { room, guard, copy, free } = workshop();
    /** A second editor's copy of the room's doc as it stands, writing under `clientID`. */
    const editorsCopy = (clientID?: number) => {
      const doc = new Y.Doc();
      if (clientID !== undefined) doc.clientID = clientID;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room));
      return doc;
    };
    const other = editorsCopy();
    const forger = editorsCopy(copy.clientID);
    const move = (doc: Y.Doc, id: string, x: number) =>
      updateOf(doc, () => moveNodes(doc, editor, [{ id, position: { x, y: 0 } }])) as Uint8Array;
    const waitingMove = move(copy, free[0] as string, 10);
    const waiting = [
      readClientUpdate(waitingMove).plain as NonNullable<
        ReturnType<typeof readClientUpdate>['plain']
      >,
    ];
    expect(judged(room, guard, waitingMove)).toBe(true);
    const judgedBeside = (update: Uint8Array) => {
      const { plain } = readClientUpdate(update);
      return plain !== undefined && judgeWrites(room, plain, guard.allows, waiting);
    };

    // Another client's move of another body, or of the same one: made without the waiting
    // move, it goes in whole after it.
    const beside = move(other, free[1] as string, 20);
    const sameBody = move(editorsCopy(), free[0] as string, 30);
    expect(judgedBeside(beside)).toBe(true);
    expect(judgedBeside(sameBody)).toBe(true);
    // Under the waiting move's client, at its clocks: alone it would pass; beside it, no.
    const forged = move(forger, free[1] as string, 40);
    expect(judged(room, guard, forged)).toBe(true);
    expect(judgedBeside(forged)).toBe(false);
    // Built on the waiting move (its sender's next, or another client's that had it).
    const next = move(copy, free[0] as string, 11);
    const heard = editorsCopy();
    Y.applyUpdate(heard, waitingMove);
    const onTop = move(heard, free[0] as string, 50);
    expect(judgedBeside(next)).toBe(false);
    expect(judgedBeside(onTop)).toBe(false);

    // Applied in the order they were sent, each goes in whole.
    for (const update of [waitingMove, beside, sameBody]) {
      Y.applyUpdate(room, update, editor);
      expect(room.store.pendingStructs).toBeNull();
      expect(room.store.pendingDs).toBeNull();
    }
    expect(guard.enforce()).toEqual([]);
    guard.destroy();
  });

  it('never passes an update the guard then undoes, or one that waits in the doc (seeded random editing)', () => {
    const gen = prng.create(20261203);
    const { room, guard, copy, place, inside, free, note, edge } = workshop();
    const bodies = [place, inside, ...free, note];
    const pick = <T>(values: readonly T[]): T =>
      values[prng.uint32(gen, 0, values.length - 1)] as T;
    const changes: Array<() => void> = [
      () =>
        moveNodes(copy, editor, [
          { id: pick(bodies), position: { x: prng.uint32(gen, 0, 900), y: 0 } },
        ]),
      () =>
        setAttr(
          copy,
          editor,
          { collection: 'nodes', id: pick(bodies) },
          'odsCode',
          `R${prng.uint32(gen, 0, 9)}`,
        ),
      () => renameNode(copy, editor, pick(bodies), `Body ${prng.uint32(gen, 0, 99)}`),
      () =>
        placeNodes(copy, editor, [
          { id: pick(free), position: { x: 1, y: 1 }, parentId: pick([place, null]) },
        ]),
      () => setNoteText(copy, editor, note, `Note ${prng.uint32(gen, 0, 99)}`),
      () => setEdgeLabel(copy, editor, edge, `rel ${prng.uint32(gen, 0, 9)}`),
      () =>
        castVote(copy, editor, free[2] as string, 'editor', pick(['agree', 'disagree'] as const)),
      () => unlockElements(copy, editor, [place]),
      () => {
        const id = addNode(copy, editor, {
          kind: 'local-authority',
          label: 'New',
          position: { x: 0, y: 0 },
        });
        bodies.push(id);
      },
    ];
    let passed = 0;
    let undone = 0;
    for (let step = 0; step < 400; step++) {
      const update = updateOf(copy, pick(changes));
      if (!update) continue;
      const ahead = judged(room, guard, update);
      Y.applyUpdate(room, update, editor);
      if (ahead) {
        passed++;
        expect(guard.hasBreaches).toBe(false);
        expect(room.store.pendingStructs).toBeNull();
        expect(room.store.pendingDs).toBeNull();
      }
      if (guard.enforce().length > 0) undone++;
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room, Y.encodeStateVector(copy)));
    }
    // Both kinds were met.
    expect(passed).toBeGreaterThan(30);
    expect(undone).toBeGreaterThan(20);
    guard.destroy();
  });
});
