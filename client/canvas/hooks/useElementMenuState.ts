import { type MouseEvent, type RefObject, useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { ElementStatus } from '../../../shared/model/status.ts';
import { type ElementRef, setStatus } from '../../../shared/ydoc/attrs.ts';
import { keptByLocksMessage } from '../../facilitate/lockGuard.ts';
import { splitRefs } from '../commands/elementRefs.ts';
import type { ElementMenuState } from '../ElementMenu.tsx';

/** The right-click menu of elements: which it is open on, and its status and delete items. */
export function useElementMenuState(options: {
  doc: Y.Doc;
  origin: unknown;
  /** The menu does not open at all (a saved version on show, or a viewer who may not comment). */
  disabled: boolean;
  /** What is selected now, read when the menu opens. */
  selected: () => readonly string[];
  lockedForMe: ReadonlySet<string>;
  refsOf: (ids: readonly string[]) => ElementRef[];
  deleteUnlocked: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  wrapper: RefObject<HTMLDivElement | null>;
  onNotice: (message: string) => void;
}) {
  const { doc, origin, disabled, selected, lockedForMe, refsOf, deleteUnlocked } = options;
  const { wrapper, onNotice } = options;
  const [menu, setMenu] = useState<ElementMenuState | null>(null);

  /** Opens the menu on an element (and the selection it is part of), at a canvas point. */
  const openMenuAt = useCallback(
    (id: string, at: { x: number; y: number }) => {
      if (disabled) return;
      // Read now, so the handlers stay the same as the selection changes: React Flow hands its
      // context-menu handler to every node and edge, which all re-render when it changes.
      const ids = selected();
      setMenu({ ids: ids.includes(id) ? [...ids] : [id], at });
    },
    [disabled, selected],
  );

  const openMenu = useCallback(
    (event: MouseEvent, id: string) => {
      event.preventDefault();
      const box = wrapper.current?.getBoundingClientRect();
      openMenuAt(id, { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) });
    },
    [openMenuAt, wrapper],
  );

  const menuStatus = useCallback(
    (status: ElementStatus) => {
      if (menu) {
        const ids = menu.ids.filter((id) => !lockedForMe.has(id));
        if (ids.length > 0) setStatus(doc, origin, refsOf(ids), status);
        const kept = menu.ids.length - ids.length;
        if (kept > 0) onNotice(keptByLocksMessage(kept, 'changed'));
      }
      setMenu(null);
    },
    [doc, origin, menu, refsOf, lockedForMe, onNotice],
  );

  const menuDelete = useCallback(() => {
    if (menu) {
      const { nodeIds, edgeIds } = splitRefs(refsOf(menu.ids));
      deleteUnlocked(nodeIds, edgeIds);
    }
    setMenu(null);
  }, [menu, refsOf, deleteUnlocked]);

  const closeMenu = useCallback(() => setMenu(null), []);
  return { menu, openMenu, openMenuAt, menuStatus, menuDelete, closeMenu };
}
