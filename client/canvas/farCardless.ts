import type { MapFlowEdge, MapFlowNode } from './toFlow.ts';
import { unlessSame } from './unlessSame.ts';

type Size = { width: number; height: number };

/**
 * The bodies that keep a card in the zoomed-out view of a big map: the selected ones, both
 * ends of every relationship React Flow draws in full (it draws none to a node without a
 * card), and those with a mark only a card shows (`marked`: another's selection ring, open
 * comment threads, a compared version's change, the body just pressed).
 */
export function farCardIds(
  nodes: readonly MapFlowNode[],
  flowEdges: readonly MapFlowEdge[],
  marked: Iterable<string>,
): Set<string> {
  const ids = new Set(marked);
  for (const node of nodes) if (node.selected) ids.add(node.id);
  for (const edge of flowEdges) {
    ids.add(edge.source);
    ids.add(edge.target);
  }
  return ids;
}

interface Made {
  height: number;
  node: MapFlowNode;
}

/**
 * Zoomed out on a big map, React Flow is handed every body without a card as a hidden node:
 * it places it (its relationships' far lines, fit to view and the painted block read where it
 * is) but mounts nothing for it, so opening a whole system and every edit on it go through a
 * hundred nodes instead of two thousand. A hidden node carries the size its card would have
 * (`sizeOf`, from its name), as does a card not yet measured, so the block is painted where
 * the card will be before the browser has laid it out.
 *
 * Each node made stays the same object while the node it was made from and its size do, and
 * the list stays the same while its nodes do, so React Flow takes in only what changed.
 */
export class FarCardless {
  private readonly made = new WeakMap<MapFlowNode, Made>();
  private last: MapFlowNode[] = [];

  apply(
    nodes: MapFlowNode[],
    cards: ReadonlySet<string>,
    sizeOf: (id: string) => Size | undefined,
  ): MapFlowNode[] {
    const next = nodes.map((node) => {
      if (node.type !== 'body') return node;
      const card = cards.has(node.id);
      // A card React Flow has measured is handed on as it is.
      if (card && node.measured?.width !== undefined) return node;
      const size = sizeOf(node.id);
      if (!size) return node;
      const found = this.made.get(node);
      if (found && found.height === size.height && (found.node.hidden === true) === !card) {
        return found.node;
      }
      const made: MapFlowNode = {
        ...node,
        measured: { width: size.width, height: size.height },
        ...(card ? {} : { hidden: true }),
      };
      this.made.set(node, { height: size.height, node: made });
      return made;
    });
    this.last = unlessSame(this.last, next);
    return this.last;
  }
}
