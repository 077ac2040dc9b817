import { useReactFlow } from '@xyflow/react';
import { memo, type ReactNode, useContext } from 'react';
import {
  addComment,
  type CommentThread,
  replyToComment,
  setThreadResolved,
} from '../../shared/ydoc/comments.ts';
import { useSelectedOne } from '../panels/selectionStore.ts';
import { sameItems, useMapSlice } from '../panels/useMapSlice.ts';
import { MapStoreContext, useMapState } from '../store/useMapStore.ts';
import { elementName } from '../workshop/elementName.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { PinIcon } from './icons.tsx';
import { ThreadCard } from './ThreadCard.tsx';
import { ThreadView } from './ThreadView.tsx';
import { threadSubject } from './threadSubject.ts';
import type { CommentsUi } from './useCommentsUi.ts';
import { useNow } from './useNow.ts';
import { visibleThreads } from './visibleThreads.ts';
import './comments.css';

function countLabel(open: number, resolved: number | null): string {
  const threads = `${open} open thread${open === 1 ? '' : 's'}`;
  return resolved ? `${threads}, ${resolved} resolved` : threads;
}

/**
 * The Comments tab: open threads (resolved ones on request), one element's threads, or one
 * thread in full; and the ways to start a thread, on the selected element or pinned to the map.
 */
