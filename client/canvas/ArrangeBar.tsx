import { useEffect, useRef, useState } from 'react';
import { useKeepInside } from '../ui/useKeepInside.ts';
import { useMenuKeys } from '../ui/useMenuKeys.ts';
import { ArrangeMenuItems } from './ArrangeMenuItems.tsx';
import type { ArrangeCommand } from './commands/arrange.ts';
import { useSnapToGrid } from './hooks/useSnapToGrid.ts';

function ArrangeMenu({
  count,
  onArrange,
  onClose,
}: {
  count: number;
  onArrange: (command: ArrangeCommand) => void;
  onClose: () => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const keys = useMenuKeys(root, onClose);
  useKeepInside(root, 'window');
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.parentElement?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);
  return (
    <div
      ref={root}
      className="floating-menu arrange-menu"
      role="menu"
      aria-label="Arrange"
      onKeyDown={keys}
    >
      <ArrangeMenuItems
        count={count}
        onArrange={(command) => {
          onArrange(command);
          onClose();
        }}
      />
    </div>
  );
}

/** The toolbar's Arrange menu (align, distribute) and its Snap to grid switch. */
export function ArrangeBar({
  count,
  onArrange,
}: {
  /** How many of the selected elements Arrange moves (client/canvas/commands/arrangedIds.ts). */
  count: number;
  onArrange: (command: ArrangeCommand) => void;
}) {
  const [open, setOpen] = useState(false);
  const [snap, setSnap] = useSnapToGrid();
  return (
    <>
      <span className="arrange-anchor">
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={open}
          disabled={count < 2}
          title="Align or distribute the selection"
          onClick={() => setOpen((was) => !was)}
        >
          Arrange
        </button>
        {open && count >= 2 && (
          <ArrangeMenu count={count} onArrange={onArrange} onClose={() => setOpen(false)} />
        )}
      </span>
      <button
        type="button"
        aria-pressed={snap}
        title="Bodies dragged or moved with the arrow keys go to the grid's lines"
        onClick={() => setSnap(!snap)}
      >
        Snap to grid
      </button>
    </>
  );
}
