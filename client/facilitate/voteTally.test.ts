import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { describeElement } from './describeElement.ts';
import { eligibleVoters, formatAgreedAt, tallyText, turnoutText } from './voteTally.ts';

describe('tallies in words', () => {
  it('reads a tally and a turnout', () => {
    expect(tallyText({ agree: 2, disagree: 1, abstain: 0 })).toBe('2 agree, 1 disagree, 0 abstain');
    expect(turnoutText(2, 5)).toBe('2 of 5 have voted');
    expect(turnoutText(3, 3)).toBe('All 3 have voted');
    expect(turnoutText(1, 1)).toBe('1 has voted');
    expect(turnoutText(0, 4)).toBe('No one has voted yet');
  });

  it('counts each person who may vote once: not viewers, and those who voted and left', () => {
    const present = [
      { id: 'alice', role: 'owner' },
      { id: 'bob', role: 'editor' },
      { id: 'bob', role: 'editor' },
      { id: 'vera', role: 'viewer' },
    ];
    expect(eligibleVoters(present, ['alice', 'carol'])).toBe(3);
  });

  it('dates an agreement in plain English', () => {
    expect(formatAgreedAt('2026-03-02T10:15:00.000Z', 'UTC')).toBe('2 March 2026 at 10:15');
    expect(formatAgreedAt('not a date')).toBe('not a date');
  });
});

describe('describeElement', () => {
  const snapshot: MapSnapshot = {
    title: 'Map',
    nodes: [
      {
        id: 'icb-wy',
        kind: 'icb',
        label: 'West Yorkshire ICB',
        position: { x: 0, y: 0 },
        status: 'proposed',
        attrs: {},
      },
      {
        id: 'trust-leeds',
        kind: 'nhs-trust',
        label: 'Leeds Teaching Hospitals',
        position: { x: 0, y: 0 },
        status: 'proposed',
        attrs: {},
      },
    ],
    edges: [
      {
        id: 'accountable',
        kind: 'accountable-to',
        source: 'trust-leeds',
        target: 'icb-wy',
        status: 'proposed',
        attrs: {},
      },
    ],
    invalid: [],
    fieldProblems: [],
  };

  it('names bodies by name and relationships by who does what to whom', () => {
    expect(describeElement(snapshot, 'icb-wy')).toEqual({
      name: 'West Yorkshire ICB',
      kind: 'Integrated care board',
      exists: true,
    });
    expect(describeElement(snapshot, 'accountable').name).toBe(
      'Leeds Teaching Hospitals → accountable to → West Yorkshire ICB',
    );
    expect(describeElement(snapshot, 'gone').exists).toBe(false);
  });
});
