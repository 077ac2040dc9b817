import type { InternalNode } from '@xyflow/react';
import { BaseEdge, type EdgeProps, getStraightPath, useInternalNode } from '@xyflow/react';
import { borderPoint, centreOf } from './borderPoint.ts';
import type { Box } from './placement.ts';

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/**
 * A relationship drawn as a straight line between the facing borders of its two bodies,
 * wherever they sit: org charts read better than lines pinned to fixed handles.
 */
export function FloatingEdge({ id, source, target, markerEnd, style, label }: EdgeProps) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const sourceBox = boxOf(sourceNode);
  const targetBox = boxOf(targetNode);
  const start = borderPoint(sourceBox, centreOf(targetBox));
  const end = borderPoint(targetBox, centreOf(sourceBox));
  const [path, labelX, labelY] = getStraightPath({
    sourceX: start.x,
    sourceY: start.y,
    targetX: end.x,
    targetY: end.y,
  });
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={[6, 3]}
      labelBgBorderRadius={4}
    />
  );
}
