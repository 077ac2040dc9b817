import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createElementChannel } from './elementChannel.ts';
import { RecordIndex } from './recordIndex.ts';

interface State {
  nodeById: Map<string, { label: string }>;
  edgeById: Map<string, { label: string }>;
  noteById: Map<string, { label: string }>;
  snapshot: { fieldProblems: unknown[] };
  changes?: Map<string, string>;
}

function setUp() {
  const a = { label: 'A' };
  const b = { label: 'B' };
  const store = createStore<State>(() => ({
    nodeById: new Map([
      ['a', a],
      ['b', b],
    ]),
    edgeById: new Map(),
    noteById: new Map(),
    snapshot: { fieldProblems: [] },
  }));
  const channel = createElementChannel(store);
  const heard: string[] = [];
  const stopA = channel.listen('a', () => heard.push('a'));
  const stopB = channel.listen('b', () => heard.push('b'));
  return { store, heard, stopA, stopB, b };
}

describe('createElementChannel', () => {
  it('tells only the element whose record changed', () => {
    const { store, heard, b } = setUp();
    store.setState((state) => ({ nodeById: new Map([...state.nodeById, ['a', { label: 'A2' }]]) }));
    expect(heard).toEqual(['a']);
    // A new index whose records are all the same tells nobody.
    store.setState((state) => ({ nodeById: new Map(state.nodeById), snapshot: state.snapshot }));
    expect(heard).toEqual(['a']);
    // A relationship or note added under an element's id tells it too.
    store.setState({ edgeById: new Map([['b', b]]) });
    expect(heard).toEqual(['a', 'b']);
  });

  it('tells every element when the field problems or the compared changes change', () => {
    const { store, heard } = setUp();
    store.setState({ snapshot: { fieldProblems: [{ id: 'a' }] } });
    expect(heard.sort()).toEqual(['a', 'b']);
    store.setState({ changes: new Map([['b', 'added']]) });
    expect(heard.sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('stops telling an element that stopped listening, and leaves the store when none listen', () => {
    const { store, heard, stopA, stopB } = setUp();
    stopA();
    store.setState({ snapshot: { fieldProblems: [1] } });
    expect(heard).toEqual(['b']);
    stopB();
    store.setState({ snapshot: { fieldProblems: [2] } });
    expect(heard).toEqual(['b']);
  });
});

describe('createElementChannel over the map store’s indexes', () => {
  type Indexed = { id: string; label: string };
  function indexedSetUp(count: number) {
    const records = Array.from({ length: count }, (_, i) => ({ id: `body-${i}`, label: `${i}` }));
    const store = createStore(() => ({
      nodeById: RecordIndex.of<Indexed>(records),
      edgeById: RecordIndex.of<Indexed>([]),
      noteById: RecordIndex.of<Indexed>([]),
      snapshot: { fieldProblems: [] as unknown[] },
    }));
    const channel = createElementChannel(store);
    const heard: string[] = [];
    for (const { id } of records) channel.listen(id, () => heard.push(id));
    return { store, heard };
  }

  it('tells the elements added, changed or removed, and looks at no other', () => {
    const { store, heard } = indexedSetUp(2000);
    const get = vi.spyOn(RecordIndex.prototype, 'get');
    store.setState((state) => ({
      nodeById: state.nodeById.with([
        ['body-7', { id: 'body-7', label: 'renamed' }],
        ['body-9', undefined],
        ['body-new', { id: 'body-new', label: 'new' }],
      ]),
    }));
    expect(heard.sort()).toEqual(['body-7', 'body-9']);
    // A whole system's change costs what it changed, not a look up of every listened element.
    expect(get.mock.calls.length).toBeLessThan(10);
    get.mockRestore();
  });

  it('tells nobody for an index with the same records', () => {
    const { store, heard } = indexedSetUp(10);
    store.setState((state) => ({
      nodeById: state.nodeById.with([['body-1', state.nodeById.get('body-1')]]),
    }));
    expect(heard).toEqual([]);
  });
});
