import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  useInternalNode,
  useStore,
} from '@xyflow/react';
import { useRef } from 'react';
import { curvePath, fannedCurve } from '../../shared/layout/fannedPath.ts';
import { lineBetween } from '../../shared/layout/straightLines.ts';
import { relationshipSentence } from '../../shared/model/relationshipSentence.ts';
import { useShownMap } from '../store/useShownMap.ts';
import { COLOR, RADIUS, SPACE } from '../theme/tokens.ts';
import { ElementBadges, useHasBadges } from './badges/ElementBadges.tsx';
import { useFlag } from './elementMarks.ts';
import { useFarView } from './hooks/useFarView.ts';
import { useElementChange } from './hooks/useShownBody.ts';
import { useWrapperLabel } from './hooks/useWrapperLabel.ts';
import { internalBox } from './internalBox.ts';
import { RELATIONSHIP_STYLE } from './kindStyles.ts';
import { createLabelPlaces, type LabelState } from './labelPlaces.ts';
import { RelationshipLabel } from './RelationshipLabel.tsx';
import type { RelationshipFlowEdge } from './toFlow.ts';

// One set of label places for every relationship on the page, worked out once per change.
const labelPlaces = createLabelPlaces();

/** What a screen reader says for a relationship: a sentence naming both its bodies. */
function useRelationshipSentence(id: string, source: string, target: string): string {
  const record = useShownMap((state) => state.edgeById.get(id));
  const from = useShownMap((state) => state.nodeById.get(source)?.label) ?? 'a body';
  const to = useShownMap((state) => state.nodeById.get(target)?.label) ?? 'a body';
  return record ? relationshipSentence(record, from, to) : '';
}

/**
 * A relationship: a straight line between the facing borders of its two bodies, wherever
 * they sit, drawn in its kind's colour and dash pattern, with its label where it covers no
 * other relationship's label (shared/layout/edgeLabelPlacement.ts). Zoomed out, it is a
 * plain line without label, arrow or badges, unless one of its bodies is selected.
 */
export function RelationshipEdge({
  id,
  source,
  target,
  markerEnd,
  label,
  data,
  selected,
}: EdgeProps<RelationshipFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const far = useFarView();
  const hasBadges = useHasBadges(id);
  // While comparing with a saved version: added, changed, or a ghost of a removed relationship.
  const change = useElementChange(id);
  // The validator's flag, by selector: new findings redraw the relationships they flag only.
  const flag = useFlag(id);
  const root = useRef<SVGGElement>(null);
  useWrapperLabel(root, '.react-flow__edge', useRelationshipSentence(id, source, target));
  // A string, so the edge redraws only when its own label moves.
  const labelAt = useStore((state) => {
    const at = labelPlaces(state as unknown as LabelState).get(id);
    return at ? `${at.x} ${at.y}` : '';
  });
  if (!sourceNode || !targetNode || !data) return null;
  const [start, end] = lineBetween(internalBox(sourceNode), internalBox(targetNode));
  const curve = fannedCurve(start, end, data.lane, data.lanes, source < target);
  const path = curvePath(curve);
  const [placedX, placedY] = labelAt ? labelAt.split(' ').map(Number) : [];
  const labelX = placedX ?? curve.label.x;
  const labelY = placedY ?? curve.label.y;
  const look = RELATIONSHIP_STYLE[data.kind];
  const disputed = data.status === 'disputed';
  const detailed = !far || selected || sourceNode.selected || targetNode.selected;
  const className = `relationship kind-${data.kind}${data.dimmed ? ' is-dimmed' : ''}${change ? ` change-${change}` : ''}`;
  const line = {
    stroke: look.color,
    strokeWidth: look.width,
    strokeDasharray: look.dash,
    opacity: data.status === 'proposed' ? 0.7 : 1,
  };
  if (!detailed) {
    return (
      <g ref={root} className={`${className} is-far`} data-change={change}>
        {/* Not a click target: zoomed out, a line would catch clicks meant for bodies. */}
        <BaseEdge id={id} path={path} style={line} interactionWidth={0} />
      </g>
    );
  }
  return (
    <g ref={root} className={className} data-change={change}>
      {(selected || data.remoteColor || disputed || flag) && (
        <path
          d={path}
          fill="none"
          stroke={
            selected
              ? COLOR.blue
              : disputed || flag === 'error'
                ? COLOR.red
                : flag === 'warning'
                  ? COLOR.amber
                  : data.remoteColor
          }
          strokeOpacity={0.35}
          strokeWidth={look.width + 8}
        />
      )}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={line} />
      {typeof label === 'string' && label !== '' && (
        <RelationshipLabel
          x={labelX}
          y={labelY}
          text={label}
          ink={look.ink}
          background={{ fill: disputed ? COLOR.redTint : COLOR.white, fillOpacity: 0.92 }}
          padding={[SPACE[3], 3]}
          radius={RADIUS.sm}
        />
      )}
      {/* Only edges with badges portal into the label layer: each portal reads the store. */}
      {hasBadges && (
        <EdgeLabelRenderer>
          <div
            className="edge-badges"
            style={{
              transform: `translate(-50%, 0) translate(${labelX}px, ${labelY + SPACE[5]}px)`,
            }}
          >
            <ElementBadges id={id} />
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
}
