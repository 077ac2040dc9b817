import { describe, expect, it } from 'vitest';
import { type HitNode, paintedBodyAt } from './farHit.ts';

function body(id: string, x: number, y: number, patch: Partial<HitNode> = {}): HitNode {
  return {
    id,
    type: 'body',
    hidden: true,
    internals: { positionAbsolute: { x, y } },
    measured: { width: 250, height: 84 },
    ...patch,
  };
}

describe('paintedBodyAt', () => {
  const nodes = [
    body('under', 0, 0),
    body('over', 200, 50),
    body('card', 600, 0, { hidden: false }),
    body('place', 0, 0, { type: 'footprint' }),
  ];
  const lookup = new Map(nodes.map((node) => [node.id, node]));

  it('finds the block under the point, the later painted over the earlier', () => {
    expect(paintedBodyAt(nodes, lookup, { x: 10, y: 10 })).toBe('under');
    expect(paintedBodyAt(nodes, lookup, { x: 220, y: 60 })).toBe('over');
    expect(paintedBodyAt(nodes, lookup, { x: 440, y: 130 })).toBe('over');
  });

  it('finds a body given its card a moment ago, and none where no block is, nor a footprint', () => {
    expect(paintedBodyAt(nodes, lookup, { x: 460, y: 10 })).toBeNull();
    expect(paintedBodyAt(nodes, lookup, { x: 610, y: 10 })).toBe('card');
    expect(paintedBodyAt([nodes[3] as HitNode], lookup, { x: 10, y: 10 })).toBeNull();
  });
});
