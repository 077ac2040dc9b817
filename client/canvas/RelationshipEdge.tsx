import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  type InternalNode,
  useInternalNode,
} from '@xyflow/react';
import { fannedPath } from '../../shared/layout/fannedPath.ts';
import { type Box, lineBetween } from '../../shared/layout/straightLines.ts';
import { COLOR } from '../theme/tokens.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { RELATIONSHIP_STYLE } from './kindStyles.ts';
import type { MapFlowEdge } from './toFlow.ts';

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? 0, h: node.measured.height ?? 0 };
}

/**
 * A relationship: a straight line between the facing borders of its two bodies, wherever
 * they sit, drawn in its kind's colour and dash pattern, with its label.
 */
export function RelationshipEdge({
  id,
  source,
  target,
  markerEnd,
  label,
  data,
  selected,
}: EdgeProps<MapFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  // While comparing with a saved version: added, changed, or a ghost of a removed relationship.
  const change = useWorkshop().changes.get(id);
  if (!sourceNode || !targetNode || !data) return null;
  const [start, end] = lineBetween(boxOf(sourceNode), boxOf(targetNode));
  const [path, labelX, labelY] = fannedPath(start, end, data.lane, data.lanes, source < target);
  const look = RELATIONSHIP_STYLE[data.kind];
  const disputed = data.status === 'disputed';
  return (
    <g
      className={`relationship kind-${data.kind}${data.dimmed ? ' is-dimmed' : ''}${change ? ` change-${change}` : ''}`}
      data-change={change}
    >
      {(selected || data.remoteColor || disputed || data.flag) && (
        <path
          d={path}
          fill="none"
          stroke={
            selected
              ? COLOR.blue
              : disputed || data.flag === 'error'
                ? COLOR.red
                : data.flag === 'warning'
                  ? COLOR.amber
                  : data.remoteColor
          }
          strokeOpacity={0.35}
          strokeWidth={look.width + 8}
        />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: look.color,
          strokeWidth: look.width,
          strokeDasharray: look.dash,
          opacity: data.status === 'proposed' ? 0.7 : 1,
        }}
        label={label}
        labelX={labelX}
        labelY={labelY}
        labelStyle={{ fill: look.ink, fontWeight: 600 }}
        labelBgStyle={{ fill: disputed ? COLOR.redTint : COLOR.white, fillOpacity: 0.92 }}
        labelBgPadding={[6, 3]}
        labelBgBorderRadius={4}
      />
      <EdgeLabelRenderer>
        <div
          className="edge-badges"
          style={{ transform: `translate(-50%, 0) translate(${labelX}px, ${labelY + 12}px)` }}
        >
          <ElementBadges id={id} />
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}
