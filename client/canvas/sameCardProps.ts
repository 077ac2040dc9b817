import type { NodeProps } from '@xyflow/react';

/** What of React Flow's props a body's card draws from. */
type CardProps = Pick<NodeProps, 'id' | 'selected' | 'isConnectable'>;

/**
 * Whether a body's card would draw the same: it reads its record by its id, and draws its
 * selection and whether it connects. React Flow's other props (its measured size, place and
 * stacking) change for every card when the map is first measured, and on every frame of a
 * drag, and redraw nothing on it.
 */
export function sameCardProps<P extends CardProps>(a: P, b: P): boolean {
  return a.id === b.id && a.selected === b.selected && a.isConnectable === b.isConnectable;
}
