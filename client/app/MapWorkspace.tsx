import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { type CanvasHandle, MapCanvas } from '../canvas/MapCanvas.tsx';
import type { PaletteItem } from '../canvas/paletteItem.ts';
import { SHOW_ALL, type ViewFilter } from '../canvas/toFlow.ts';
import type { Identity } from '../collab/identity.ts';
import { useConnectionStatus } from '../collab/useConnectionStatus.ts';
import { type MapConnection, type MapSession, useMapSession } from '../collab/useMapSession.ts';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { PinnedThreads } from '../comments/PinnedThreads.tsx';
import { useCommentsUi } from '../comments/useCommentsUi.ts';
import { DocumentsMenu } from '../documents/DocumentsMenu.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { SpecExportDialog } from '../export/SpecExportDialog.tsx';
import { FacilitatorBar } from '../facilitate/FacilitatorBar.tsx';
import { FollowBanner } from '../facilitate/FollowBanner.tsx';
import { PresenceProvider } from '../facilitate/PresenceProvider.tsx';
import { TimerControls } from '../facilitate/TimerControls.tsx';
import { TimerDisplay } from '../facilitate/TimerDisplay.tsx';
import { createFollowLink } from '../facilitate/useFollow.ts';
import { useShareViewport } from '../facilitate/useShareViewport.ts';
import { ViewCallControls } from '../facilitate/ViewCallControls.tsx';
import { VotePanel } from '../facilitate/VotePanel.tsx';
import { ConnectionIndicator } from '../panels/ConnectionIndicator.tsx';
import { FindBody } from '../panels/FindBody.tsx';
import { FindingsContext } from '../panels/findingsStore.ts';
import { Inspector } from '../panels/inspector/Inspector.tsx';
import { Legend } from '../panels/Legend.tsx';
import { Palette } from '../panels/Palette.tsx';
import { Participants } from '../panels/Participants.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';
import { ReviewOverlay } from '../panels/review/ReviewOverlay.tsx';
import { createSelectionStore, SelectionContext } from '../panels/selectionStore.ts';
import { useFindings } from '../panels/useFindings.ts';
import { VersionsPanel } from '../panels/VersionsPanel.tsx';
import { ViewControls } from '../panels/ViewControls.tsx';
import { LinkRevoked } from '../share/LinkRevoked.tsx';
import { RoleBadge } from '../share/RoleBadge.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useLinkRevoked } from '../share/useLinkRevoked.ts';
import { MapStoreContext, useCreateMapStore } from '../store/useMapStore.ts';
import { ShownMapContext } from '../store/useShownMap.ts';
import { useVersionView } from '../versions/useVersionView.ts';
import { VersionBanner } from '../versions/VersionBanner.tsx';
import { useWorkshopState } from '../workshop/useWorkshopState.ts';
import { type Workshop, WorkshopContext } from '../workshop/WorkshopContext.ts';
import type { MapInfo } from './api.ts';
import { EditToolbar } from './EditToolbar.tsx';
import { MapSidePanelTabs } from './MapSidePanelTabs.tsx';
import { MapTitle } from './MapTitle.tsx';
import { SidePanel, type SidePanelTab } from './SidePanelTabs.tsx';
import { SkipLinks } from './SkipLinks.tsx';

/** The map screen: top bar, palette, canvas, inspector and participants. */
export function MapWorkspace({
  connection,
  info,
  token,
  identity,
}: {
  /** The map's doc, opened by the page while it asked about the map. */
  connection: MapConnection;
  info: MapInfo;
  token: string;
  identity: Identity;
}) {
  const session = useMapSession(connection, identity, info.role);
  const revoked = useLinkRevoked(session, token);
  if (revoked) return <LinkRevoked replaced />;
  if (!session) return <main className="page muted">Opening the map…</main>;
  return (
    <ReactFlowProvider>
      <Workspace session={session} info={info} token={token} identity={identity} />
    </ReactFlowProvider>
  );
}

