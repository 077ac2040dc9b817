import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import { useFarBlocks } from './hooks/useFarBlock.ts';
import { FAR_BLOCKS_Z } from './layers.ts';
import { PaintedLayout } from './paintedLayout.ts';
import { FarPainter } from './paintFarBlocks.ts';
import { ViewportLayer } from './ViewportLayer.tsx';

/**
 * The zoomed-out view's bodies, painted on one canvas element over the relationships and under
 * the cards (docs/canvas.md). The cards stay in the page for focus, clicks, selection and
 * screen readers, but paint almost nothing: a browser paints 2,000 blocks with large names
 * far slower than a canvas fills them. The canvas repaints, outside React, when the view
 * moves or a card changes, drawing only what is on screen at the screen's own resolution; it
 * is moved against the flow's own transform so that it stays put on screen.
 */
export const FarBlockCanvas = memo(function FarBlockCanvas() {
  const store = useStoreApi();
  const blocks = useFarBlocks();
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const painter = new FarPainter(context, getComputedStyle(canvas).fontFamily);
    let frame = 0;
    const paint = () => {
      frame = 0;
      const { transform, width, height, nodes, nodeLookup } = store.getState();
      const [x, y, zoom] = transform;
      const ratio = window.devicePixelRatio || 1;
      const pixelsWide = Math.ceil(width * ratio);
      const pixelsHigh = Math.ceil(height * ratio);
      if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
      if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.style.transform = `scale(${1 / zoom}) translate(${-x}px, ${-y}px)`;
      painter.paint({ x, y, zoom, width, height, ratio }, nodes, nodeLookup, blocks.blocks);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    // A new list of nodes repaints only if a node moved, was resized, came, went or changed
    // places in the order: not for a selection, which the cards draw.
    const layout = new PaintedLayout();
    const stopFlow = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height ||
        (state.nodes !== previous.nodes && layout.changed(state.nodes, state.nodeLookup))
      ) {
        schedule();
      }
    });
    const stopBlocks = blocks.subscribe(schedule);
    schedule();
    return () => {
      stopFlow();
      stopBlocks();
      cancelAnimationFrame(frame);
    };
  }, [canvas, store, blocks]);
  return (
    <ViewportLayer in="edge-labels">
      <canvas
        ref={setCanvas}
        className="far-blocks"
        // Decoration: each card says its own name to a screen reader.
        aria-hidden="true"
        tabIndex={-1}
        data-testid="far-blocks"
        style={{ zIndex: FAR_BLOCKS_Z }}
      />
    </ViewportLayer>
  );
});
