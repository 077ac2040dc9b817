import type { InternalNode } from '@xyflow/react';
import type { Box } from '../../shared/layout/straightLines.ts';

/** A node's box on the canvas as React Flow has measured it, in the flow's coordinates. */
export function internalBox(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? 0, h: node.measured.height ?? 0 };
}
