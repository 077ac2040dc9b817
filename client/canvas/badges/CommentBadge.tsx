import { CommentIcon } from '../../comments/icons.tsx';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/** How many open comment threads an element has; opens them when clicked. */
export function CommentBadge({ id, count }: { id: string; count: number }) {
  const { openThreads } = useWorkshop();
  const label = `${count} open comment thread${count === 1 ? '' : 's'}`;
  return (
    <button
      type="button"
      className="comment-badge nodrag nopan"
      data-testid="comment-count"
      title={`${label}: click to read`}
      aria-label={label}
      onClick={(event) => {
        event.stopPropagation();
        openThreads(id);
      }}
    >
      <CommentIcon size={12} />
      {count}
    </button>
  );
}
