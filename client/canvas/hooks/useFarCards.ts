import { useMemo, useState } from 'react';
import { useShownMap } from '../../store/useShownMap.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { useElementMarks } from '../elementMarks.ts';
import type { ShownState } from '../farBlocks.ts';
import { FAR_CARD, FarCardSizer } from '../farCard.ts';
import { FarCardless, farCardIds } from '../farCardless.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

let sizer: FarCardSizer | undefined;

/** The zoomed-out card's size by name, measured in the card's own font on this page. */
function farCardSizer(): FarCardSizer {
  if (!sizer) {
    const context = document.createElement('canvas').getContext('2d');
    const family = getComputedStyle(document.body).fontFamily;
    if (context) context.font = `700 ${FAR_CARD.nameSize}px ${family}`;
    sizer = new FarCardSizer((text) => context?.measureText(text).width ?? 0);
  }
  return sizer;
}

/**
 * The nodes React Flow is given: zoomed out on a big map (`cardless`), every body that needs
 * no card is a hidden node that the canvas paints (farCardless.ts). A body keeps its card
 * while it is selected, at an end of a relationship drawn in full, selected by another, has
 * open comment threads, differs in a compared version, or was just pressed (`pressed`).
 */
export function useFarCards(
  nodes: MapFlowNode[],
  flowEdges: readonly MapFlowEdge[],
  cardless: boolean,
  pressed: string | null,
): MapFlowNode[] {
  const [made] = useState(() => new FarCardless());
  const selectors = useElementMarks((marks) => (cardless ? marks.selectors : null));
  const { threadCounts } = useWorkshop();
  const changes = useShownMap((state) => (cardless ? (state as ShownState).changes : undefined));
  // A rename changes the size of a body's card: read only while the view is cardless.
  const nodeById = useShownMap((state) => (cardless ? state.nodeById : null));
  return useMemo(() => {
    if (!cardless || !nodeById) return nodes;
    const marked = new Set<string>(selectors?.keys());
    for (const [id, count] of threadCounts) if (count > 0) marked.add(id);
    for (const id of changes?.keys() ?? []) marked.add(id);
    if (pressed) marked.add(pressed);
    const cards = farCardIds(nodes, flowEdges, marked);
    const sizes = farCardSizer();
    return made.apply(nodes, cards, (id) => {
      const record = nodeById.get(id);
      return record ? sizes.size(record.label) : undefined;
    });
  }, [made, nodes, flowEdges, cardless, pressed, selectors, threadCounts, changes, nodeById]);
}
