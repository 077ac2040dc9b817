import type { EdgeRecord } from '../../../shared/ydoc/schema.ts';

/** The nodes to zoom to for these elements: a relationship is shown by both its ends. */
export function focusTargets(
  ids: Iterable<string>,
  edgeById: ReadonlyMap<string, EdgeRecord>,
): string[] {
  return [...ids].flatMap((id) => {
    const edge = edgeById.get(id);
    return edge ? [edge.source, edge.target] : [id];
  });
}
