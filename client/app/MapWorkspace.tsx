import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ArrangeBar } from '../canvas/ArrangeBar.tsx';
import { arrangedIds, nodeParents } from '../canvas/commands/arrangedIds.ts';
import { type CanvasHandle, MapCanvas } from '../canvas/MapCanvas.tsx';
import type { PaletteItem } from '../canvas/paletteItem.ts';
import { SHOW_ALL, type ViewFilter } from '../canvas/toFlow.ts';
import { useUndoRedo } from '../canvas/useUndoRedo.ts';
import type { Identity } from '../collab/identity.ts';
import { useConnectionStatus } from '../collab/useConnectionStatus.ts';
import { type MapSession, useMapSession } from '../collab/useMapSession.ts';
import { usePeers } from '../collab/usePeers.ts';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { PinnedThreads } from '../comments/PinnedThreads.tsx';
import { useCommentsUi } from '../comments/useCommentsUi.ts';
import { DocumentsMenu } from '../documents/DocumentsMenu.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { buildLegend } from '../export/legend.ts';
import { SpecExportDialog } from '../export/SpecExportDialog.tsx';
import { FacilitatorBar } from '../facilitate/FacilitatorBar.tsx';
import { FollowBanner } from '../facilitate/FollowBanner.tsx';
import { TimerControls } from '../facilitate/TimerControls.tsx';
import { TimerDisplay } from '../facilitate/TimerDisplay.tsx';
import { useFollow } from '../facilitate/useFollow.ts';
import { useShareViewport } from '../facilitate/useShareViewport.ts';
import { ViewCallControls } from '../facilitate/ViewCallControls.tsx';
import { VotePanel } from '../facilitate/VotePanel.tsx';
import { useAutoLayout } from '../layout/useAutoLayout.ts';
import { rememberMapInfo } from '../offline/rememberedMapInfo.ts';
import { ConnectionIndicator } from '../panels/ConnectionIndicator.tsx';
import { FindBody } from '../panels/FindBody.tsx';
import { Inspector } from '../panels/inspector/Inspector.tsx';
import { Legend } from '../panels/Legend.tsx';
import { Palette } from '../panels/Palette.tsx';
import { Participants } from '../panels/Participants.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';
import { ReviewOverlay } from '../panels/review/ReviewOverlay.tsx';
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
import { MapTitle } from './MapTitle.tsx';
import { SidePanel, type SidePanelTab, SidePanelTabs } from './SidePanelTabs.tsx';
import { SkipLinks } from './SkipLinks.tsx';

