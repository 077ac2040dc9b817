import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../shared/ydoc/comments.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { elementName } from '../workshop/elementName.ts';
import { threadSubject } from './threadSubject.ts';

const snapshot: MapSnapshot = {
  title: 'Leeds',
  nodes: [
    {
      id: 'icb',
      kind: 'icb',
      label: 'West Yorkshire ICB',
      position: { x: 0, y: 0 },
      status: 'proposed',
      attrs: {},
    },
    {
      id: 'council',
      kind: 'local-authority',
      label: '  ',
      position: { x: 0, y: 0 },
      status: 'proposed',
      attrs: {},
    },
  ],
  edges: [
    {
      id: 'edge',
      kind: 'accountable-to',
      source: 'council',
      target: 'icb',
      status: 'proposed',
      attrs: {},
    },
    { id: 'dangling', kind: 'funds', source: 'gone', target: 'icb', status: 'proposed', attrs: {} },
  ],
  invalid: [],
  fieldProblems: [],
};

function threadOn(anchor: { targetId: string } | { position: { x: number; y: number } }) {
  const root = { id: 't', authorName: 'A', text: 'x', createdAt: '', resolved: false, ...anchor };
  return { id: 't', ...anchor, resolved: false, root, replies: [] } satisfies CommentThread;
}

describe('elementName', () => {
  it('names bodies by their label, or by their kind when the label is blank', () => {
    expect(elementName(snapshot, 'icb')).toBe('West Yorkshire ICB');
    expect(elementName(snapshot, 'council')).toBe('Unnamed local authority');
  });

  it('reads a relationship as a sentence of names', () => {
    expect(elementName(snapshot, 'edge')).toBe(
      'Unnamed local authority → accountable to → West Yorkshire ICB',
    );
    expect(elementName(snapshot, 'dangling')).toBe('a removed body → funds → West Yorkshire ICB');
  });

  it('gives null for an element not on the map', () => {
    expect(elementName(snapshot, 'nowhere')).toBeNull();
  });
});

describe('threadSubject', () => {
  it('tells an element, a pinned note and a removed element apart', () => {
    expect(threadSubject(snapshot, threadOn({ targetId: 'icb' }))).toEqual({
      kind: 'element',
      elementId: 'icb',
      name: 'West Yorkshire ICB',
    });
    expect(threadSubject(snapshot, threadOn({ position: { x: 1, y: 2 } }))).toEqual({
      kind: 'pinned',
      name: 'Pinned note',
    });
    expect(threadSubject(snapshot, threadOn({ targetId: 'nowhere' })).kind).toBe('removed');
  });
});
