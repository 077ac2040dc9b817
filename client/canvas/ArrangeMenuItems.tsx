import { ARRANGE_CHOICES, type ArrangeCommand } from './commands/arrange.ts';

/**
 * Align and Distribute as menu items, each with its shortcut, for `count` selected
 * elements: distributing needs three.
 */
export function ArrangeMenuItems({
  count,
  disabled = false,
  onArrange,
}: {
  count: number;
  disabled?: boolean;
  onArrange: (command: ArrangeCommand) => void;
}) {
  return ARRANGE_CHOICES.map((choice) => (
    <button
      key={choice.name}
      type="button"
      role="menuitem"
      aria-keyshortcuts={choice.keys}
      disabled={disabled || count < choice.least}
      onClick={() => onArrange(choice.command)}
    >
      <span>{choice.name}</span>
      <span className="menu-keys" aria-hidden="true">
        {choice.keys}
      </span>
    </button>
  ));
}
