import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Keeps the canvas's zoom on React Flow's element as the CSS property `--flow-zoom`, so that a
 * ring drawn in the flow's pixels (a focused or selected card zoomed out) can keep a width
 * one can see on screen. Written when the zoom changes, not on every frame of a pan.
 */
export function useZoomProperty(): void {
  const store = useStoreApi();
  useEffect(() => {
    let written: number | null = null;
    const write = () => {
      const { domNode, transform } = store.getState();
      const zoom = transform[2];
      if (!domNode || zoom === written) return;
      written = zoom;
      domNode.style.setProperty('--flow-zoom', String(zoom));
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
