const KEY = 'accord:legendOpen';

/** Above this many entries a key would cover much of a small screen: it starts folded. */
export const LEGEND_FOLDED_ABOVE = 8;

/**
 * Whether the legend is open: as the participant last left it, on any map; until they
 * first choose, open only for a short key.
 */
export function legendOpenAtStart(stored: string | null, entryCount: number): boolean {
  if (stored === 'open') return true;
  if (stored === 'closed') return false;
  return entryCount <= LEGEND_FOLDED_ABOVE;
}

/** The participant's last choice, or null (never chosen, or storage is off). */
export function storedLegendOpen(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the choice for the next map and the next visit. */
export function rememberLegendOpen(open: boolean): void {
  try {
    localStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Private modes may refuse storage: the legend then starts as it would the first time.
  }
}