function Workspace({
  session,
  info,
  token,
  identity,
}: {
  session: MapSession;
  info: MapInfo;
  token: string;
  identity: Identity;
}) {
  const readOnly = session.role === 'viewer';
  const store = useCreateMapStore(session.doc);
  // A saved version shown read-only on the canvas, or compared with the map now.
  const versions = useVersionView(session.mapId, token, store);
  const editable = !readOnly && versions.opened === null;
  const workshopState = useWorkshopState(session);
  const [tab, setTab] = useState<SidePanelTab>('details');
  const comments = useCommentsUi(session, workshopState.threads, () => setTab('comments'));
  const { locked, votes, threadCounts } = workshopState;
  // Every badge on the canvas reads this: it changes only when what it holds does, not with
  // each render of the workspace.
  const workshop = useMemo<Workshop>(
    () => ({
      session,
      participantId: identity.id,
      participantName: identity.name,
      locked,
      votes,
      threadCounts,
      changes: versions.changes,
      openThreads: comments.showElement,
    }),
    [session, identity, locked, votes, threadCounts, comments.showElement, versions.changes],
  );
  // Presence is held by PresenceProvider, below: a participant joining or following someone
  // re-renders only what shows people. The canvas's pan events reach follow-mode through this.
  const [followLink] = useState(createFollowLink);
  useShareViewport(session.provider.awareness);
  const status = useConnectionStatus(session.provider);
  const canvas = useRef<CanvasHandle | null>(null);
  // The selection is a store the canvas writes and the panels read: a click re-renders them only.
  const [selection] = useState(createSelectionStore);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<ViewFilter>(SHOW_ALL);
  // The workspace never reads the map itself: each panel selects what it shows. The findings
  // are fed from the store without rendering this; only their flags, which the canvas draws,
  // are read here, and they change only when an element's worst finding does.
  const findings = useFindings(store, session.mapId, filter.asAt);
  const flags = useStore(findings, (state) => state.flags);
  const [exporting, setExporting] = useState(false);
  const [reviewing, setReviewing] = useState(false);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  const onReady = useCallback((handle: CanvasHandle) => {
    canvas.current = handle;
  }, []);
  const add = useCallback((item: PaletteItem) => canvas.current?.add(item), []);
  const focus = useCallback((id: string) => canvas.current?.focus([id]), []);
  const focusAll = useCallback((ids: string[]) => canvas.current?.focus(ids), []);

  return (
    <MapStoreContext.Provider value={store}>
      <ShownMapContext.Provider value={versions.shownStore}>
        <FindingsContext.Provider value={findings}>
          <SelectionContext.Provider value={selection}>
            <WorkshopContext.Provider value={workshop}>
              <PresenceProvider awareness={session.provider.awareness} link={followLink}>
                <div className="workspace">
                  <SkipLinks panelId={`side-panel-${tab}`} />
                  <header className="topbar">
                    <a href="/" className="brand">
                      <span className="brand-mark small" aria-hidden="true">
                        A
                      </span>
                      Accord<span className="visually-hidden"> home</span>
                    </a>
                    <MapTitle
                      session={session}
                      info={info}
                      token={token}
                      canRename={session.role === 'owner' && versions.opened === null}
                      onNotice={setNotice}
                    />
                    <RoleBadge role={session.role} />
                    <TimerDisplay doc={session.doc} />
                    <div className="spacer" />
                    <FindBody onFound={focus} />
                    <button type="button" onClick={() => setReviewing(true)}>
                      Review
                    </button>
                    <button type="button" onClick={() => setExporting(true)}>
                      Export spec
                    </button>
                    <DocumentsMenu mapId={session.mapId} token={token} />
                    <ExportButton flagsFor={versions.flagsFor} />
                    {session.role === 'owner' && <ShareButton session={session} token={token} />}
                    <ConnectionIndicator status={status} />
                  </header>
                  {editable && (
                    <div className="toolstrip">
                      <EditToolbar
                        session={session}
                        locked={locked}
                        canvas={canvas}
                        onNotice={setNotice}
                      />
                      <FacilitatorBar session={session} onNotice={setNotice}>
                        <ViewCallControls
                          awareness={session.provider.awareness}
                          onNotice={setNotice}
                        />
                        <TimerControls session={session} onNotice={setNotice} />
                      </FacilitatorBar>
                    </div>
                  )}
                  <div className="workspace-body">
                    {editable && <Palette onAdd={add} />}
                    <div className="canvas-area">
                      <MapCanvas
                        session={session}
                        readOnly={versions.opened !== null}
                        filter={filter}
                        flags={versions.flagsFor(flags)}
                        onReady={onReady}
                        onSelection={selection.select}
                        onNotice={setNotice}
                        viewportEvents={followLink.viewportEvents}
                      >
                        <PinnedThreads ui={comments} />
                      </MapCanvas>
                      <VersionBanner
                        view={versions}
                        onCompare={() => {
                          versions.show('comparing');
                          setTab('versions');
                        }}
                      />
                      <FollowBanner />
                      <div className="canvas-overlay top-left">
                        <ViewControls filter={filter} onChange={setFilter} />
                      </div>
                      <div className="canvas-overlay top-right">
                        <Legend />
                      </div>
                      <VotePanel onFocus={focus} />
                    </div>
                    <div className="right-column">
                      <MapSidePanelTabs tab={tab} onTab={setTab} threads={workshopState.threads} />
                      {/* Only the panel of the tab on show is mounted: the others cost nothing. */}
                      <SidePanel tab={tab}>
                        {tab === 'details' && (
                          <Inspector session={session} readOnly={!editable} onNotice={setNotice} />
                        )}
                        {tab === 'problems' && <ProblemsPanel onFocus={focusAll} />}
                        {tab === 'versions' && (
                          <VersionsPanel
                            mapId={session.mapId}
                            token={token}
                            role={session.role}
                            view={versions}
                            onFocus={focus}
                            onNotice={setNotice}
                          />
                        )}
                        {tab === 'comments' && <CommentsPanel ui={comments} onFocus={focusAll} />}
                      </SidePanel>
                      <aside className="sidebar participants-panel">
                        <Participants onNotice={setNotice} />
                      </aside>
                    </div>
                  </div>
                  {reviewing && (
                    <ReviewOverlay mapId={session.mapId} onClose={() => setReviewing(false)} />
                  )}
                  {exporting && (
                    <SpecExportDialog mapId={session.mapId} onClose={() => setExporting(false)} />
                  )}
                  {notice && (
                    <div className="notice" role="status">
                      {notice}
                    </div>
                  )}
                </div>
              </PresenceProvider>
            </WorkshopContext.Provider>
          </SelectionContext.Provider>
        </FindingsContext.Provider>
      </ShownMapContext.Provider>
    </MapStoreContext.Provider>
  );
}
