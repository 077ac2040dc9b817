import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from './attrs.ts';
import { copyElements, parseCopiedElements, pasteElements } from './clipboard.ts';
import { connect } from './edges.ts';
import { addNode } from './nodes.ts';
import { readMap } from './readMap.ts';
import { createUndoManager } from './undo.ts';

const origin = { kind: 'local', participantId: 'test' } as const;

function source() {
  const doc = new Y.Doc();
  const place = addNode(doc, origin, {
    kind: 'footprint',
    label: 'Leeds',
    position: { x: 100, y: 100 },
    size: { w: 640, h: 420 },
    attrs: { level: 'place' },
  });
  const icb = addNode(doc, origin, {
    kind: 'icb',
    label: 'WY ICB',
    position: { x: 40, y: 60 },
    parentId: place,
  });
  const trust = addNode(doc, origin, {
    kind: 'nhs-trust',
    label: 'Leeds Teaching Hospitals',
    position: { x: 900, y: 100 },
    attrs: { odsCode: 'RR8' },
  });
  const outside = addNode(doc, origin, {
    kind: 'vcse',
    label: 'Voluntary Action',
    position: { x: 0, y: 900 },
  });
  connect(doc, origin, { kind: 'commissions', source: icb, target: trust });
  connect(doc, origin, { kind: 'funds', source: icb, target: outside });
  setStatus(doc, origin, [{ collection: 'nodes', id: trust }], 'agreed');
  return { doc, place, icb, trust, outside };
}

describe('copy and paste', () => {
  it('copies a footprint with what is inside it and the relationships among the copied', () => {
    const { doc, place, trust } = source();
    const copied = copyElements(readMap(doc), [place, trust]);
    expect(copied.nodes.map((node) => node.label).sort()).toEqual([
      'Leeds',
      'Leeds Teaching Hospitals',
      'WY ICB',
    ]);
    expect(copied.edges.map((edge) => edge.kind)).toEqual(['commissions']);
    // Relative to the copy's top-left; the ICB stays relative to its footprint.
    expect(copied.nodes.find((node) => node.label === 'Leeds')?.position).toEqual({ x: 0, y: 0 });
    expect(copied.nodes.find((node) => node.label === 'WY ICB')?.position).toEqual({
      x: 40,
      y: 60,
    });
  });

  it('pastes into another map through text, new ids, proposed, in one undo step', () => {
    const { doc, place, trust } = source();
    const text = JSON.stringify(copyElements(readMap(doc), [place, trust]));
    const copied = parseCopiedElements(text);
    if (!copied) throw new Error('not read back');
    const other = new Y.Doc();
    const undo = createUndoManager(other, origin);
    const ids = pasteElements(other, origin, copied, { x: 500, y: 500 });
    const map = readMap(other);
    expect(ids).toHaveLength(3);
    expect(map.nodes.every((node) => node.status === 'proposed')).toBe(true);
    expect(map.nodes.some((node) => node.id === trust)).toBe(false);
    const pastedPlace = map.nodes.find((node) => node.label === 'Leeds');
    const pastedIcb = map.nodes.find((node) => node.label === 'WY ICB');
    expect(pastedPlace?.position).toEqual({ x: 500, y: 500 });
    expect(pastedIcb?.parentId).toBe(pastedPlace?.id);
    expect(map.nodes.find((node) => node.label === 'Leeds Teaching Hospitals')?.attrs.odsCode).toBe(
      'RR8',
    );
    expect(map.edges).toHaveLength(1);
    expect(map.edges[0]?.source).toBe(pastedIcb?.id);
    undo.undo();
    expect(readMap(other).nodes).toHaveLength(0);
  });

  it('reads anything else on the clipboard as nothing to paste', () => {
    expect(parseCopiedElements('Leeds Teaching Hospitals')).toBeNull();
    expect(
      parseCopiedElements('{"mark":"accord/elements","nodes":[{"kind":"spaceship"}],"edges":[]}'),
    ).toBeNull();
    expect(parseCopiedElements('accord/elements {not json')).toBeNull();
  });
});
