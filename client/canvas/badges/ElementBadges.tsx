import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { CommentBadge } from './CommentBadge.tsx';
import { LockBadge } from './LockBadge.tsx';
import { VoteBadge } from './VoteBadge.tsx';

/** Whether an element carries any workshop mark: a lock, an open vote or a comment thread. */
export function useHasBadges(id: string): boolean {
  const { locked, votes, threadCounts } = useWorkshop();
  return locked.has(id) || votes.has(id) || (threadCounts.get(id) ?? 0) > 0;
}

/** The workshop's marks on one element: its lock, its open vote and its comment threads. */
export function ElementBadges({ id }: { id: string }) {
  const { locked, votes, threadCounts } = useWorkshop();
  const isLocked = locked.has(id);
  const vote = votes.get(id);
  const threads = threadCounts.get(id) ?? 0;
  if (!isLocked && !vote && threads === 0) return null;
  return (
    <div className="element-badges nodrag nopan">
      {isLocked && <LockBadge />}
      {vote && <VoteBadge vote={vote} />}
      {threads > 0 && <CommentBadge id={id} count={threads} />}
    </div>
  );
}
