import { type Node, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { toLayoutEdges, toLayoutNodes } from '../../shared/layout/layoutInput.ts';
import type { LayoutPlacement } from '../../shared/layout/layoutMap.ts';
import { placeNodes } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { FIT_VIEW } from '../canvas/fitViewOptions.ts';
import { createLayoutWorker, type LayoutWorker } from './layoutWorker.ts';

/** Frames to wait for the canvas to show a new layout before fitting the view anyway. */
const MAX_FRAMES_TO_SETTLE = 10;

/** Auto-layout of the whole map, or of one footprint's inside, and whether one is running. */
export interface AutoLayout {
  /** Lays out everything, or only inside footprint `scope`; rejects (writing nothing) if ELK fails. */
  run: (scope?: string) => Promise<void>;
  running: boolean;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function shows(nodes: readonly Node[], placements: readonly LayoutPlacement[]): boolean {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return placements.every(({ id, position }) => {
    const node = byId.get(id);
    return !node || (node.position.x === position.x && node.position.y === position.y);
  });
}

const NOTHING_PINNED: ReadonlySet<string> = new Set();

/**
 * Lays the map out with ELK (in a Web Worker) and writes every new position in one transaction, so the whole
 * layout is one undo step and reaches everyone at once. Nodes in `pinned` (e.g. what the
 * facilitator locked) stay where they are. Must run inside a ReactFlowProvider.
 */
export function useAutoLayout(
  session: { doc: Y.Doc; origin: unknown },
  pinned: ReadonlySet<string> = NOTHING_PINNED,
): AutoLayout {
  const { doc, origin } = session;
  const { getNodes, fitView } = useReactFlow();
  const [running, setRunning] = useState(false);
  const busy = useRef(false);
  const mounted = useRef(true);
  const worker = useRef<LayoutWorker | null>(null);

  useEffect(() => {
    mounted.current = true;
    const created = createLayoutWorker();
    worker.current = created;
    return () => {
      mounted.current = false;
      created.destroy();
      worker.current = null;
    };
  }, []);

  const run = useCallback(
    async (scope?: string) => {
      // A second click while ELK works would lay out stale sizes on top of the first result.
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      try {
        const snapshot = readMap(doc);
        const engine = worker.current;
        if (!engine) return;
        // In a Web Worker: ELK on 2,000 bodies takes seconds the page must keep drawing through.
        const placements = (
          await engine.layout({
            nodes: toLayoutNodes(snapshot.nodes, getNodes()),
            edges: toLayoutEdges(snapshot.edges),
            ...(scope ? { scope } : {}),
          })
        ).filter((placement) => !pinned.has(placement.id));
        if (!mounted.current || placements.length === 0) return;
        placeNodes(doc, origin, placements);
        // The doc change reaches React Flow through a React render or two; fit once it has.
        for (let frame = 0; frame < MAX_FRAMES_TO_SETTLE; frame++) {
          await nextFrame();
          if (shows(getNodes(), placements)) break;
        }
        // Not awaited: React Flow resolves it only once every node is measured.
        if (mounted.current) void fitView({ ...FIT_VIEW, duration: 300 });
      } finally {
        busy.current = false;
        if (mounted.current) setRunning(false);
      }
    },
    [doc, origin, getNodes, fitView, pinned],
  );

  return { run, running };
}
