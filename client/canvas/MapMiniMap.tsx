import {
  type InternalNode,
  Panel,
  type ReactFlowState,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { keptMiniMapShapes } from './miniMapShapes.ts';
import { type MapFlowNode, nodeColor } from './toFlow.ts';

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the map in the minimap, in minimap pixels. */
const MARGIN = 5;

const colorOf = (node: InternalNode<MapFlowNode>) => nodeColor(node.internals.userNode);
// React Flow hands a new list of nodes when one moves, is measured, added, removed or selected;
// its lookup of internal nodes, which has where each is, is updated before that.
const selectNodes = (state: ReactFlowState) => state.nodes;
const selectView = (state: ReactFlowState) => {
  const [x, y, zoom] = state.transform;
  return `${-x / zoom} ${-y / zoom} ${state.width / zoom} ${state.height / zoom}`;
};
const selectPanZoom = (state: ReactFlowState) => state.panZoom;
const selectExtent = (state: ReactFlowState) => state.translateExtent;
const selectSize = (state: ReactFlowState) => `${state.width} ${state.height}`;
const selectLabel = (state: ReactFlowState) => state.ariaLabelConfig['minimap.ariaLabel'];

/**
 * The map in small at the canvas's corner, with the view on it; drag it to pan, scroll it to
 * zoom. Like React Flow's MiniMap, but each colour of node is one path (miniMapShapes.ts):
 * React Flow's draws a rectangle per node, each a component checking React Flow's store on
 * every change and every frame of a pan, two thousand of them on a whole system.
 */
export const MapMiniMap = memo(function MapMiniMap() {
  const store = useStoreApi<MapFlowNode>();
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const nodes = useStore(selectNodes);
  const view = useStore(selectView);
  const panZoom = useStore(selectPanZoom);
  const translateExtent = useStore(selectExtent);
  const size = useStore(selectSize);
  const label = useStore(selectLabel);
  const [shapesOf] = useState(() => keptMiniMapShapes(colorOf));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list of nodes is the signal that the lookup changed
  const { shapes, bounds } = useMemo(
    () => shapesOf(store.getState().nodeLookup.values()),
    [nodes, store, shapesOf],
  );

  const [vx = 0, vy = 0, vw = 0, vh = 0] = view.split(' ').map(Number);
  const left = Math.min(vx, bounds?.x ?? vx);
  const top = Math.min(vy, bounds?.y ?? vy);
  const boxWidth = Math.max(vx + vw, bounds ? bounds.x + bounds.width : vx + vw) - left;
  const boxHeight = Math.max(vy + vh, bounds ? bounds.y + bounds.height : vy + vh) - top;
  const viewScale = Math.max(boxWidth / WIDTH, boxHeight / HEIGHT);
  const offset = MARGIN * viewScale;
  const width = viewScale * WIDTH + offset * 2;
  const height = viewScale * HEIGHT + offset * 2;
  const x = left - (viewScale * WIDTH - boxWidth) / 2 - offset;
  const y = top - (viewScale * HEIGHT - boxHeight) / 2 - offset;

  const scale = useRef(viewScale);
  scale.current = viewScale;
  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scale.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new panZoom is a new instance to set up
  useEffect(() => {
    const [flowWidth = 0, flowHeight = 0] = size.split(' ').map(Number);
    minimap.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
      inversePan: false,
    });
  }, [panZoom, translateExtent, size]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        {shapes.map((shape) => (
          <path
            key={shape.color}
            className="react-flow__minimap-node"
            d={shape.d}
            style={{ fill: shape.color }}
            shapeRendering="crispEdges"
          />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z
        M${vx},${vy}h${vw}v${vh}h${-vw}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
