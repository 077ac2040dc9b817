import { useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback, useEffect } from 'react';
import { keptByLocksMessage } from '../../facilitate/lockGuard.ts';
import {
  type ArrangeCommand,
  arrangeChoiceFor,
  arrangeMoves,
  type PlacedBox,
} from '../commands/arrange.ts';
import { arrangedIds } from '../commands/arrangedIds.ts';
import type { MapFlowEdge, MapFlowNode } from '../toFlow.ts';

/**
 * Align and Distribute on the selected bodies and footprints: one command is one write to
 * the doc (so everyone sees it, and one undo step), into and out of footprints as a drop
 * is. Locked elements stay where they are but still count as the line the others meet.
 * Alt+A/H/D/W/V/S align, Alt+Shift+H/V distribute, while focus is on the map.
 */
export function useArrange(options: {
  readOnly: boolean;
  lockedForMe: ReadonlySet<string>;
  wrapper: RefObject<HTMLDivElement | null>;
  placeOnCanvas: (moves: ReadonlyArray<{ id: string; position: { x: number; y: number } }>) => void;
  onNotice: (message: string) => void;
}) {
  const { readOnly, lockedForMe, wrapper, placeOnCanvas, onNotice } = options;
  const flow = useReactFlow<MapFlowNode, MapFlowEdge>();

  const arrange = useCallback(
    (command: ArrangeCommand) => {
      if (readOnly) return;
      const nodes = flow.getNodes();
      const parents = new Map(nodes.map((node) => [node.id, node.parentId]));
      const selected = nodes.filter((node) => node.selected).map((node) => node.id);
      // A body whose footprint is chosen too moves with it, as in a drag.
      const boxes: PlacedBox[] = arrangedIds(selected, parents)
        .map((id) => flow.getNode(id))
        .filter((node) => node !== undefined)
        .map((node) => {
          const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
          return {
            id: node.id,
            x: at.x,
            y: at.y,
            width: node.measured?.width ?? node.width ?? 0,
            height: node.measured?.height ?? node.height ?? 0,
          };
        });
      const needed = command.type === 'distribute' ? 3 : 2;
      if (boxes.length < needed) {
        onNotice(
          command.type === 'distribute'
            ? 'Select three or more to distribute them.'
            : 'Select two or more to align them.',
        );
        return;
      }
      const moves = arrangeMoves(boxes, command);
      const allowed = moves.filter((move) => !lockedForMe.has(move.id));
      if (allowed.length < moves.length) {
        onNotice(keptByLocksMessage(moves.length - allowed.length, 'changed'));
      }
      if (allowed.length > 0) placeOnCanvas(allowed);
    },
    [readOnly, flow, lockedForMe, placeOnCanvas, onNotice],
  );

  useEffect(() => {
    const element = wrapper.current;
    const onKeyDown = (event: KeyboardEvent) => {
      const choice = arrangeChoiceFor(event);
      const target = event.target;
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (!choice || typing) return;
      event.preventDefault();
      arrange(choice.command);
    };
    element?.addEventListener('keydown', onKeyDown);
    return () => element?.removeEventListener('keydown', onKeyDown);
  }, [wrapper, arrange]);

  return arrange;
}
