import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  type InternalNode,
  useInternalNode,
} from '@xyflow/react';
import { type Box, lineBetween } from '../../shared/layout/straightLines.ts';
import { COLOR } from '../theme/tokens.ts';
import type { InvalidFlowEdge } from './invalidFlow.ts';

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? 0, h: node.measured.height ?? 0 };
}

/** A relationship the map cannot read: a red dashed line between its ends, labelled so. */
export function InvalidEdge({ id, source, target, selected }: EdgeProps<InvalidFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const [start, end] = lineBetween(boxOf(sourceNode), boxOf(targetNode));
  const path = `M ${start.x} ${start.y} L ${end.x} ${end.y}`;
  return (
    <g className="invalid-edge">
      <BaseEdge
        id={id}
        path={path}
        style={{
          stroke: selected ? COLOR.blue : COLOR.red,
          strokeWidth: selected ? 3 : 2,
          strokeDasharray: '3 5',
        }}
      />
      <EdgeLabelRenderer>
        <div
          className="invalid-edge-label"
          style={{
            transform: `translate(-50%, -50%) translate(${(start.x + end.x) / 2}px, ${(start.y + end.y) / 2}px)`,
          }}
        >
          ⚠ Cannot be read
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}
