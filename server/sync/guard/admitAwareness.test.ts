import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Role } from '../../auth/roles.ts';
import {
  type AwarenessSender,
  admitAwareness,
  MAX_AWARENESS_STATE_BYTES,
} from './admitAwareness.ts';
import { ClientIds } from './ClientIds.ts';
import { Participants } from './Participants.ts';

function received(update: Uint8Array | null): Map<number, Record<string, unknown>> {
  const other = new Awareness(new Y.Doc());
  if (update) applyAwarenessUpdate(other, update, 'test');
  const states = other.getStates() as Map<number, Record<string, unknown>>;
  other.destroy();
  return states;
}

function sender(role: Role): AwarenessSender {
  return { role, isOpen: true, participant: undefined };
}

function room() {
  return { ids: new ClientIds(new Y.Doc()), participants: new Participants() };
}

function presence(state: Record<string, unknown> | null): { update: Uint8Array; id: number } {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return { update, id: awareness.clientID };
}

describe('admitting presence', () => {
  it("stamps the token's role, strips a non-owner's facilitator calls, binds the participant", () => {
    const { ids, participants } = room();
    const mallory = sender('viewer');
    const { update, id } = presence({
      user: { id: 'm', name: 'Mallory', role: 'owner' },
      facilitator: { followMe: true, summonAt: 5 },
    });
    const admitted = admitAwareness(update, mallory, ids, participants);
    expect(received(admitted.update).get(id)).toEqual({
      user: { id: 'm', name: 'Mallory', role: 'viewer' },
      facilitator: null,
    });
    expect(mallory.participant).toEqual({ id: 'm', name: 'Mallory' });
    const owner = sender('owner');
    const asOwner = admitAwareness(
      presence({ facilitator: { followMe: true } }).update,
      owner,
      ids,
      participants,
    );
    expect([...received(asOwner.update).values()][0]?.facilitator).toEqual({ followMe: true });
  });

  it('keeps only the entries for client ids the socket holds; a participant id has one socket', () => {
    const { ids, participants } = room();
    const alice = sender('editor');
    const bob = sender('editor');
    const { update, id } = presence({ user: { id: 'a', name: 'Alice' } });
    expect(admitAwareness(update, alice, ids, participants).update).not.toBeNull();
    const stolen = admitAwareness(update, bob, ids, participants);
    expect(stolen.update).toBeNull();
    expect(stolen.notTheirs).toEqual([id]);
    // Bob announcing Alice's participant id on his own client id is relayed, but not bound.
    admitAwareness(presence({ user: { id: 'a', name: 'Alice' } }).update, bob, ids, participants);
    expect(bob.participant).toBeUndefined();
  });

  it("drops another's presence sent back unchanged without reporting it, unlike a newer one", () => {
    const { ids, participants } = room();
    const alice = sender('editor');
    const bob = sender('editor');
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { id: 'a', name: 'Alice' } });
    const echo = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    admitAwareness(echo, alice, ids, participants);
    const known = new Map([[awareness.clientID, awareness.meta.get(awareness.clientID)?.clock]]);
    // Bob's y-websocket client sends back what it heard of Alice: nothing to report.
    const heardBack = admitAwareness(echo, bob, ids, participants, (id) => known.get(id));
    expect(heardBack).toEqual({ update: null, notTheirs: [], tooLarge: [] });
    // A newer presence for her client id is an attempt to change hers.
    awareness.setLocalState({ user: { id: 'a', name: 'Not Alice' } });
    const forged = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const changed = admitAwareness(forged, bob, ids, participants, (id) => known.get(id));
    expect(changed.update).toBeNull();
    expect(changed.notTheirs).toEqual([awareness.clientID]);
    awareness.destroy();
  });

  it('reports a presence over the size limit', () => {
    const { ids, participants } = room();
    const big = presence({ user: { name: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } });
    const admitted = admitAwareness(big.update, sender('viewer'), ids, participants);
    expect(admitted.tooLarge).toEqual([big.id]);
    expect(admitted.update).toBeNull();
  });

  it('throws on truncated or non-JSON updates', () => {
    const { ids, participants } = room();
    expect(() =>
      admitAwareness(new Uint8Array([2, 1, 1]), sender('owner'), ids, participants),
    ).toThrow();
    // one client, id 1, clock 1, the 3-byte string "{no"
    expect(() =>
      admitAwareness(
        new Uint8Array([1, 1, 1, 3, 123, 110, 111]),
        sender('owner'),
        ids,
        participants,
      ),
    ).toThrow();
  });
});
