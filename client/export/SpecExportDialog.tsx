import { useState } from 'react';
import { countOf } from '../../shared/spec/countOf.ts';
import { downloadText } from '../panels/review/downloadText.ts';
import { useMapState } from '../store/useMapStore.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { slugify } from './fileName.ts';
import { useSpec } from './useSpec.ts';

/**
 * Export of the governance spec: says what will be left out (proposed and disputed
 * elements, and relationships whose ends are left out) before the file is downloaded.
 */
export function SpecExportDialog({ mapId, onClose }: { mapId: string; onClose: () => void }) {
  // The map is read only while the dialog is open.
  const snapshot = useMapState((state) => state.snapshot);
  const [includeAll, setIncludeAll] = useState(false);
  const built = useSpec(snapshot, mapId, includeAll);
  const { spec, leftOut } = built;
  const fileName = `${slugify(snapshot.title) || 'map'}.governance.json`;

  return (
    <Dialog className="modal export-dialog" labelledBy="export-heading" onClose={onClose}>
      <h2 id="export-heading">Export the governance spec</h2>
      <p className="muted">
        {countOf(spec.bodies.length, 'body')}, {countOf(spec.relationships.length, 'relationship')}{' '}
        and {countOf(spec.footprints.length, 'footprint')};{' '}
        {countOf(spec.validation.errors.length, 'error')} and{' '}
        {countOf(spec.validation.warnings.length, 'warning')} recorded in the file.
      </p>
      <label className="check">
        <input type="checkbox" checked={includeAll} onChange={() => setIncludeAll(!includeAll)} />
        Include everything, not only what is agreed
      </label>
      {leftOut.length > 0 ? (
        <>
          <h3 id="left-out-heading">Left out ({leftOut.length})</h3>
          {/* A long list scrolls: in the Tab order so it scrolls from the keyboard too. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs a scrollable region to take focus */}
          <section className="left-out-scroll" aria-labelledby="left-out-heading" tabIndex={0}>
            <ul className="left-out" data-testid="left-out">
              {leftOut.map((item) => (
                <li key={item.id}>
                  <strong>{item.name}</strong> — {item.reason}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <p>Nothing is left out.</p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            downloadText(`${JSON.stringify(spec, null, 2)}\n`, fileName, 'application/json');
            onClose();
          }}
        >
          Download {fileName}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
