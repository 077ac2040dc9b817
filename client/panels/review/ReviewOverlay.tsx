import { useState } from 'react';
import { useSpec } from '../../export/useSpec.ts';
import { useMapState } from '../../store/useMapStore.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';

/**
 * The Review, over the canvas: who does what, who is accountable to whom, how the money
 * flows and who delegates what, generated from the same spec an export would give.
 */
export function ReviewOverlay({ mapId, onClose }: { mapId: string; onClose: () => void }) {
  // The map is read only while the review is open.
  const snapshot = useMapState((state) => state.snapshot);
  const [includeAll, setIncludeAll] = useState(false);
  const { spec } = useSpec(snapshot, mapId, includeAll);
  return (
    <Dialog className="review-overlay" label="Review" onClose={onClose} dismissOnBackdrop={false}>
      <div className="review-overlay-bar">
        <label className="check">
          <input type="checkbox" checked={includeAll} onChange={() => setIncludeAll(!includeAll)} />
          Include what is not yet agreed
        </label>
        <button type="button" onClick={onClose}>
          Back to the map
        </button>
      </div>
      <ReviewPanel spec={spec} />
    </Dialog>
  );
}
