import { useStoreApi } from '@xyflow/react';
import { memo, useContext, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useShownMapStore } from '../store/useShownMap.ts';
import { ElementMarksContext } from './elementMarks.ts';
import { type FarBlock, FarBlocks, type ShownState } from './farBlocks.ts';
import { useFarRenames } from './hooks/useFarRenaming.ts';
import { FAR_BLOCKS_Z } from './layers.ts';
import { type LaidOutBox, PaintedLayout } from './paintedLayout.ts';
import { FarPainter } from './paintFarBlocks.ts';
import { ViewportLayer } from './ViewportLayer.tsx';

/** Past this many boxes to paint again, the whole canvas is painted (a burst of changes). */
const MOST_BOXES = 64;

/**
 * The zoomed-out view's bodies, painted on one canvas element over the relationships and the
 * cards (docs/canvas.md; a card with a mark to show is raised over it, see layers.ts). The
 * cards stay in the page for focus, clicks, selection and screen readers, but paint almost
 * nothing: a browser paints 2,000 blocks with large names far slower than a canvas fills
 * them. What a block shows is read from the map on show (farBlocks.ts), not from the cards.
 * The canvas repaints, outside React, when the view moves, a body moves, or a block changes,
 * drawing only what is on screen at the screen's own resolution; it is moved against the
 * flow's own transform so that it stays put on screen.
 */
export const FarBlockCanvas = memo(function FarBlockCanvas() {
  const store = useStoreApi();
  const shown = useShownMapStore() as StoreApi<ShownState>;
  const renames = useFarRenames();
  const marks = useContext(ElementMarksContext);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const painter = new FarPainter(context, getComputedStyle(canvas).fontFamily);
    const blocks = new FarBlocks();
    // The block each body was last painted with, to find the blocks that changed.
    const painted = new Map<string, FarBlock | undefined>();
    let blocksChanged = true;
    let frame = 0;
    // What to paint at the next frame: everything, or only these boxes (in the flow's
    // coordinates), where bodies came, went, moved or changed; the rest is kept as painted.
    let whole = true;
    let dirty: LaidOutBox[] = [];
    let view: { x: number; y: number; zoom: number; width: number; height: number } | null = null;
    const paint = () => {
      frame = 0;
      const { transform, width, height, nodes, nodeLookup } = store.getState();
      const [x, y, zoom] = transform;
      const ratio = window.devicePixelRatio || 1;
      const pixelsWide = Math.ceil(width * ratio);
      const pixelsHigh = Math.ceil(height * ratio);
      // The blocks as the map, the filter and the renames are now, for this whole paint.
      const source = blocks.at({
        state: shown.getState(),
        filter: marks.getState().filter,
        renaming: renames.renaming,
      });
      if (blocksChanged) {
        blocksChanged = false;
        for (const { id } of nodes) {
          const block = source.get(id);
          if (painted.get(id) === block) continue;
          painted.set(id, block);
          const box = layout.boxOf(id);
          if (box) dirty.push({ x: box.x, y: box.y, w: box.w, h: box.h });
        }
      }
      const sameView =
        view?.x === x &&
        view.y === y &&
        view.zoom === zoom &&
        view.width === width &&
        view.height === height &&
        canvas.width === pixelsWide &&
        canvas.height === pixelsHigh;
      const boxes = whole || !sameView || dirty.length > MOST_BOXES ? undefined : dirty;
      whole = false;
      dirty = [];
      if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
      if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.style.transform = `scale(${1 / zoom}) translate(${-x}px, ${-y}px)`;
      painter.paint(
        { x, y, zoom, width, height, ratio },
        nodes,
        nodeLookup,
        source,
        marks.getState().flags,
        boxes,
      );
      view = { x, y, zoom, width, height };
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    // A new list of nodes repaints only where a node moved, was resized, came or went, and
    // all of it if nodes changed places in the order: not for a selection, which the cards
    // draw.
    const layout = new PaintedLayout();
    const stopFlow = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        whole = true;
        schedule();
      }
      if (state.nodes === previous.nodes) return;
      const change = layout.update(state.nodes, state.nodeLookup);
      if (change === 'none') return;
      if (change === 'reordered') whole = true;
      else dirty.push(...change);
      schedule();
    });
    const repaint = (id: string) => {
      const box = layout.boxOf(id);
      if (!box) return;
      dirty.push({ x: box.x, y: box.y, w: box.w, h: box.h });
      schedule();
    };
    // A change of the map, the filter or a rename: the bodies whose block changed are found
    // at the next frame, a lookup each.
    const blocksMayChange = () => {
      blocksChanged = true;
      schedule();
    };
    const stopMap = shown.subscribe(blocksMayChange);
    const stopRenames = renames.subscribe(blocksMayChange);
    // The validator's flags are read here, not by the cards: a check's findings repaint the
    // bodies whose flag changed and draw no card again.
    const stopMarks = marks.subscribe((state, previous) => {
      if (state.filter !== previous.filter) blocksMayChange();
      if (state.flags === previous.flags) return;
      for (const id of changedKeys(state.flags, previous.flags)) repaint(id);
    });
    layout.update(store.getState().nodes, store.getState().nodeLookup);
    schedule();
    return () => {
      stopFlow();
      stopMap();
      stopRenames();
      stopMarks();
      cancelAnimationFrame(frame);
    };
  }, [canvas, store, shown, renames, marks]);
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

/** The keys whose value differs between two maps (in either). */
function* changedKeys<V>(now: ReadonlyMap<string, V>, before: ReadonlyMap<string, V>) {
  for (const [key, value] of now) if (before.get(key) !== value) yield key;
  for (const key of before.keys()) if (!now.has(key)) yield key;
}
