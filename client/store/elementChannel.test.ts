import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createElementChannel } from './elementChannel.ts';

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
