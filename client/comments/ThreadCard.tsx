import type { CommentThread } from '../../shared/ydoc/comments.ts';
import { PinIcon } from './icons.tsx';
import { fullTime, relativeTime } from './relativeTime.ts';
import type { ThreadSubject } from './threadSubject.ts';

/** One thread in a list: what it is about, who started it and when, its text and replies. */
export function ThreadCard({
  thread,
  subject,
  now,
  onOpen,
}: {
  thread: CommentThread;
  /** Left out in a list that is about one element already. */
  subject?: ThreadSubject;
  now: Date;
  onOpen: () => void;
}) {
  const replies = thread.replies.length;
  return (
    <li>
      <button
        type="button"
        className={`thread-card${thread.resolved ? ' is-resolved' : ''}`}
        data-testid="comment-thread"
        onClick={onOpen}
      >
        {subject && (
          <span className={`thread-subject subject-${subject.kind}`}>
            {subject.kind === 'pinned' && <PinIcon size={13} />}
            {subject.name}
          </span>
        )}
        <span className="comment-head">
          <strong>{thread.root.authorName}</strong>
          <time dateTime={thread.root.createdAt} title={fullTime(thread.root.createdAt)}>
            {relativeTime(thread.root.createdAt, now)}
          </time>
        </span>
        <span className="thread-text">{thread.root.text}</span>
        <span className="thread-foot">
          <span>
            {replies === 0 ? 'No replies' : replies === 1 ? '1 reply' : `${replies} replies`}
          </span>
          {thread.resolved && <span className="resolved-tag">Resolved</span>}
        </span>
      </button>
    </li>
  );
}
