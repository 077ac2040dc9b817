import type { RefObject } from 'react';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { useFarRaised } from '../hooks/useFarRaised.ts';
import { CommentBadge } from './CommentBadge.tsx';

/**
 * A body's open comment threads in the zoomed-out view (docs/canvas.md): the number, as large
 * as the body's name, so a room looking at a fitted map sees where the discussion is.
 */
export function FarCommentCount({ id, card }: { id: string; card: RefObject<Element | null> }) {
  const count = useWorkshop().threadCounts.get(id) ?? 0;
  // Over the canvas that paints the body's block, which would hide the count's top.
  useFarRaised(card, 'comments', count > 0);
  return count > 0 ? <CommentBadge id={id} count={count} far /> : null;
}
