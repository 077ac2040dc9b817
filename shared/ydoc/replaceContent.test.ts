import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from './attrs.ts';
import { connect } from './edges.ts';
import { initMap, setTitle } from './initMap.ts';
import { mapDoc } from './layout.ts';
import { addNode, deleteElements, placeNodes, renameNode } from './nodes.ts';
import { readMap } from './readMap.ts';
import { replaceContent } from './replaceContent.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;
const restoreOrigin = { kind: 'restore' } as const;

function sorted(doc: Y.Doc) {
  const map = readMap(doc);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { ...map, nodes: [...map.nodes].sort(byId), edges: [...map.edges].sort(byId) };
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A map with an ICB, a trust and a relationship; returns the doc and the ids. */
function workshopMap() {
  const doc = new Y.Doc();
  initMap(doc, {
    title: 'West Yorkshire',
    description: 'Before',
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const icb = addNode(doc, origin, {
    kind: 'icb',
    label: 'WY ICB',
    position: { x: 0, y: 0 },
    attrs: { notes: 'Chair: A', odsCode: 'QWO' },
  });
  const trust = addNode(doc, origin, { kind: 'icb', label: 'Trust', position: { x: 100, y: 0 } });
  const edge = connect(doc, origin, { kind: 'accountable-to', source: trust, target: icb });
  if (!edge.ok) throw new Error(edge.reason);
  return { doc, icb, trust, edgeId: edge.id };
}

describe('replaceContent', () => {
  it('makes the content equal the target in one transaction, writing only what differs', () => {
    const { doc, icb, trust, edgeId } = workshopMap();
    const version = copyOf(doc);

    // Later edits: rename, move, change an attr, add one, delete the relationship and a body.
    setTitle(doc, origin, 'West Yorkshire (draft)');
    mapDoc(doc).meta.delete('description');
    renameNode(doc, origin, icb, 'NHS West Yorkshire ICB');
    const attrs = mapDoc(doc).nodes.get(icb)?.get('attrs') as Y.Map<unknown>;
    doc.transact(() => {
      attrs.set('notes', 'Chair: B');
      attrs.delete('odsCode');
      attrs.set('functions', ['commissioning']);
    }, origin);
    setStatus(doc, origin, [{ collection: 'nodes', id: icb }], 'agreed');
    const extra = addNode(doc, origin, { kind: 'icb', label: 'Extra', position: { x: 5, y: 5 } });
    deleteElements(doc, origin, { nodeIds: [trust] });
    placeNodes(doc, origin, [{ id: extra, position: { x: 9, y: 9 } }]);
    expect(sorted(doc)).not.toEqual(sorted(version));

    const icbMap = mapDoc(doc).nodes.get(icb);
    const changedKeys: string[] = [];
    mapDoc(doc).nodes.observeDeep((events) => {
      for (const event of events) {
        const at = event.path.join('.');
        for (const key of event.changes.keys.keys()) changedKeys.push(at ? `${at}.${key}` : key);
      }
    });
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));

    replaceContent(doc, restoreOrigin, version);

    expect(origins).toEqual([restoreOrigin]);
    expect(sorted(doc)).toEqual(sorted(version));
    expect(readMap(doc).description).toBe('Before');
    expect(mapDoc(doc).edges.has(edgeId)).toBe(true);
    // The ICB was edited in place, not replaced; its position was never touched.
    expect(mapDoc(doc).nodes.get(icb)).toBe(icbMap);
    expect(changedKeys.sort()).toEqual(
      [
        extra,
        trust,
        `${icb}.label`,
        `${icb}.status`,
        `${icb}.agreedAt`,
        `${icb}.attrs.notes`,
        `${icb}.attrs.odsCode`,
        `${icb}.attrs.functions`,
      ].sort(),
    );
  });

  it('writes nothing when the content is already equal', () => {
    const { doc } = workshopMap();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    replaceContent(doc, restoreOrigin, copyOf(doc));
    expect(updates).toEqual([]);
  });

  it('reaches another replica as ordinary updates', () => {
    const { doc } = workshopMap();
    const version = copyOf(doc);
    const peer = copyOf(doc);
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(peer, update));
    addNode(doc, origin, { kind: 'icb', label: 'Later', position: { x: 1, y: 1 } });
    replaceContent(doc, restoreOrigin, version);
    expect(sorted(peer)).toEqual(sorted(version));
  });
});
