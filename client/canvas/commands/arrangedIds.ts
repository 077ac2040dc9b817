import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';

/** Each node of a map (body, footprint or note) and the footprint it sits in, if any. */
export type NodeParents = ReadonlyMap<string, string | undefined>;

/** The parents of every node of a snapshot, for `arrangedIds`. */
export function nodeParents(snapshot: MapSnapshot): NodeParents {
  const parents = new Map<string, string | undefined>();
  for (const node of [...snapshot.nodes, ...(snapshot.notes ?? [])]) {
    parents.set(node.id, node.parentId);
  }
  return parents;
}

/**
 * Of the chosen elements, those Align and Distribute move: nodes only (a relationship
 * follows its ends), and not a node inside a chosen footprint, which moves with it as in a
 * drag. What the toolbar and menus count is this, so "3 elements" means three that move.
 */
export function arrangedIds(chosen: readonly string[], parents: NodeParents): string[] {
  const picked = new Set(chosen);
  const carried = (id: string) => {
    const seen = new Set<string>([id]);
    for (let at = parents.get(id); at !== undefined && !seen.has(at); at = parents.get(at)) {
      if (picked.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  return chosen.filter((id) => parents.has(id) && !carried(id));
}
