import { useState } from 'react';
import type { LegendEntry } from '../../shared/export/legendEntry.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { ExportDialog } from './ExportDialog.tsx';
import './export.css';

/**
 * "Export image": opens the dialog that downloads the whole map, with its title, date and
 * key, as PNG, SVG or PDF. Must be rendered inside the map's ReactFlowProvider.
 */
export function ExportButton(props: {
  snapshot: MapSnapshot;
  legend: readonly LegendEntry[];
  flags: ReadonlyMap<string, 'error' | 'warning'>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export image
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
