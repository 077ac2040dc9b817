import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import { deletionReach, guardDeletion, keptByLocksMessage, lockToggle } from './lockGuard.ts';

function node(id: string, extra: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'nhs-trust',
    label: id,
    position: { x: 0, y: 0 },
    status: 'proposed',
    attrs: {},
    ...extra,
  };
}

function edge(id: string, source: string, target: string): EdgeRecord {
  return { id, kind: 'accountable-to', source, target, status: 'proposed', attrs: {} };
}

// A place footprint holding a committee; an ICB outside it; the ICB delegates to the committee.
const map: MapSnapshot = {
  title: 'Leeds',
  nodes: [
    node('place-leeds', { kind: 'footprint' }),
    node('committee-leeds', { kind: 'committee', parentId: 'place-leeds' }),
    node('icb-wy', { kind: 'icb' }),
    node('trust-leeds'),
  ],
  edges: [edge('delegation', 'icb-wy', 'committee-leeds')],
  invalid: [],
  fieldProblems: [],
};

describe('deletionReach', () => {
  it('takes what a node holds and every relationship touching any of it', () => {
    expect(deletionReach(map, 'place-leeds')).toEqual(
      new Set(['place-leeds', 'committee-leeds', 'delegation']),
    );
    expect(deletionReach(map, 'trust-leeds')).toEqual(new Set(['trust-leeds']));
  });
});

describe('guardDeletion', () => {
  it('allows everything when nothing is locked', () => {
    const request = { nodeIds: ['place-leeds', 'trust-leeds'], edgeIds: ['delegation'] };
    expect(guardDeletion(map, request, new Set())).toEqual({
      nodeIds: ['place-leeds', 'trust-leeds'],
      edgeIds: ['delegation'],
      kept: [],
    });
  });

  it('keeps a locked node, a locked relationship, and a node whose deletion takes a locked one', () => {
    const request = {
      nodeIds: ['place-leeds', 'icb-wy', 'trust-leeds'],
      edgeIds: ['delegation'],
    };
    // The committee is locked: its footprint and the ICB (through the delegation) would take it.
    expect(guardDeletion(map, request, new Set(['committee-leeds', 'delegation']))).toEqual({
      nodeIds: ['trust-leeds'],
      edgeIds: [],
      kept: ['delegation', 'place-leeds', 'icb-wy'],
    });
  });
});

describe('lockToggle', () => {
  it('locks what is not yet locked, then unlocks what was locked itself', () => {
    const locked = new Set(['place-leeds', 'committee-leeds']);
    const own = new Set(['place-leeds']);
    expect(lockToggle(['icb-wy', 'place-leeds'], locked, own)).toEqual({
      action: 'lock',
      ids: ['icb-wy'],
    });
    expect(lockToggle(['place-leeds', 'committee-leeds'], locked, own)).toEqual({
      action: 'unlock',
      ids: ['place-leeds'],
    });
  });

  it('explains why a body locked by its footprint cannot be unlocked alone', () => {
    const result = lockToggle(['committee-leeds'], new Set(['committee-leeds']), new Set());
    expect(result).toMatchObject({ action: 'none' });
    expect(result.action === 'none' && result.reason).toMatch(/unlock the footprint/);
  });

  it('has nothing to do without a selection', () => {
    expect(lockToggle([], new Set(), new Set()).action).toBe('none');
  });
});

describe('keptByLocksMessage', () => {
  it('says how many were left as they are, in words', () => {
    expect(keptByLocksMessage(1, 'deleted')).toMatch(/^One element was not deleted: it is locked/);
    expect(keptByLocksMessage(3, 'changed')).toMatch(/^3 elements were not changed: they are/);
  });
});
