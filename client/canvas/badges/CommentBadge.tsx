import { CommentIcon } from '../../comments/icons.tsx';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/**
 * How many open comment threads an element has; opens them when clicked. `far`: drawn for
 * the zoomed-out view, large.
 */
export function CommentBadge({
  id,
  count,
  far = false,
}: {
  id: string;
  count: number;
  far?: boolean;
}) {
  const { openThreads } = useWorkshop();
  const label = `${count} open comment thread${count === 1 ? '' : 's'}`;
  return (
    <button
      type="button"
      className={`comment-badge nodrag nopan${far ? ' is-far' : ''}`}
      data-testid="comment-count"
      title={`${label}: click to read`}
      aria-label={label}
      onClick={(event) => {
        event.stopPropagation();
        openThreads(id);
      }}
    >
      <CommentIcon size={far ? 30 : 12} />
      {count}
    </button>
  );
}
