import { type ReactFlowState, useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { farLineGroups } from './farLines.ts';
import { internalBox } from './internalBox.ts';
import { RELATIONSHIP_STYLE } from './kindStyles.ts';
import { FAR_LINES_Z } from './layers.ts';
import type { MapFlowEdge } from './toFlow.ts';

// React Flow gives a new list whenever a node moves, is measured or is selected; its lookup
// of internal nodes is updated in place before that.
const selectNodes = (state: ReactFlowState) => state.nodes;
/**
 * Below this zoom a dash would be a pixel or two long: the lines are drawn plain. Dashes that
 * small cost the browser more to paint than everything else on the map together, on every
 * frame of a pan, and cannot be seen; colour still tells the kinds apart.
 */
const PLAIN_BELOW_ZOOM = 0.25;
const isPlain = (state: ReactFlowState) => state.transform[2] < PLAIN_BELOW_ZOOM;

/**
 * A big map's relationships zoomed out, drawn as one path per look (farLines.ts) under the
 * bodies: plain lines in their kind's colour and dash (solid when zoomed out further still),
 * taking no clicks, exactly where each relationship draws itself in full. Those React Flow draws (useFarEdges.ts) are not here.
 */
export const FarRelationships = memo(function FarRelationships({
  edges,
}: {
  edges: readonly MapFlowEdge[];
}) {
  const nodes = useStore(selectNodes);
  const plain = useStore(isPlain);
  const store = useStoreApi();
  const groups = useMemo(() => {
    if (edges.length === 0 || nodes.length === 0) return [];
    const { nodeLookup } = store.getState();
    return farLineGroups(edges, (id) => {
      const node = nodeLookup.get(id);
      return node ? internalBox(node) : undefined;
    });
  }, [edges, nodes, store]);
  if (groups.length === 0) return null;
  return (
    <ViewportPortal>
      <svg
        className="far-relationships"
        aria-hidden="true"
        style={{ zIndex: FAR_LINES_Z }}
        data-testid="far-relationships"
      >
        {groups.map((group) => {
          const look = RELATIONSHIP_STYLE[group.kind];
          return (
            <path
              key={group.key}
              className={group.dimmed ? 'is-dimmed' : undefined}
              d={group.d}
              fill="none"
              stroke={look.color}
              strokeWidth={look.width}
              strokeDasharray={plain ? undefined : look.dash}
              strokeOpacity={group.proposed ? 0.7 : 1}
            />
          );
        })}
      </svg>
    </ViewportPortal>
  );
});
