import type { ElementRef } from '../../../shared/ydoc/attrs.ts';

/** Ids of the map's elements as references, each in its collection (relationships by id). */
export function elementRefs(
  ids: readonly string[],
  edgeIds: { has(id: string): boolean },
): ElementRef[] {
  return ids.map((id) => ({ collection: edgeIds.has(id) ? 'edges' : 'nodes', id }));
}

/** The node and edge ids among references, as a deletion takes them. */
export function splitRefs(refs: readonly ElementRef[]): { nodeIds: string[]; edgeIds: string[] } {
  return {
    nodeIds: refs.filter((r) => r.collection === 'nodes').map((r) => r.id),
    edgeIds: refs.filter((r) => r.collection === 'edges').map((r) => r.id),
  };
}
