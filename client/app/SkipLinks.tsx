// The map's address keeps its token in the fragment, so these cannot be `#…` links: they
// are buttons that move focus themselves.
function focusFirst(selectors: readonly string[]) {
  return () => {
    for (const selector of selectors) {
      const target = document.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  };
}

/**
 * "Skip to the map" and "Skip to the side panel": the first Tab stops of the map page,
 * shown when focused (WCAG 2.4.1), so a keyboard user need not pass the palette and toolbars.
 */
export function SkipLinks({ panelId }: { panelId: string }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <button
        type="button"
        className="skip-link"
        onClick={focusFirst([
          '.react-flow__node.selected',
          '.react-flow__node[tabindex="0"]',
          // Zoomed out on a big map, most bodies have no card: the way to them.
          '.far-keyboard-entry',
          '.canvas',
        ])}
      >
        Skip to the map
      </button>
      <button type="button" className="skip-link" onClick={focusFirst([`#${panelId}`])}>
        Skip to the side panel
      </button>
    </nav>
  );
}
