import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CommentThread } from '../../shared/ydoc/comments.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useCanComment } from './useCanComment.ts';

/** What the Comments panel shows. */
export type CommentsView =
  | { kind: 'all' }
  /** The threads of one element, with a box to start another. */
  | { kind: 'element'; elementId: string }
  /** One thread; `from` is the element whose list it was opened from, to go back to. */
  | { kind: 'thread'; threadId: string; from: string | null }
  /** A note about to be pinned at this point of the canvas. */
  | { kind: 'pin'; position: Position };

const ALL: CommentsView = { kind: 'all' };

/** The comments of a map and what the panel and the canvas markers show of them. */
export interface CommentsUi {
  threads: readonly CommentThread[];
  /** Whether this participant may write comments. */
  canComment: boolean;
  view: CommentsView;
  showResolved: boolean;
  /** Waiting for a click on the canvas to pin a note there. */
  pinning: boolean;
  setShowResolved: (show: boolean) => void;
  showAll: () => void;
  showElement: (elementId: string) => void;
  showThread: (threadId: string, from?: string | null) => void;
  setPinning: (pinning: boolean) => void;
  /** Starts a note pinned at this point of the canvas. */
  placePin: (position: Position) => void;
}

/**
 * The comments side of a map screen, shared by the Comments panel and the canvas's pinned
 * notes. `reveal` brings the Comments panel into view whenever something is opened in it.
 */
export function useCommentsUi(
  session: MapSession,
  threads: readonly CommentThread[],
  reveal: () => void,
): CommentsUi {
  const canComment = useCanComment(session);
  const [view, setView] = useState<CommentsView>(ALL);
  const [showResolved, setShowResolved] = useState(false);
  const [pinning, setPinningState] = useState(false);
  // The caller's latest reveal, so the actions below stay the same from render to render.
  const revealRef = useRef(reveal);
  useEffect(() => {
    revealRef.current = reveal;
  });

  const open = useCallback((next: CommentsView) => {
    setView(next);
    revealRef.current();
  }, []);

  const showAll = useCallback(() => setView(ALL), []);
  const showElement = useCallback(
    (elementId: string) => {
      setPinningState(false);
      open({ kind: 'element', elementId });
    },
    [open],
  );
  const showThread = useCallback(
    (threadId: string, from: string | null = null) => open({ kind: 'thread', threadId, from }),
    [open],
  );
  const setPinning = useCallback(
    (on: boolean) => {
      setPinningState(on);
      if (on) open(ALL);
    },
    [open],
  );
  const placePin = useCallback(
    (position: Position) => {
      setPinningState(false);
      open({ kind: 'pin', position });
    },
    [open],
  );

  return useMemo(
    () => ({
      threads,
      canComment,
      // A note being pinned is dropped if the right to comment goes meanwhile.
      view: view.kind === 'pin' && !canComment ? ALL : view,
      showResolved,
      pinning: pinning && canComment,
      setShowResolved,
      showAll,
      showElement,
      showThread,
      setPinning,
      placePin,
    }),
    [
      threads,
      canComment,
      view,
      showResolved,
      pinning,
      showAll,
      showElement,
      showThread,
      setPinning,
      placePin,
    ],
  );
}
