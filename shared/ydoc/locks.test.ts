import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect } from './edges.ts';
import { mapDoc } from './layout.ts';
import { lockElements, lockedElementIds, unlockElements } from './locks.ts';
import { addNode } from './nodes.ts';

const facilitator = { kind: 'local', participantId: 'facilitator' } as const;

/** A system footprint holding a place footprint holding a body; a body outside; a relationship. */
function nestedMap(doc: Y.Doc) {
  const system = addNode(doc, facilitator, {
    kind: 'footprint',
    label: 'West Yorkshire',
    position: { x: 0, y: 0 },
    attrs: { level: 'system' },
  });
  const place = addNode(doc, facilitator, {
    kind: 'footprint',
    label: 'Leeds',
    position: { x: 40, y: 40 },
    parentId: system,
    attrs: { level: 'place' },
  });
  const committee = addNode(doc, facilitator, {
    kind: 'committee',
    label: 'Leeds Place Committee',
    position: { x: 20, y: 40 },
    parentId: place,
  });
  const icb = addNode(doc, facilitator, {
    kind: 'icb',
    label: 'West Yorkshire ICB',
    position: { x: 900, y: 0 },
  });
  const edge = connect(doc, facilitator, { kind: 'delegates', source: icb, target: committee });
  if (!edge.ok) throw new Error(edge.reason);
  return { system, place, committee, icb, relationship: edge.id };
}

describe('lockElements', () => {
  it('locks existing elements, recording who locked them, and skips missing ones', () => {
    const doc = new Y.Doc();
    const { icb, relationship } = nestedMap(doc);
    lockElements(doc, facilitator, [icb, relationship, 'no-such-element'], 'facilitator');
    expect(Object.fromEntries(mapDoc(doc).locks.entries())).toEqual({
      [icb]: 'facilitator',
      [relationship]: 'facilitator',
    });
  });

  it('keeps the first locker of an element locked twice', () => {
    const doc = new Y.Doc();
    const { icb } = nestedMap(doc);
    lockElements(doc, facilitator, [icb], 'facilitator');
    lockElements(doc, facilitator, [icb], 'co-facilitator');
    expect(mapDoc(doc).locks.get(icb)).toBe('facilitator');
  });

  it('locks them all in one transaction, with the given origin', () => {
    const doc = new Y.Doc();
    const { icb, committee } = nestedMap(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    lockElements(doc, facilitator, [icb, committee], 'facilitator');
    expect(origins).toEqual([facilitator]);
  });
});

describe('unlockElements', () => {
  it('unlocks the given elements and leaves the others locked', () => {
    const doc = new Y.Doc();
    const { icb, committee, relationship } = nestedMap(doc);
    lockElements(doc, facilitator, [icb, committee, relationship], 'facilitator');
    unlockElements(doc, facilitator, [icb, relationship, 'never-locked']);
    expect([...lockedElementIds(doc)]).toEqual([committee]);
  });

  it('writes nothing when none of them is locked', () => {
    const doc = new Y.Doc();
    const { icb } = nestedMap(doc);
    let changes = 0;
    mapDoc(doc).locks.observe(() => changes++);
    unlockElements(doc, facilitator, [icb]);
    expect(changes).toBe(0);
  });
});

describe('lockedElementIds', () => {
  it('is empty on a map with no locks', () => {
    const doc = new Y.Doc();
    nestedMap(doc);
    expect(lockedElementIds(doc).size).toBe(0);
  });

  it('locks everything inside a locked footprint, at any depth', () => {
    const doc = new Y.Doc();
    const { system, place, committee } = nestedMap(doc);
    lockElements(doc, facilitator, [system], 'facilitator');
    expect(lockedElementIds(doc)).toEqual(new Set([system, place, committee]));
  });

  it('locks only what is inside: not the footprint around a locked body, nor outside bodies', () => {
    const doc = new Y.Doc();
    const { place, committee } = nestedMap(doc);
    lockElements(doc, facilitator, [place], 'facilitator');
    expect(lockedElementIds(doc)).toEqual(new Set([place, committee]));
  });

  it('does not lock the relationships of a locked body', () => {
    const doc = new Y.Doc();
    const { icb, relationship } = nestedMap(doc);
    lockElements(doc, facilitator, [icb], 'facilitator');
    const locked = lockedElementIds(doc);
    expect(locked.has(icb)).toBe(true);
    expect(locked.has(relationship)).toBe(false);
  });

  it('follows a body moved out of a locked footprint: it is no longer locked', () => {
    const doc = new Y.Doc();
    const { place, committee } = nestedMap(doc);
    lockElements(doc, facilitator, [place], 'facilitator');
    doc.transact(() => mapDoc(doc).nodes.get(committee)?.delete('parentId'), facilitator);
    expect(lockedElementIds(doc)).toEqual(new Set([place]));
  });

  it('ends on a parent cycle (a corrupt doc) without hanging', () => {
    const doc = new Y.Doc();
    const { system, place, icb } = nestedMap(doc);
    doc.transact(() => mapDoc(doc).nodes.get(system)?.set('parentId', place), facilitator);
    lockElements(doc, facilitator, [icb], 'facilitator');
    expect(lockedElementIds(doc)).toEqual(new Set([icb]));
  });
});
