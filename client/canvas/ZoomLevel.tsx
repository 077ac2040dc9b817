import { Panel, useReactFlow, useStore } from '@xyflow/react';

/** The zoom as a percentage, under the zoom buttons; pressing it shows the map at 100 %. */
export function ZoomLevel() {
  const zoom = useStore((state) => state.transform[2]);
  const flow = useReactFlow();
  const percent = Math.round(zoom * 100);
  return (
    <Panel position="bottom-left" className="zoom-level">
      <button
        type="button"
        onClick={() => void flow.zoomTo(1, { duration: 150 })}
        title="Zoom: Ctrl+= in, Ctrl+- out, Ctrl+0 for 100%, Shift+1 to fit the map"
        aria-label={`Zoom ${percent}%. Show at 100%`}
      >
        {percent}%
      </button>
    </Panel>
  );
}
