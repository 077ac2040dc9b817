import { ReactFlow, type ReactFlowProps } from '@xyflow/react';
import { memo, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { FarBlockCanvas } from './FarBlockCanvas.tsx';
import { FarKeyboard } from './FarKeyboard.tsx';
import { FarPointer } from './FarPointer.tsx';
import { FarRelationships } from './FarRelationships.tsx';
import { useFarCards } from './hooks/useFarCards.ts';
import { useFarEdges } from './hooks/useFarEdges.ts';
import { FarViewContext, useFarZoom } from './hooks/useFarView.ts';
import type { Flow } from './hooks/useFlowElements.ts';
import { useSelectionSharing } from './hooks/useSelectionSharing.ts';
import { useWholeMapInView } from './hooks/useWholeMapInView.ts';
import { useZoomProperty } from './hooks/useZoomProperty.ts';
import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';

/** Elements on the map from which the canvas draws only those on screen. */
const CULL_FROM = 400;

type CanvasFlowProps = Omit<
  ReactFlowProps<MapFlowNode, MapFlowEdge>,
  'nodes' | 'edges' | 'onlyRenderVisibleElements' | 'children'
> & {
  /** The React Flow nodes and edges (hooks/useFlowElements.ts). */
  flow: StoreApi<Flow>;
  awareness: Awareness;
  onSelection: (ids: string[]) => void;
  children?: ReactNode;
};

/**
 * React Flow with the map's nodes and edges: the one part of the canvas that re-renders when
 * they change (a selection, a drag, a body added), so the canvas's own hooks and menus do
 * not. Zoomed out on a big map, most relationships are far lines beside React Flow
 * (useFarEdges.ts), and most bodies are blocks painted on a canvas with no card of their own
 * (useFarCards.ts): the pointer presses a block as it would its card (FarPointer.tsx), and
 * keyboard focus in the canvas draws every card again (FarKeyboard.tsx).
 */
export const CanvasFlow = memo(function CanvasFlow({
  flow,
  awareness,
  onSelection,
  children,
  ...props
}: CanvasFlowProps) {
  const nodes = useStore(flow, (state) => state.nodes);
  const edges = useStore(flow, (state) => state.edges);
  const bigMap = nodes.length + edges.length > CULL_FROM;
  const far = useFarZoom(bigMap);
  const wholeMapInView = useWholeMapInView();
  const { flowEdges, farEdges } = useFarEdges(nodes, edges, far && bigMap);
  const [keyboard, setKeyboard] = useState(false);
  const [pressed, setPressed] = useState<string | null>(null);
  const cardless = far && bigMap && !keyboard;
  const shownNodes = useFarCards(nodes, flowEdges, cardless, pressed);
  // A walk by keyboard that ends forgets the body pressed before it: the press that ends it
  // selects what it pressed (a selected body keeps its card), and a press on the empty
  // canvas leaves no card behind.
  const walking = useRef(false);
  const onKeyboard = useCallback((inside: boolean) => {
    if (walking.current && !inside) setPressed(null);
    walking.current = inside;
    setKeyboard(inside);
  }, []);
  const bodyCount = useMemo(() => nodes.filter((node) => node.type === 'body').length, [nodes]);
  useSelectionSharing(nodes, edges, awareness, onSelection);
  useZoomProperty();
  return (
    <FarViewContext.Provider value={far}>
      <ReactFlow<MapFlowNode, MapFlowEdge>
        {...props}
        nodes={shownNodes}
        edges={flowEdges}
        // On a big map only what is on screen is in the page, so a whole system pans and
        // zooms smoothly; a small one is cheaper drawn whole than culled on every frame, and
        // so is a big one fitted to the screen, where every node is on screen anyway (but
        // for the few cards of the cardless view, which culling skips the hidden nodes for).
        onlyRenderVisibleElements={bigMap && (cardless || !wholeMapInView)}
        // Zoomed out, a selected node is not lifted over the rest: a footprint lifted over
        // the painted blocks would pale every body it holds under its tint (a selected body
        // raises its own card over them, BodyNode.tsx).
        elevateNodesOnSelect={!far}
      >
        <FarRelationships edges={farEdges} />
        {far && <FarBlockCanvas />}
        <FarPointer
          active={cardless}
          onPress={setPressed}
          onContextMenu={props.onNodeContextMenu}
        />
        <FarKeyboard
          entry={far && bigMap}
          cardless={cardless}
          bodies={bodyCount}
          onKeyboard={onKeyboard}
        />
        {children}
      </ReactFlow>
    </FarViewContext.Provider>
  );
});
