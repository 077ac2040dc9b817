import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/** How many open comment threads an element has; opens them when clicked. */
export function CommentBadge({ id, count }: { id: string; count: number }) {
  const { openThreads } = useWorkshop();
  return (
    <button
      type="button"
      className="comment-badge"
      data-testid="comment-count"
      title={`${count} open comment thread${count === 1 ? '' : 's'}`}
      onClick={(event) => {
        event.stopPropagation();
        openThreads(id);
      }}
    >
      💬 {count}
    </button>
  );
}
