import { memo, type RefObject } from 'react';
import { ArrangeBar } from '../canvas/ArrangeBar.tsx';
import { arrangedIds, type NodeParents } from '../canvas/commands/arrangedIds.ts';
import type { CanvasHandle } from '../canvas/MapCanvas.tsx';
import { useUndoRedo } from '../canvas/useUndoRedo.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useAutoLayout } from '../layout/useAutoLayout.ts';
import { useSelection } from '../panels/selectionStore.ts';
import type { MapState } from '../store/mapStore.ts';
import { useMapState } from '../store/useMapStore.ts';

/**
 * The footprints each of these nodes (bodies, footprints, notes) sits in, up to the top: all
 * that `arrangedIds` reads, without a walk of the whole map on each of its changes.
 */
export function selectedParents(state: MapState, ids: readonly string[]): NodeParents {
  const parents = new Map<string, string | undefined>();
  for (const id of ids) {
    for (let at: string | undefined = id; at !== undefined && !parents.has(at); ) {
      const here: string = at;
      const record =
        state.nodeById.get(here) ?? state.snapshot.notes?.find((note) => note.id === here);
      if (!record) break;
      parents.set(here, record.parentId);
      at = record.parentId;
    }
  }
  return parents;
}

/**
 * The Edit toolbar: undo and redo (with their keys), auto-layout, delete and arrange. It reads
 * from the map only what its buttons say (is the map empty, is one footprint selected, how
 * many elements Arrange would move), so other changes to the map do not re-render it.
 */
export const EditToolbar = memo(function EditToolbar({
  session,
  locked,
  canvas,
  onNotice,
}: {
  session: MapSession;
  /** Elements locked by the facilitator: only the facilitator's layout moves them. */
  locked: ReadonlySet<string>;
  canvas: RefObject<CanvasHandle | null>;
  onNotice: (message: string) => void;
}) {
  const selection = useSelection();
  const { canUndo, canRedo, undo, redo } = useUndoRedo(session.undoManager, true);
  const layout = useAutoLayout(session, session.role === 'owner' ? undefined : locked);
  const empty = useMapState((state) => state.snapshot.nodes.length === 0);
  const [only] = selection.length === 1 ? selection : [];
  const footprintSelected = useMapState(
    (state) => only !== undefined && state.nodeById.get(only)?.kind === 'footprint',
  );
  // What Arrange would move: relationships and bodies inside a chosen footprint do not count.
  const arrangedCount = useMapState((state) =>
    selection.length === 0 ? 0 : arrangedIds(selection, selectedParents(state, selection)).length,
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Edit">
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button
        type="button"
        onClick={() =>
          layout
            .run(footprintSelected ? only : undefined)
            .catch(() => onNotice('The layout could not be worked out.'))
        }
        disabled={layout.running || empty}
        title={
          footprintSelected
            ? 'Lay out the bodies inside the selected footprint'
            : 'Lay out the whole map'
        }
      >
        {layout.running ? 'Laying out…' : footprintSelected ? 'Lay out footprint' : 'Auto-layout'}
      </button>
      <button
        type="button"
        // Focus goes to the map (client/canvas/hooks/useCanvasHandle.ts), not to
        // the page when the delete disables this button.
        onClick={() => canvas.current?.deleteSelection()}
        disabled={selection.length === 0}
        title="Delete the selection (Delete)"
      >
        Delete
      </button>
      <ArrangeBar count={arrangedCount} onArrange={(command) => canvas.current?.arrange(command)} />
    </div>
  );
});