export const CommentsPanel = memo(function CommentsPanel({
  ui,
  onFocus,
}: {
  ui: CommentsUi;
  /** Selects these elements on the canvas and zooms to them. */
  onFocus: (ids: string[]) => void;
}) {
  const { session, participantId, participantName } = useWorkshop();
  const flow = useReactFlow();
  const now = useNow();
  const store = useContext(MapStoreContext);
  const { view, canComment, showResolved } = ui;
  const selected = useSelectedOne();
  // The map is read for the names this view shows, and only they re-render it.
  const selectedName = useMapState((state) =>
    selected === undefined ? null : elementName(state.snapshot, selected),
  );
  const viewedName = useMapState((state) =>
    view.kind === 'element' ? elementName(state.snapshot, view.elementId) : null,
  );
  const listed =
    view.kind === 'all'
      ? visibleThreads(ui.threads, { showResolved })
      : view.kind === 'thread'
        ? ui.threads.filter((thread) => thread.id === view.threadId)
        : [];
  const subjects = useMapSlice(
    (state) => listed.map((thread) => threadSubject(state.snapshot, thread)),
    sameItems,
  );
  if (!session || !store) return null;
  const { doc, origin } = session;
  const author = { id: participantId, name: participantName };

  const showOnMap = (thread: CommentThread) => {
    if (thread.position) {
      const { x, y } = thread.position;
      void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 400 });
    } else if (
      thread.targetId !== undefined &&
      elementName(store.getState().snapshot, thread.targetId) !== null
    ) {
      onFocus([thread.targetId]);
    }
  };
  const openThread = (thread: CommentThread, from: string | null) => {
    showOnMap(thread);
    ui.showThread(thread.id, from);
  };

  const toolbar = canComment ? (
    <div className="comments-toolbar">
      <button
        type="button"
        className="primary"
        disabled={selectedName === null}
        title={
          selectedName === null
            ? 'Select one element on the map to comment on it'
            : `Comment on ${selectedName}`
        }
        onClick={() => selected !== undefined && ui.showElement(selected)}
      >
        Comment
      </button>
      <button
        type="button"
        aria-pressed={ui.pinning}
        className={ui.pinning ? 'is-pressed' : undefined}
        title="Pin a note to an empty spot on the map"
        onClick={() => ui.setPinning(!ui.pinning)}
      >
        <PinIcon /> Pin a note
      </button>
    </div>
  ) : (
    <p className="comments-note">
      You can read the comments on this map. The facilitator has turned off comments from view-only
      links, so you cannot add to them.
    </p>
  );

  const resolvedToggle = (
    <label className="comments-toggle">
      <input
        type="checkbox"
        checked={showResolved}
        onChange={(event) => ui.setShowResolved(event.target.checked)}
      />
      Show resolved threads
    </label>
  );

  let body: ReactNode;
  switch (view.kind) {
    case 'all': {
      const shown = listed;
      const resolved = shown.filter((t) => t.resolved).length;
      body = (
        <>
          <h3>{countLabel(shown.length - resolved, showResolved ? resolved : null)}</h3>
          {shown.length === 0 ? (
            <p className="muted comments-empty">
              {canComment
                ? 'No open comments. Select an element and press Comment, or pin a note to the map.'
                : 'No open comments.'}
            </p>
          ) : (
            <ul className="thread-list">
              {shown.map((thread, at) => (
                <ThreadCard
                  key={thread.id}
                  thread={thread}
                  subject={subjects[at]}
                  now={now}
                  onOpen={() => openThread(thread, null)}
                />
              ))}
            </ul>
          )}
        </>
      );
      break;
    }
    case 'element': {
      const { elementId } = view;
      const name = viewedName;
      const shown = visibleThreads(ui.threads, { elementId, showResolved });
      body = (
        <>
          <button type="button" className="link-button" onClick={ui.showAll}>
            ← All comments
          </button>
          <h3 className="comments-on">
            Comments on{' '}
            <span className="thread-subject">{name ?? 'an element no longer on the map'}</span>
          </h3>
          {shown.length === 0 ? (
            <p className="muted comments-empty">No open threads on this element yet.</p>
          ) : (
            <ul className="thread-list">
              {shown.map((thread) => (
                <ThreadCard
                  key={thread.id}
                  thread={thread}
                  now={now}
                  onOpen={() => openThread(thread, elementId)}
                />
              ))}
            </ul>
          )}
          {canComment && name !== null && (
            <CommentComposer
              key={elementId}
              label="Start a new thread"
              placeholder={`Comment on ${name}…`}
              submitLabel="Comment"
              autoFocus={shown.length === 0}
              onSubmit={(text) =>
                ui.showThread(
                  addComment(doc, origin, { targetId: elementId }, author, text),
                  elementId,
                )
              }
            />
          )}
        </>
      );
      break;
    }
    case 'thread': {
      const { from } = view;
      const thread = listed[0];
      const subject = subjects[0];
      const back = from === null ? ui.showAll : () => ui.showElement(from);
      const backLabel = from === null ? 'All comments' : 'Comments on this element';
      body =
        thread && subject ? (
          <ThreadView
            thread={thread}
            subject={subject}
            now={now}
            canComment={canComment}
            backLabel={backLabel}
            onBack={back}
            onShowSubject={() => showOnMap(thread)}
            onReply={(text) => replyToComment(doc, origin, thread.id, author, text)}
            onResolve={(resolved) => {
              setThreadResolved(doc, origin, thread.id, resolved);
              if (resolved) back();
            }}
          />
        ) : (
          <>
            <button type="button" className="link-button" onClick={back}>
              ← {backLabel}
            </button>
            <p className="muted comments-empty">This thread is no longer on the map.</p>
          </>
        );
      break;
    }
    case 'pin': {
      const { position } = view;
      body = (
        <CommentComposer
          label="New pinned note"
          placeholder="What should people know about this spot?"
          submitLabel="Pin note"
          autoFocus
          onCancel={ui.showAll}
          onSubmit={(text) => ui.showThread(addComment(doc, origin, { position }, author, text))}
        />
      );
      break;
    }
    default: {
      const never: never = view;
      body = String(never);
    }
  }

  return (
    <section className="comments-panel" aria-label="Comments">
      {toolbar}
      {ui.pinning && (
        <p className="comments-hint" role="status">
          Click an empty spot on the map to pin your note there.{' '}
          <button type="button" className="link-button" onClick={() => ui.setPinning(false)}>
            Cancel
          </button>
        </p>
      )}
      {resolvedToggle}
      {body}
    </section>
  );
});