/** The map screen: top bar, palette, canvas, inspector and participants. */
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
  const snapshot = useStore(store, (state) => state.snapshot);
  // A saved version shown read-only on the canvas, or compared with the map now.
  const versions = useVersionView(session.mapId, token, store);
  const editable = !readOnly && versions.opened === null;
  const workshopState = useWorkshopState(session);
  const [tab, setTab] = useState<SidePanelTab>('details');
  const comments = useCommentsUi(session, workshopState.threads, () => setTab('comments'));
  const { locked, votes, threadCounts } = workshopState;
  // Every badge on the canvas reads this: it changes only when what it holds does, not with
  // each render of the workspace (cursors, presence).
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
  const peers = usePeers(session.provider.awareness);
  useShareViewport(session.provider.awareness);
  const follow = useFollow(session.provider.awareness, peers);
  const status = useConnectionStatus(session.provider);
  const { canUndo, canRedo, undo, redo } = useUndoRedo(session.undoManager, editable);
  const canvas = useRef<CanvasHandle | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<ViewFilter>(SHOW_ALL);
  // Only the facilitator's layout may move what is locked.
  const layout = useAutoLayout(
    session,
    session.role === 'owner' ? undefined : workshopState.locked,
  );
  const findings = useFindings(snapshot, session.mapId, filter.asAt);
  const [exporting, setExporting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const legend = useMemo(() => buildLegend(snapshot), [snapshot]);
  const parents = useMemo(() => nodeParents(snapshot), [snapshot]);
  // What Arrange would move: relationships and bodies inside a chosen footprint do not count.
  const arrangedCount = useMemo(() => arrangedIds(selection, parents).length, [selection, parents]);
  const footprintSelected =
    selection.length === 1 &&
    snapshot.nodes.some((n) => n.id === selection[0] && n.kind === 'footprint');

  useEffect(() => {
    document.title = `${snapshot.title} — Accord`;
  }, [snapshot.title]);

  // The home page lists this map under the name it has now, renamed or not.
  useEffect(() => {
    if (snapshot.title === info.title) return;
    rememberMapInfo(localStorage, token, { ...info, title: snapshot.title });
  }, [snapshot.title, info, token]);

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

  return (
    <MapStoreContext.Provider value={store}>
      <ShownMapContext.Provider value={versions.shownStore}>
        <WorkshopContext.Provider value={workshop}>
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
                title={snapshot.title}
                canRename={session.role === 'owner' && versions.opened === null}
                onNotice={setNotice}
              />
              <RoleBadge role={session.role} />
              <TimerDisplay doc={session.doc} />
              <div className="spacer" />
              <FindBody snapshot={versions.shown} onFound={focus} />
              <button type="button" onClick={() => setReviewing(true)}>
                Review
              </button>
              <button type="button" onClick={() => setExporting(true)}>
                Export spec
              </button>
              <DocumentsMenu
                snapshot={snapshot}
                mapId={session.mapId}
                token={token}
                selectedId={selection.length === 1 ? selection[0] : undefined}
              />
              <ExportButton snapshot={versions.shown} legend={legend} flags={findings.flags} />
              {session.role === 'owner' && <ShareButton session={session} token={token} />}
              <ConnectionIndicator status={status} />
            </header>
            {editable && (
              <div className="toolstrip">
                <div className="toolbar" role="toolbar" aria-label="Edit">
                  <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
                    Undo
                  </button>
                  <button
                    type="button"
                    onClick={redo}
                    disabled={!canRedo}
                    title="Redo (Ctrl+Shift+Z)"
                  >
                    Redo
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      layout
                        .run(footprintSelected ? selection[0] : undefined)
                        .catch(() => setNotice('The layout could not be worked out.'))
                    }
                    disabled={layout.running || snapshot.nodes.length === 0}
                    title={
                      footprintSelected
                        ? 'Lay out the bodies inside the selected footprint'
                        : 'Lay out the whole map'
                    }
                  >
                    {layout.running
                      ? 'Laying out…'
                      : footprintSelected
                        ? 'Lay out footprint'
                        : 'Auto-layout'}
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
                  <ArrangeBar
                    count={arrangedCount}
                    onArrange={(command) => canvas.current?.arrange(command)}
                  />
                </div>
                <FacilitatorBar
                  session={session}
                  snapshot={snapshot}
                  selection={selection}
                  onNotice={setNotice}
                >
                  <ViewCallControls
                    awareness={session.provider.awareness}
                    peers={peers}
                    follow={follow}
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
                  snapshot={versions.shown}
                  readOnly={versions.opened !== null}
                  filter={filter}
                  flags={versions.flagsFor(findings.flags)}
                  onReady={onReady}
                  onSelection={setSelection}
                  onNotice={setNotice}
                  viewportEvents={follow.viewportEvents}
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
                <FollowBanner follow={follow} />
                <div className="canvas-overlay top-left">
                  <ViewControls filter={filter} onChange={setFilter} />
                </div>
                <div className="canvas-overlay top-right">
                  <Legend snapshot={versions.shown} />
                </div>
                <VotePanel snapshot={snapshot} peers={peers} onFocus={focus} />
              </div>
              <div className="right-column">
                <SidePanelTabs
                  tab={tab}
                  onTab={setTab}
                  counts={{
                    problems: {
                      count: findings.errors.length + findings.warnings.length,
                      alert: findings.errors.length > 0,
                    },
                    comments: { count: workshopState.threads.filter((t) => !t.resolved).length },
                  }}
                />
                <SidePanel tab={tab}>
                  {tab === 'details' && (
                    <Inspector
                      session={session}
                      snapshot={versions.shown}
                      selectedIds={selection}
                      readOnly={!editable}
                      onNotice={setNotice}
                    />
                  )}
                  {tab === 'problems' && (
                    <ProblemsPanel
                      findings={findings}
                      snapshot={snapshot}
                      onFocus={(ids) => canvas.current?.focus(ids)}
                    />
                  )}
                  {tab === 'versions' && (
                    <VersionsPanel
                      mapId={session.mapId}
                      token={token}
                      role={session.role}
                      title={snapshot.title}
                      view={versions}
                      onFocus={focus}
                      onNotice={setNotice}
                    />
                  )}
                  {tab === 'comments' && (
                    <CommentsPanel
                      ui={comments}
                      snapshot={snapshot}
                      selection={selection}
                      onFocus={(ids) => canvas.current?.focus(ids)}
                    />
                  )}
                </SidePanel>
                <aside className="sidebar participants-panel">
                  <Participants peers={peers} follow={follow} onNotice={setNotice} />
                </aside>
              </div>
            </div>
            {reviewing && (
              <ReviewOverlay
                snapshot={snapshot}
                mapId={session.mapId}
                onClose={() => setReviewing(false)}
              />
            )}
            {exporting && (
              <SpecExportDialog
                snapshot={snapshot}
                mapId={session.mapId}
                onClose={() => setExporting(false)}
              />
            )}
            {notice && (
              <div className="notice" role="status">
                {notice}
              </div>
            )}
          </div>
        </WorkshopContext.Provider>
      </ShownMapContext.Provider>
    </MapStoreContext.Provider>
  );
}
