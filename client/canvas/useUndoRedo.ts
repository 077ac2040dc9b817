import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Undo and redo of this participant's own changes: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y,
 * except while typing in a field, where the field's own undo applies.
 */
export function useUndoRedo(undoManager: Y.UndoManager, enabled: boolean) {
  const [state, setState] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const update = () =>
      setState({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    update();
    return () => {
      undoManager.off('stack-item-added', update);
      undoManager.off('stack-item-popped', update);
      undoManager.off('stack-cleared', update);
    };
  }, [undoManager]);

  const undo = useCallback(() => enabled && undoManager.undo(), [undoManager, enabled]);
  const redo = useCallback(() => enabled && undoManager.redo(), [undoManager, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undoManager.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) {
        event.preventDefault();
        undoManager.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoManager, enabled]);

  return { ...state, undo, redo };
}
