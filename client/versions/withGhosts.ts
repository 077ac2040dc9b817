import type { SnapshotDiff } from '../../shared/versions/diffSnapshots.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/**
 * The map now plus what a comparison found removed, so the canvas can draw the removed
 * elements as ghosts where they were. A ghost body keeps its old footprint, which is either
 * still on the map or a ghost itself; a ghost relationship is drawn only when both its ends are.
 */
export function withGhosts(live: MapSnapshot, diff: SnapshotDiff): MapSnapshot {
  const nodes = [...live.nodes];
  const edges = [...live.edges];
  for (const element of diff.elements) {
    if (element.change !== 'removed' || !element.before) continue;
    if (element.collection === 'nodes') nodes.push(element.before);
    else edges.push(element.before);
  }
  if (nodes.length === live.nodes.length && edges.length === live.edges.length) return live;
  const drawn = new Set(nodes.map((node) => node.id));
  return {
    ...live,
    nodes,
    edges: edges.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target)),
  };
}
