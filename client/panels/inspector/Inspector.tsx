import { setStatus } from '../../../shared/ydoc/attrs.ts';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import { unreadableReason } from '../../../shared/ydoc/unreadableReason.ts';
import type { MapSession } from '../../collab/useMapSession.ts';
import { LockIcon } from '../../facilitate/LockIcon.tsx';
import { LockNotice } from '../../facilitate/LockNotice.tsx';
import { useLockedForMe } from '../../facilitate/useLockedForMe.ts';
import { ElementInspector } from './ElementInspector.tsx';
import { findInspected, selectedRefs, sharedStatus } from './inspectedElement.ts';
import { StatusControl } from './StatusControl.tsx';
import './inspector.css';

/** What the inspector needs: the session to write with, the map as read, and the selection. */
export interface InspectorProps {
  session: MapSession;
  snapshot: MapSnapshot;
  selectedIds: readonly string[];
  readOnly: boolean;
  /** Told about edits that could not be saved where no field could show it. */
  onNotice?: (message: string) => void;
}

/**
 * The side panel that shows and edits the selection: one element's name, status and every
 * field of its kind; or, for several, their shared status.
 */
export function Inspector({ session, snapshot, selectedIds, readOnly, onNotice }: InspectorProps) {
  return (
    <aside className="inspector" aria-label="Details of the selection">
      {readOnly && <p className="inspector-view-only">View only</p>}
      <InspectorBody
        session={session}
        snapshot={snapshot}
        selectedIds={selectedIds}
        readOnly={readOnly}
        onNotice={onNotice}
      />
    </aside>
  );
}

function InspectorBody({ session, snapshot, selectedIds, readOnly, onNotice }: InspectorProps) {
  // Locked elements are shown, not edited, to everyone but the facilitator.
  const lockedForMe = useLockedForMe();
  const refs = selectedRefs(snapshot, selectedIds);
  const unreadable = snapshot.invalid.find((element) => selectedIds.includes(element.id));
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
        {snapshot.description && (
          <section className="map-description" aria-labelledby="map-description-heading">
            <h2 id="map-description-heading">About this map</h2>
            <p>{snapshot.description}</p>
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
    const statuses = refs.flatMap((ref) => {
      const list = ref.collection === 'nodes' ? snapshot.nodes : snapshot.edges;
      const found = list.find((element) => element.id === ref.id);
      return found ? [found.status] : [];
    });
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
  const [ref] = refs;
  const element = ref && findInspected(snapshot, ref.id);
  if (!element) return null;
  // Keyed by id: drafts and open groups belong to one element, never carried to the next.
  return (
    <>
      <LockNotice id={element.ref.id} />
      <ElementInspector
        key={element.ref.id}
        session={session}
        snapshot={snapshot}
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
