import { useMemo } from 'react';
import { openThreadCounts, readThreads } from '../../shared/ydoc/comments.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { lockedElementIds } from '../../shared/ydoc/locks.ts';
import { readVotes } from '../../shared/ydoc/votes.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useDocValue } from './useDocValue.ts';

const lockTypes = (doc: import('yjs').Doc) => {
  const { locks, nodes } = mapDoc(doc);
  return [locks, nodes];
};
const voteTypes = (doc: import('yjs').Doc) => [mapDoc(doc).votes];
const commentTypes = (doc: import('yjs').Doc) => [mapDoc(doc).comments];

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** Locks, open votes and comment threads of a map, live. */
export function useWorkshopState(session: MapSession) {
  // Re-read on every node change (a body may move into a locked footprint), but mostly equal.
  const locked = useDocValue(session.doc, lockTypes, lockedElementIds, sameMembers);
  const votes = useDocValue(session.doc, voteTypes, readVotes);
  const threads = useDocValue(session.doc, commentTypes, readThreads);
  const threadCounts = useMemo(() => openThreadCounts(threads), [threads]);
  return { locked, votes, threads, threadCounts };
}
