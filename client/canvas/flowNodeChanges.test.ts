import { describe, expect, it } from 'vitest';
import { applyFlowNodeChanges } from './flowNodeChanges.ts';
import type { MapFlowNode } from './toFlow.ts';

function body(id: string): MapFlowNode {
  return { id, type: 'body', position: { x: 0, y: 0 }, data: { kind: 'nhs-trust' } };
}

describe('applyFlowNodeChanges', () => {
  it('keeps the nodes React Flow measured, with their size, in a new list', () => {
    const nodes = [body('a'), body('b')];
    const [a, b] = nodes;
    const next = applyFlowNodeChanges(
      [{ id: 'a', type: 'dimensions', dimensions: { width: 250, height: 84 } }],
      nodes,
    );
    expect(next).not.toBe(nodes);
    expect(next[0]).toBe(a);
    expect(next[1]).toBe(b);
    expect(next[0]?.measured).toEqual({ width: 250, height: 84 });
    expect(next[1]?.measured).toBeUndefined();
  });

  it('makes a new node for a move or a selection, carrying the size measured before', () => {
    const nodes = [body('a'), body('b')];
    const measured = applyFlowNodeChanges(
      [{ id: 'a', type: 'dimensions', dimensions: { width: 250, height: 84 } }],
      nodes,
    );
    const moved = applyFlowNodeChanges(
      [
        { id: 'a', type: 'position', position: { x: 40, y: 10 }, dragging: true },
        { id: 'b', type: 'select', selected: true },
      ],
      measured,
    );
    expect(moved[0]).not.toBe(measured[0]);
    expect(moved[0]).toMatchObject({ position: { x: 40, y: 10 }, measured: { width: 250 } });
    expect(moved[1]).toMatchObject({ id: 'b', selected: true });
  });

  it('takes a resize by the person as React Flow does: a new node with its new size', () => {
    const nodes = [body('a')];
    const next = applyFlowNodeChanges(
      [
        {
          id: 'a',
          type: 'dimensions',
          dimensions: { width: 600, height: 400 },
          resizing: true,
          setAttributes: true,
        },
      ],
      nodes,
    );
    expect(next[0]).not.toBe(nodes[0]);
    expect(next[0]).toMatchObject({ width: 600, height: 400, resizing: true });
  });

  it('leaves removals to the doc and gives back the same list when nothing else changed', () => {
    const nodes = [body('a')];
    expect(applyFlowNodeChanges([{ id: 'a', type: 'remove' }], nodes)).toBe(nodes);
  });
});
