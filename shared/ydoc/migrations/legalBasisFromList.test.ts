import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapDoc } from '../layout.ts';
import { readMap } from '../readMap.ts';
import { migrateDoc } from './index.ts';

function edge(doc: Y.Doc, id: string, attrs: Record<string, unknown>): void {
  const element = new Y.Map<unknown>();
  element.set('kind', 'delegates');
  element.set('source', 'QWO');
  element.set('target', 'cttee-leeds');
  element.set('status', 'agreed');
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(attrs)) map.set(key, value);
  element.set('attrs', map);
  mapDoc(doc).edges.set(id, element as never);
}

describe('migration legal-basis-from-the-fixed-list', () => {
  it('turns legal bases written as text into the list, and keeps any other text in the notes', () => {
    const doc = new Y.Doc();
    const ends: Array<[string, string]> = [
      ['QWO', 'icb'],
      ['cttee-leeds', 'committee'],
    ];
    for (const [id, kind] of ends) {
      const node = new Y.Map<unknown>();
      node.set('kind', kind);
      node.set('label', id);
      node.set('position', { x: 0, y: 0 });
      node.set('status', 'agreed');
      node.set('attrs', new Y.Map());
      mapDoc(doc).nodes.set(id, node as never);
    }
    edge(doc, 'e1', { function: 'x', legalBasis: 'NHS Act 2006 s65Z5' });
    edge(doc, 'e2', {
      function: 'x',
      legalBasis: 'ICB constitution and scheme of reservation and delegation',
    });
    edge(doc, 'e3', { function: 'x', legalBasis: 'a handshake', notes: 'Agreed in March.' });
    edge(doc, 'e4', { function: 'x', legalBasis: 'lga-1972-s101' });
    expect(migrateDoc(doc)).toEqual(['legal-basis-from-the-fixed-list']);
    const edges = new Map(readMap(doc).edges.map((e) => [e.id, e.attrs]));
    expect(edges.get('e1')?.legalBasis).toBe('s65z5-delegation');
    expect(edges.get('e2')?.legalBasis).toBe('icb-constitution');
    expect(edges.get('e3')).toEqual({
      function: 'x',
      notes: 'Agreed in March.\nLegal basis (as written before): a handshake',
    });
    expect(edges.get('e4')?.legalBasis).toBe('lga-1972-s101');
    expect(readMap(doc).fieldProblems).toEqual([]);
  });
});
