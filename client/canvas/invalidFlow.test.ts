import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { unreadableReason } from '../../shared/ydoc/unreadableReason.ts';
import { bodyName, bodyView } from './bodyView.ts';
import { toFlowInvalidEdges, toFlowInvalidNodes } from './invalidFlow.ts';
import { toFlowNodes } from './toFlow.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;
const noRemote = { dragging: new Map(), selectors: new Map() };

/** A map with a body of a kind this version does not know, joined to a readable ICB. */
function mapWithUnknownKind() {
  const doc = new Y.Doc();
  const icb = addNode(doc, origin, {
    kind: 'icb',
    label: 'Northshire ICB',
    position: { x: 0, y: 0 },
  });
  const castle = new Y.Map<unknown>();
  castle.set('kind', 'castle');
  castle.set('label', 'Old Board');
  castle.set('position', { x: 300, y: 40 });
  castle.set('status', 'proposed');
  castle.set('attrs', new Y.Map());
  mapDoc(doc).nodes.set('castle-1', castle);
  const link = new Y.Map<unknown>();
  link.set('kind', 'accountable-to');
  link.set('source', icb);
  link.set('target', 'castle-1');
  link.set('status', 'proposed');
  link.set('attrs', new Y.Map());
  mapDoc(doc).edges.set('rel-1', link);
  return { doc, icb };
}

describe('elements the map cannot read, on the canvas', () => {
  it('draws an unreadable body where it was, named with why, and never drops it', () => {
    const { doc } = mapWithUnknownKind();
    const snapshot = readMap(doc);
    const [node] = toFlowInvalidNodes(snapshot, []);
    expect(node).toMatchObject({
      id: 'castle-1',
      type: 'invalid',
      position: { x: 300, y: 40 },
      draggable: false,
      data: {
        label: 'Old Board',
        kindWritten: 'castle',
        reason: 'its kind “castle” is not one this version of Accord knows',
      },
      ariaLabel:
        'Old Board, cannot be read: its kind “castle” is not one this version of Accord knows',
    });
    // Unchanged, it keeps its identity (React does not redraw it).
    expect(toFlowInvalidNodes(snapshot, [node as { id: string; type: string }])[0]).toBe(node);
  });

  it('draws a relationship to it as invalid too, between the two drawn ends', () => {
    const { doc, icb } = mapWithUnknownKind();
    const snapshot = readMap(doc);
    const edges = toFlowInvalidEdges(snapshot, new Set([icb, 'castle-1']), []);
    expect(edges).toEqual([
      {
        id: 'rel-1',
        type: 'invalid',
        source: icb,
        target: 'castle-1',
        selected: false,
        ariaLabel:
          'Relationship from Northshire ICB to Old Board, cannot be read: source: one end of this relationship is missing',
        data: { reason: 'source: one end of this relationship is missing' },
      },
    ]);
    // Ends not on the canvas: nothing to draw it between.
    expect(toFlowInvalidEdges(snapshot, new Set([icb]), [])).toEqual([]);
  });

  it('stacks an element with no readable position above the map, and says what is wrong', () => {
    const doc = new Y.Doc();
    mapDoc(doc).nodes.set('junk-1', 'just a string' as unknown as Y.Map<unknown>);
    const [node] = toFlowInvalidNodes(readMap(doc), []);
    expect(node?.position).toEqual({ x: 0, y: -140 });
    expect(node?.data.label).toBe('Unnamed element');
    expect(
      unreadableReason([
        { path: '$.label', message: 'too long' },
        { path: '$.x', message: 'no' },
      ]),
    ).toBe('label: too long (and 1 more)');
  });

  it('marks a body drawn without a field it cannot read', () => {
    const doc = new Y.Doc();
    const id = addNode(doc, origin, {
      kind: 'icb',
      label: 'Westmoor ICB',
      position: { x: 0, y: 0 },
    });
    const attrs = (mapDoc(doc).nodes.get(id) as Y.Map<unknown>).get('attrs') as Y.Map<unknown>;
    attrs.set('oversightSegment', 'top');
    const map = readMap(doc);
    // Drawn all the same, saying what cannot be read.
    expect(toFlowNodes(map, [], noRemote).map((node) => node.id)).toEqual([id]);
    const [record] = map.nodes;
    const [problem] = map.fieldProblems;
    const reason = problem && unreadableReason(problem.problems);
    expect(reason).toMatch(/^attrs\["oversightSegment"\]: /);
    if (!record) throw new Error('the body is not drawn');
    expect(bodyName(record, bodyView(record).kindLabel, false, reason)).toMatch(
      /^Westmoor ICB, Integrated care board, proposed, a field cannot be read: /,
    );
  });
});
