import type { CommentRecord, CommentThread } from '../../shared/ydoc/comments.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { PinIcon } from './icons.tsx';
import { fullTime, relativeTime } from './relativeTime.ts';
import type { ThreadSubject } from './threadSubject.ts';

function Comment({ comment, now }: { comment: CommentRecord; now: Date }) {
  return (
    <li className="comment" data-testid="comment">
      <div className="comment-head">
        <strong>{comment.authorName}</strong>
        <time dateTime={comment.createdAt} title={fullTime(comment.createdAt)}>
          {relativeTime(comment.createdAt, now)}
        </time>
      </div>
      <p className="comment-text">{comment.text}</p>
    </li>
  );
}

/** One thread in full: its first comment and replies, a reply box, and Resolve or Reopen. */
export function ThreadView({
  thread,
  subject,
  now,
  canComment,
  backLabel,
  onBack,
  onShowSubject,
  onReply,
  onResolve,
}: {
  thread: CommentThread;
  subject: ThreadSubject;
  now: Date;
  canComment: boolean;
  backLabel: string;
  onBack: () => void;
  /** Shows on the canvas what the thread is about. */
  onShowSubject: () => void;
  onReply: (text: string) => void;
  onResolve: (resolved: boolean) => void;
}) {
  return (
    <div className="thread-view" data-testid="thread-view">
      <button type="button" className="link-button" onClick={onBack}>
        ← {backLabel}
      </button>
      <div className="thread-view-head">
        {subject.kind === 'removed' ? (
          <span className="thread-subject subject-removed">{subject.name}</span>
        ) : (
          <button
            type="button"
            className={`thread-subject link-button subject-${subject.kind}`}
            onClick={onShowSubject}
            title="Show it on the map"
          >
            {subject.kind === 'pinned' && <PinIcon size={14} />}
            {subject.name}
          </button>
        )}
        {thread.resolved && <span className="resolved-tag">Resolved</span>}
      </div>
      <ol className="comment-list">
        <Comment comment={thread.root} now={now} />
        {thread.replies.map((reply) => (
          <Comment key={reply.id} comment={reply} now={now} />
        ))}
      </ol>
      {canComment && !thread.resolved && (
        <CommentComposer
          key={thread.id}
          label="Reply"
          placeholder="Write a reply…"
          submitLabel="Reply"
          onSubmit={onReply}
        />
      )}
      {canComment && (
        <div className="thread-actions">
          {thread.resolved ? (
            <>
              <span className="muted">This thread was resolved.</span>
              <button type="button" onClick={() => onResolve(false)}>
                Reopen
              </button>
            </>
          ) : (
            <button type="button" onClick={() => onResolve(true)} title="Mark this thread settled">
              ✓ Resolve
            </button>
          )}
        </div>
      )}
    </div>
  );
}
