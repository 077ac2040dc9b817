import { type KeyboardEvent, type RefObject, useCallback, useEffect } from 'react';

const ITEMS = '[role="menuitem"]:not(:disabled), [role="menuitemradio"]:not(:disabled)';

/**
 * The ARIA menu pattern for a floating menu: its first item takes focus when it opens, the
 * arrow keys, Home and End move between items, Tab leaves it (and closes it), and focus goes
 * back to whatever opened it when it closes. Escape closes it, and Tab too unless asked not to.
 */
export function useMenuKeys(
  menu: RefObject<HTMLElement | null>,
  onClose: () => void,
  /** Off for a menu with more than items in it (a Cancel button, an explanation) to Tab to. */
  closeOnTab = true,
) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    menu.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    return () => {
      // Only when focus would otherwise be lost: an item that opened a dialog keeps it there.
      const lost = document.activeElement === document.body || document.activeElement === null;
      if (opener?.isConnected && lost) opener.focus();
    };
  }, [menu]);

  return useCallback(
    (event: KeyboardEvent) => {
      const items = [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const go = (index: number) => {
        event.preventDefault();
        event.stopPropagation();
        items[(index + items.length) % items.length]?.focus();
      };
      switch (event.key) {
        case 'ArrowDown':
          return go(at + 1);
        case 'ArrowUp':
          return go(at - 1);
        case 'Home':
          return go(0);
        case 'End':
          return go(items.length - 1);
        case 'Tab':
          if (closeOnTab) onClose();
          return;
        case 'Escape':
          event.preventDefault();
          event.stopPropagation();
          onClose();
          return;
      }
    },
    [menu, onClose, closeOnTab],
  );
}
