import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unseenParts } from './unseenParts.ts';

/** Each transaction of `edit` on a fresh doc, as the update it stored. */
function updatesOf(edit: (map: Y.Map<number>) => void): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  edit(doc.getMap('m'));
  return updates;
}

describe('unseenParts', () => {
  it('leaves out the parts a doc holds and keeps new ones and deletions', () => {
    const [first, second, deletion] = updatesOf((map) => {
      map.set('a', 1);
      map.set('b', 2);
      map.delete('a');
    }) as [Uint8Array, Uint8Array, Uint8Array];
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    expect(unseenParts(doc, [first, second, deletion])).toEqual([second, deletion]);
    for (const part of unseenParts(doc, [first, second, deletion])) Y.applyUpdate(doc, part);
    expect(doc.getMap('m').toJSON()).toEqual({ b: 2 });
  });

  it('keeps a part of which the doc holds only the first structs', () => {
    const [first, second] = updatesOf((map) => {
      map.set('a', 1);
      map.set('b', 2);
    }) as [Uint8Array, Uint8Array];
    const both = Y.mergeUpdates([first, second]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    expect(unseenParts(doc, [both])).toEqual([both]);
    Y.applyUpdate(doc, second);
    expect(unseenParts(doc, [both])).toEqual([]);
  });
});
