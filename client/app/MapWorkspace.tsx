import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import { type CanvasHandle, MapCanvas } from '../canvas/MapCanvas.tsx';
import { useMapSnapshot } from '../canvas/useMapSnapshot.ts';
import { useUndoRedo } from '../canvas/useUndoRedo.ts';
import type { Identity } from '../collab/identity.ts';
import { useConnectionStatus } from '../collab/useConnectionStatus.ts';
import { type MapSession, useMapSession } from '../collab/useMapSession.ts';
import { usePeers } from '../collab/usePeers.ts';
import { ConnectionIndicator } from '../panels/ConnectionIndicator.tsx';
import { Palette } from '../panels/Palette.tsx';
import { Participants } from '../panels/Participants.tsx';
import type { MapInfo } from './api.ts';

/** The map screen: top bar, palette, canvas and participants. */
export function MapWorkspace({
  info,
  token,
  identity,
}: {
  info: MapInfo;
  token: string;
  identity: Identity;
}) {
  const session = useMapSession(info.id, token, identity, info.role);
  if (!session) return <main className="page muted">Opening the map…</main>;
  return <Workspace session={session} />;
}

function Workspace({ session }: { session: MapSession }) {
  const readOnly = session.role === 'viewer';
  const peers = usePeers(session.provider.awareness);
  const status = useConnectionStatus(session.provider);
  const { title } = useMapSnapshot(session.doc);
  const { canUndo, canRedo, undo, redo } = useUndoRedo(session.undoManager, !readOnly);
  const canvas = useRef<CanvasHandle | null>(null);
  const [selectionCount, setSelectionCount] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${title} — Accord`;
  }, [title]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const onReady = useCallback((handle: CanvasHandle) => {
    canvas.current = handle;
  }, []);
  const addBody = useCallback((kind: BodyKind) => canvas.current?.addBody(kind), []);

  return (
    <div className="workspace">
      <header className="topbar">
        <a href="/" className="brand" aria-label="Accord home">
          <span className="brand-mark small" aria-hidden="true">
            A
          </span>
          Accord
        </a>
        <h1 className="map-title">{title}</h1>
        {readOnly && <span className="badge view-only">View only</span>}
        <div className="spacer" />
        {!readOnly && (
          <div className="toolbar" role="toolbar" aria-label="Edit">
            <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
              Undo
            </button>
            <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
              Redo
            </button>
            <button
              type="button"
              onClick={() => canvas.current?.deleteSelection()}
              disabled={selectionCount === 0}
              title="Delete the selection (Delete)"
            >
              Delete
            </button>
          </div>
        )}
        <ConnectionIndicator status={status} />
      </header>
      <div className="workspace-body">
        {!readOnly && <Palette onAdd={addBody} />}
        <ReactFlowProvider>
          <MapCanvas
            session={session}
            peers={peers}
            onReady={onReady}
            onSelectionCount={setSelectionCount}
            onNotice={setNotice}
          />
        </ReactFlowProvider>
        <aside className="sidebar">
          <Participants peers={peers} />
        </aside>
      </div>
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
    </div>
  );
}
