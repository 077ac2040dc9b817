import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'accord.snapToGrid';
const listeners = new Set<() => void>();
let current: boolean | null = null;

function read(): boolean {
  if (current === null) {
    try {
      current = localStorage.getItem(KEY) === 'on';
    } catch {
      // Storage can be refused (private windows, policies): snapping then starts off.
      current = false;
    }
  }
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Snap to grid, on or off: remembered by this browser for every map, and shared by the
 * toolbar's toggle, drags and arrow-key moves, which all read it here.
 */
export function useSnapToGrid(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    current = next;
    try {
      localStorage.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // Not remembered across visits, but on or off for this page all the same.
    }
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}
