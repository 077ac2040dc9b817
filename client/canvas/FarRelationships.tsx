import { type InternalNode, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import type { Box } from '../../shared/layout/straightLines.ts';
import { type FarLineGroup, FarLinesKept, farLineGroups } from './farLines.ts';
import { internalBox } from './internalBox.ts';
import { RELATIONSHIP_STYLE } from './kindStyles.ts';
import { FAR_LINES_Z } from './layers.ts';
import type { MapFlowEdge } from './toFlow.ts';
import { ViewportLayer } from './ViewportLayer.tsx';

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

/** The lines last drawn: for these relationships, between bodies at these boxes. */
interface Drawn {
  edges: readonly MapFlowEdge[];
  /** Each body at an end, as React Flow held it, and its box then. */
  ends: Map<string, { node: unknown; box: Box | undefined }>;
  groups: FarLineGroup[];
}

function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);
}

/**
 * Whether every body at an end of the lines drawn is where it was. React Flow keeps a node's
 * internal object while nothing of it changed, so most are passed by identity alone; a node
 * selected since is a new object at the same box.
 */
function endsKept(drawn: Drawn, lookup: ReadonlyMap<string, InternalNode>): boolean {
  for (const [id, end] of drawn.ends) {
    const node = lookup.get(id);
    if (node === end.node) continue;
    if (!sameBox(end.box, node ? internalBox(node) : undefined)) return false;
    end.node = node;
  }
  return true;
}

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
  const drawn = useRef<Drawn | null>(null);
  const kept = useRef(new FarLinesKept());
  // React Flow's list of nodes changes when one is selected, added or measured too: the lines
  // are worked out again only when a body at an end of one of them has moved or been resized.
  const groups = useMemo(() => {
    if (edges.length === 0 || nodes.length === 0) return [];
    const { nodeLookup } = store.getState();
    const last = drawn.current;
    if (last?.edges === edges && endsKept(last, nodeLookup)) return last.groups;
    const ends: Drawn['ends'] = new Map();
    const next = farLineGroups(
      edges,
      (id) => {
        const seen = ends.get(id);
        if (seen) return seen.box;
        const node = nodeLookup.get(id);
        // A body React Flow kept as it was keeps its box object too, so the line at it is
        // known kept by identity (farLineGroups).
        const before = last?.ends.get(id);
        const box =
          before && before.node === node ? before.box : node ? internalBox(node) : undefined;
        ends.set(id, { node, box });
        return box;
      },
      kept.current,
    );
    drawn.current = { edges, ends, groups: next };
    return next;
  }, [edges, nodes, store]);
  if (groups.length === 0) return null;
  return (
    <ViewportLayer>
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
    </ViewportLayer>
  );
});
