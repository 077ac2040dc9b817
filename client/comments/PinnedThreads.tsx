import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { type CommentThread, movePinnedThread } from '../../shared/ydoc/comments.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { ViewportLayer } from '../canvas/ViewportLayer.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { PinIcon } from './icons.tsx';
import type { CommentsUi } from './useCommentsUi.ts';
import './comments.css';

/** How far (in screen pixels) a press must travel to move a marker rather than open it. */
const DRAG_THRESHOLD = 4;

function preview(thread: CommentThread): string {
  const text =
    thread.root.text.length > 120 ? `${thread.root.text.slice(0, 117)}…` : thread.root.text;
  const replies = thread.replies.length;
  const more = replies === 0 ? '' : ` (${replies} ${replies === 1 ? 'reply' : 'replies'})`;
  return `${thread.root.authorName}: ${text}${more}`;
}

/** A note's first words, short enough to sit on the canvas. */
function headline(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line;
}

/** Stands at `at` (its tip), the same size on screen at every zoom. */
function anchorStyle(at: Position, zoom: number) {
  return { transform: `translate(${at.x}px, ${at.y}px) scale(${1 / zoom})` };
}

function PinMarker({
  thread,
  position,
  zoom,
  open,
  canMove,
  onOpen,
  onMove,
}: {
  thread: CommentThread;
  position: Position;
  zoom: number;
  open: boolean;
  canMove: boolean;
  onOpen: () => void;
  onMove: (to: Position) => void;
}) {
  const [offset, setOffset] = useState<Position | null>(null);
  const pressed = useRef<{ x: number; y: number } | null>(null);
  const dragged = useRef(false);
  const at = offset ? { x: position.x + offset.x, y: position.y + offset.y } : position;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || !canMove) return;
    pressed.current = { x: event.clientX, y: event.clientY };
    dragged.current = false;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const start = pressed.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragged.current && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    dragged.current = true;
    setOffset({ x: dx / zoom, y: dy / zoom });
  };
  const onPointerUp = () => {
    pressed.current = null;
    if (dragged.current && offset) onMove(at);
    setOffset(null);
  };

  return (
    <div className="pin-anchor" style={anchorStyle(at, zoom)}>
      <button
        type="button"
        className={`pin-marker nopan nodrag${open ? ' is-open' : ''}${thread.resolved ? ' is-resolved' : ''}${offset ? ' is-moving' : ''}`}
        data-testid="pinned-thread"
        aria-label={`Pinned note by ${thread.root.authorName}: ${headline(thread.root.text)}`}
        title={preview(thread)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          pressed.current = null;
          setOffset(null);
        }}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else onOpen();
        }}
      >
        <span className="pin-initial" aria-hidden="true">
          {thread.root.authorName.trim().charAt(0).toUpperCase() || '?'}
        </span>
        {/* The note's first words on the canvas itself, not only in a tooltip. */}
        <span className="pin-text">{headline(thread.root.text)}</span>
        {thread.replies.length > 0 && (
          <span className="pin-replies" aria-hidden="true">
            {thread.replies.length + 1}
          </span>
        )}
      </button>
    </div>
  );
}

/**
 * Notes pinned to the canvas, drawn where they were pinned; and, while pinning, the click on
 * the empty canvas that chooses the spot. Drawn inside <ReactFlow>.
 */
export function PinnedThreads({ ui }: { ui: CommentsUi }) {
  const { session } = useWorkshop();
  const flow = useReactFlow();
  const zoom = useStore((state) => state.transform[2]);
  const domNode = useStore((state) => state.domNode);
  const { pinning, setPinning, placePin, view } = ui;

  useEffect(() => {
    const pane = domNode?.querySelector<HTMLElement>('.react-flow__pane');
    if (!pinning || !pane) return;
    pane.classList.add('is-pinning');
    // Only a click on the pane itself: bodies, relationships and markers keep their own.
    const onClick = (event: MouseEvent) => {
      if (event.target !== pane) return;
      placePin(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPinning(false);
    };
    pane.addEventListener('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      pane.classList.remove('is-pinning');
      pane.removeEventListener('click', onClick);
      window.removeEventListener('keydown', onKey);
    };
  }, [pinning, domNode, flow, placePin, setPinning]);

  const openId = view.kind === 'thread' ? view.threadId : null;
  const pinned = ui.threads.filter(
    (thread) => thread.position !== undefined && (!thread.resolved || ui.showResolved),
  );

  return (
    <>
      <ViewportLayer>
        {pinned.map((thread) =>
          thread.position ? (
            <PinMarker
              key={thread.id}
              thread={thread}
              position={thread.position}
              zoom={zoom}
              open={thread.id === openId}
              canMove={ui.canComment}
              onOpen={() => ui.showThread(thread.id)}
              onMove={(to) =>
                session && movePinnedThread(session.doc, session.origin, thread.id, to)
              }
            />
          ) : null,
        )}
        {view.kind === 'pin' && (
          <div className="pin-anchor" style={anchorStyle(view.position, zoom)}>
            <span className="pin-marker is-draft" data-testid="pinned-draft" aria-hidden="true">
              +
            </span>
          </div>
        )}
      </ViewportLayer>
      {pinning && (
        <Panel position="bottom-center" className="pin-hint" role="status">
          <PinIcon /> Click an empty spot to pin your note.{' '}
          <button type="button" className="link-button" onClick={() => setPinning(false)}>
            Cancel (Esc)
          </button>
        </Panel>
      )}
    </>
  );
}
