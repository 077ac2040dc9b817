import type { Node } from '@xyflow/react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type DrawnNode, toLayoutNodes } from '../../shared/layout/layoutInput.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';

// shared/ describes React Flow's nodes structurally; this keeps the two in step.
describe('React Flow nodes as the shared layout reads them', () => {
  it('are DrawnNodes, and their measured size is the one laid out', () => {
    expectTypeOf<Node>().toExtend<DrawnNode>();
    const record: NodeRecord = {
      id: 'trust',
      kind: 'nhs-trust',
      label: 'Trust',
      position: { x: 0, y: 0 },
      status: 'agreed',
      attrs: {},
    };
    const flowNode: Node = {
      id: 'trust',
      position: { x: 0, y: 0 },
      data: {},
      measured: { width: 236, height: 88 },
    };
    expect(toLayoutNodes([record], [flowNode])[0]).toMatchObject({ width: 236, height: 88 });
  });
});
