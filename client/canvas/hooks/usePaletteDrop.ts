import { useReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback } from 'react';
import type { Position } from '../../../shared/ydoc/schema.ts';
import { decodePaletteItem, PALETTE_MIME, type PaletteItem } from '../paletteItem.ts';

/** Palette items dragged onto the canvas are added where they are dropped. */
export function usePaletteDrop(
  addAt: (item: PaletteItem, topLeft: Position) => void,
  readOnly: boolean,
) {
  const flow = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = decodePaletteItem(event.dataTransfer.getData(PALETTE_MIME));
      if (readOnly || !item) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addAt(item, { x: point.x - 90, y: point.y - 30 });
    },
    [flow, addAt, readOnly],
  );
  return { onDragOver, onDrop };
}
