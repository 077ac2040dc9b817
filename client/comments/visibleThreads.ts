import type { CommentThread } from '../../shared/ydoc/comments.ts';

/** When a thread was last written to: its newest reply, or its first comment. */
export function lastActivity(thread: CommentThread): string {
  return thread.replies.at(-1)?.createdAt ?? thread.root.createdAt;
}

/**
 * The threads a list shows: open ones (resolved ones too when asked), of one element when
 * given, the most recently active first.
 */
export function visibleThreads(
  threads: readonly CommentThread[],
  { elementId, showResolved }: { elementId?: string; showResolved: boolean },
): CommentThread[] {
  return threads
    .filter((t) => showResolved || !t.resolved)
    .filter((t) => elementId === undefined || t.targetId === elementId)
    .sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)));
}
