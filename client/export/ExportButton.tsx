import { memo, useState } from 'react';
import { useFindingsState } from '../panels/findingsStore.ts';
import { useShownLegend } from '../panels/useShownLegend.ts';
import { useShownMap } from '../store/useShownMap.ts';
import { ExportDialog } from './ExportDialog.tsx';
import './export.css';

type FlagsFor = <T>(flags: ReadonlyMap<string, T>) => ReadonlyMap<string, T>;

/**
 * "Export image": opens the dialog that downloads the whole map on show, with its title, date
 * and key, as PNG, SVG or PDF. The map is read only while the dialog is open. Must be rendered
 * inside the map's ReactFlowProvider.
 */
export const ExportButton = memo(function ExportButton({
  flagsFor,
}: {
  /** The validator's flags as the map on show has them (none on a saved version). */
  flagsFor: FlagsFor;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export image
      </button>
      {open && <ShownExportDialog flagsFor={flagsFor} onClose={() => setOpen(false)} />}
    </>
  );
});

function ShownExportDialog({ flagsFor, onClose }: { flagsFor: FlagsFor; onClose: () => void }) {
  const snapshot = useShownMap((state) => state.snapshot);
  const legend = useShownLegend();
  const flags = flagsFor(useFindingsState((state) => state.flags));
  return <ExportDialog snapshot={snapshot} legend={legend} flags={flags} onClose={onClose} />;
}
