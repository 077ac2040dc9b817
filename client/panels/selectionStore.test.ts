import { describe, expect, it } from 'vitest';
import { createSelectionStore } from './selectionStore.ts';

describe('the selection store', () => {
  it('notifies its readers when the selection changes, not when the canvas repeats it', () => {
    const store = createSelectionStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.select(['icb', 'committee']);
    const { ids } = store.getState();
    store.select(['icb', 'committee']);
    expect(notified).toBe(1);
    expect(store.getState().ids).toBe(ids);
    store.select([]);
    expect(store.getState().ids).toEqual([]);
    expect(notified).toBe(2);
  });
});
