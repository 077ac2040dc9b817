import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { validateAwarenessUpdate } from './validateAwarenessUpdate.ts';

describe('awareness update validation', () => {
  it('accepts what y-protocols encodes, removals included', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ada' }, cursor: { x: 1, y: 2 } });
    const id = awareness.clientID;
    expect(() => validateAwarenessUpdate(encodeAwarenessUpdate(awareness, [id]))).not.toThrow();
    awareness.setLocalState(null);
    expect(() => validateAwarenessUpdate(encodeAwarenessUpdate(awareness, [id]))).not.toThrow();
    awareness.destroy();
  });

  it('throws on truncated or non-JSON updates', () => {
    expect(() => validateAwarenessUpdate(new Uint8Array([2, 1, 1]))).toThrow();
    // one client, id 1, clock 1, the 3-byte string "{no"
    expect(() => validateAwarenessUpdate(new Uint8Array([1, 1, 1, 3, 123, 110, 111]))).toThrow();
  });
});
