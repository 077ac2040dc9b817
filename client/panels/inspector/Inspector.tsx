import { memo } from 'react';
import { type ElementRef, setStatus } from '../../../shared/ydoc/attrs.ts';
import { unreadableReason } from '../../../shared/ydoc/unreadableReason.ts';
import type { MapSession } from '../../collab/useMapSession.ts';
import { LockIcon } from '../../facilitate/LockIcon.tsx';
import { LockNotice } from '../../facilitate/LockNotice.tsx';
import { useLockedForMe } from '../../facilitate/useLockedForMe.ts';
import { useShownMap } from '../../store/useShownMap.ts';
import { useSelection } from '../selectionStore.ts';
import { sameItems, useShownMapSlice } from '../useMapSlice.ts';
import { ElementInspector } from './ElementInspector.tsx';
import { inspected, selectedRecords, sharedStatus } from './inspectedElement.ts';
import { StatusControl } from './StatusControl.tsx';
import './inspector.css';

/** What the inspector needs: the session to write with and the selection. */
export interface InspectorProps {
  session: MapSession;
  readOnly: boolean;
  /** Told about edits that could not be saved where no field could show it. */
  onNotice?: (message: string) => void;
}

/**
 * The side panel that shows and edits the selection: one element's name, status and every
 * field of its kind; or, for several, their shared status. It reads the selected records of
 * the map on show by id, so a change to anything else on the map does not re-render it.
 */
export const Inspector = memo(function Inspector({ session, readOnly, onNotice }: InspectorProps) {
  return (
    <aside className="inspector" aria-label="Details of the selection">
      {readOnly && <p className="inspector-view-only">View only</p>}
      <InspectorBody session={session} readOnly={readOnly} onNotice={onNotice} />
    </aside>
  );
});

function InspectorBody({ session, readOnly, onNotice }: InspectorProps) {
  const selectedIds = useSelection();
  // Locked elements are shown, not edited, to everyone but the facilitator.
  const lockedForMe = useLockedForMe();
  const records = useShownMapSlice((state) => selectedRecords(state, selectedIds), sameItems);
  const refs = records.map(
    ({ id, node }): ElementRef => ({ collection: node ? 'nodes' : 'edges', id }),
  );
  const unreadable = useShownMap((state) =>
    state.snapshot.invalid.find((element) => selectedIds.includes(element.id)),
  );
  const description = useShownMap((state) => state.snapshot.description);
  if (refs.length === 0 && unreadable) {
    return (
      <p className="inspector-empty" role="status">
        This element could not be read, so it cannot be edited here:{' '}
        {unreadableReason(unreadable.problems, unreadable.sketch?.kind)}. It can be deleted.
      </p>
    );
  }
  if (refs.length === 0) {
    return (
      <>
        {/* What the map is for, as its template or import describes it: shown, not hidden. */}
        {description && (
          <section className="map-description" aria-labelledby="map-description-heading">
            <h2 id="map-description-heading">About this map</h2>
            <p>{description}</p>
          </section>
        )}
        <p className="inspector-empty">
          Select a body, footprint or relationship to see and edit its details.
        </p>
      </>
    );
  }
  if (refs.length > 1) {
    const changeable = refs.filter((ref) => !lockedForMe.has(ref.id));
    const statuses = records.map(({ node, edge }) => (node ?? edge)?.status ?? 'proposed');
    return (
      <>
        <header className="inspector-header">
          <div className="inspector-kind">Selection</div>
          <div className="inspector-sentence">{refs.length} elements selected</div>
        </header>
        <StatusControl
          legend="Status of all of them"
          current={sharedStatus(statuses)}
          readOnly={readOnly || changeable.length === 0}
          onChange={(status) => setStatus(session.doc, session.origin, changeable, status)}
        />
        {!readOnly && changeable.length < refs.length && (
          <p className="lock-notice" role="status">
            <LockIcon /> {lockedCountText(refs.length - changeable.length)}
          </p>
        )}
        <p className="inspector-hint">Select one element to edit its details.</p>
      </>
    );
  }
  const [only] = records;
  const element = only && inspected(only.id, only.node, only.edge);
  if (!element) return null;
  // Keyed by id: drafts and open groups belong to one element, never carried to the next.
  return (
    <>
      <LockNotice id={element.ref.id} />
      <ElementInspector
        key={element.ref.id}
        session={session}
        element={element}
        readOnly={readOnly || lockedForMe.has(element.ref.id)}
        onNotice={onNotice}
      />
    </>
  );
}

function lockedCountText(count: number): string {
  return count === 1
    ? 'One of them is locked by the facilitator and keeps its status.'
    : `${count} of them are locked by the facilitator and keep their status.`;
}
