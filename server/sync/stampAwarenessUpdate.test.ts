import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { stampAwarenessUpdate } from './stampAwarenessUpdate.ts';

function received(update: Uint8Array): Map<number, Record<string, unknown>> {
  const other = new Awareness(new Y.Doc());
  applyAwarenessUpdate(other, update, 'test');
  const states = other.getStates() as Map<number, Record<string, unknown>>;
  other.destroy();
  return states;
}

describe('stamping awareness updates', () => {
  it('accepts what y-protocols encodes, removals included', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ada' }, cursor: { x: 1, y: 2 } });
    const id = awareness.clientID;
    const stamped = stampAwarenessUpdate(encodeAwarenessUpdate(awareness, [id]), 'editor');
    expect(received(stamped).get(id)).toEqual({
      user: { name: 'Ada', role: 'editor' },
      cursor: { x: 1, y: 2 },
    });
    awareness.setLocalState(null);
    expect(() =>
      stampAwarenessUpdate(encodeAwarenessUpdate(awareness, [id]), 'viewer'),
    ).not.toThrow();
    awareness.destroy();
  });

  it("replaces a claimed role with the token's and strips a non-owner's facilitator calls", () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({
      user: { name: 'Mallory', role: 'owner' },
      facilitator: { followMe: true, summonAt: 5 },
    });
    const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const asViewer = received(stampAwarenessUpdate(update, 'viewer')).get(awareness.clientID);
    expect(asViewer).toEqual({ user: { name: 'Mallory', role: 'viewer' }, facilitator: null });
    const asOwner = received(stampAwarenessUpdate(update, 'owner')).get(awareness.clientID);
    expect(asOwner?.facilitator).toEqual({ followMe: true, summonAt: 5 });
    awareness.destroy();
  });

  it('throws on truncated or non-JSON updates', () => {
    expect(() => stampAwarenessUpdate(new Uint8Array([2, 1, 1]), 'owner')).toThrow();
    // one client, id 1, clock 1, the 3-byte string "{no"
    expect(() =>
      stampAwarenessUpdate(new Uint8Array([1, 1, 1, 3, 123, 110, 111]), 'owner'),
    ).toThrow();
  });
});
