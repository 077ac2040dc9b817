import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from './attrs.ts';
import { connect } from './edges.ts';
import { mapDoc } from './layout.ts';
import { addNode, deleteElements } from './nodes.ts';
import { addNote } from './notes.ts';
import { readMap } from './readMap.ts';
import {
  agreeableIds,
  castVote,
  closeVote,
  countBallots,
  openVote,
  readVotes,
  suggestedOutcome,
} from './votes.ts';

const facilitator = { kind: 'local', participantId: 'facilitator' } as const;
const NOW = new Date('2026-03-02T10:15:00.000Z');
const NOTE_AT = { x: 400, y: 0 };

function twoBodies(doc: Y.Doc) {
  const icb = addNode(doc, facilitator, {
    kind: 'icb',
    label: 'West Yorkshire ICB',
    position: { x: 0, y: 0 },
  });
  const trust = addNode(doc, facilitator, {
    kind: 'nhs-trust',
    label: 'Leeds Teaching Hospitals',
    position: { x: 0, y: 200 },
  });
  return { icb, trust };
}

function nodeRecord(doc: Y.Doc, id: string) {
  return readMap(doc).nodes.find((node) => node.id === id);
}

/** Two docs that pass every update to each other, as two participants through the server. */
function linkedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  return [a, b];
}

describe('countBallots', () => {
  it('counts each choice and ignores anything that is not one', () => {
    expect(countBallots(['agree', 'agree', 'disagree', 'abstain', 'maybe', 3, null])).toEqual({
      agree: 2,
      disagree: 1,
      abstain: 1,
    });
    expect(countBallots([])).toEqual({ agree: 0, disagree: 0, abstain: 0 });
  });
});

describe('suggestedOutcome', () => {
  it('suggests agreed only when more agree than disagree; abstentions do not count', () => {
    expect(suggestedOutcome({ agree: 3, disagree: 2, abstain: 9 })).toBe('agreed');
    expect(suggestedOutcome({ agree: 2, disagree: 2, abstain: 0 })).toBe('disputed');
    expect(suggestedOutcome({ agree: 0, disagree: 1, abstain: 0 })).toBe('disputed');
    expect(suggestedOutcome({ agree: 0, disagree: 0, abstain: 4 })).toBe('disputed');
  });
});

describe('openVote', () => {
  it('opens an empty vote on each element that exists, bodies and relationships alike', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    const edge = connect(doc, facilitator, { kind: 'accountable-to', source: trust, target: icb });
    if (!edge.ok) throw new Error(edge.reason);
    const opened = openVote(doc, facilitator, [icb, edge.id, 'no-such-element']);
    expect(opened).toEqual([icb, edge.id]);
    const votes = readVotes(doc);
    expect([...votes.keys()]).toEqual([icb, edge.id]);
    expect(votes.get(icb)).toEqual({
      elementId: icb,
      ballots: {},
      tally: { agree: 0, disagree: 0, abstain: 0 },
    });
  });

  it('leaves a vote that is already open, with its ballots, as it is', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    castVote(doc, facilitator, icb, 'alice', 'agree');
    expect(openVote(doc, facilitator, [icb, trust])).toEqual([trust]);
    expect(readVotes(doc).get(icb)?.ballots).toEqual({ alice: 'agree' });
  });

  it('opens all of them in one transaction, with the given origin', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    openVote(doc, facilitator, [icb, trust]);
    expect(origins).toEqual([facilitator]);
  });
});

describe('notes', () => {
  it('are never voted on nor given a status: only the governance around them is', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    const note = addNote(doc, facilitator, {
      kind: 'note',
      text: 'Who chairs?',
      position: NOTE_AT,
    });
    const text = addNote(doc, facilitator, { kind: 'text', text: 'Riverton', position: NOTE_AT });
    expect(agreeableIds(doc, [icb, note, text, 'gone'])).toEqual([icb]);
    expect(openVote(doc, facilitator, [note, icb, text])).toEqual([icb]);
    setStatus(
      doc,
      facilitator,
      [icb, note].map((id) => ({ collection: 'nodes', id })),
      'agreed',
    );
    const { nodes } = mapDoc(doc);
    expect(nodes.get(icb)?.get('status')).toBe('agreed');
    expect(nodes.get(note)?.has('status')).toBe(false);
    expect(nodes.get(note)?.has('agreedAt')).toBe(false);
  });
});

describe('castVote', () => {
  it('records one ballot per participant: a change of mind replaces the first', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    expect(castVote(doc, facilitator, icb, 'alice', 'disagree')).toBe(true);
    castVote(doc, facilitator, icb, 'bob', 'agree');
    castVote(doc, facilitator, icb, 'alice', 'agree');
    const vote = readVotes(doc).get(icb);
    expect(vote?.ballots).toEqual({ alice: 'agree', bob: 'agree' });
    expect(vote?.tally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
  });

  it('refuses a ballot when no vote is open on the element', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    expect(castVote(doc, facilitator, icb, 'alice', 'agree')).toBe(false);
    expect(readVotes(doc).size).toBe(0);
  });

  it('writes nothing when the participant repeats the same choice', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    castVote(doc, facilitator, icb, 'alice', 'abstain');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(castVote(doc, facilitator, icb, 'alice', 'abstain')).toBe(true);
    expect(transactions).toBe(0);
  });

  it('counts ballots cast at the same time by participants on different copies', () => {
    const [alice, bob] = linkedPair();
    const { icb } = twoBodies(alice);
    openVote(alice, facilitator, [icb]);
    castVote(alice, { participantId: 'alice' }, icb, 'alice', 'agree');
    castVote(bob, { participantId: 'bob' }, icb, 'bob', 'disagree');
    castVote(bob, { participantId: 'bob' }, icb, 'bob', 'agree');
    for (const doc of [alice, bob]) {
      expect(readVotes(doc).get(icb)?.tally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
    }
  });
});

describe('readVotes', () => {
  it('leaves out ballots that are not a choice, and votes that are not maps', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    const { votes } = mapDoc(doc);
    votes.get(icb)?.set('mallory', 'veto');
    castVote(doc, facilitator, icb, 'alice', 'disagree');
    (votes as Y.Map<unknown>).set(trust, 'not a vote');
    const read = readVotes(doc);
    expect([...read.keys()]).toEqual([icb]);
    expect(read.get(icb)).toEqual({
      elementId: icb,
      ballots: { alice: 'disagree' },
      tally: { agree: 0, disagree: 1, abstain: 0 },
    });
  });
});

describe('closeVote', () => {
  it('marks an element agreed with its final tally and when, and closes its vote', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [icb, trust]);
    castVote(doc, facilitator, icb, 'alice', 'agree');
    castVote(doc, facilitator, icb, 'bob', 'agree');
    castVote(doc, facilitator, icb, 'carol', 'abstain');
    closeVote(doc, facilitator, [{ elementId: icb, outcome: 'agreed' }], NOW);
    expect(nodeRecord(doc, icb)).toMatchObject({
      status: 'agreed',
      agreedAt: NOW.toISOString(),
      tally: { agree: 2, disagree: 0, abstain: 1 },
    });
    expect([...readVotes(doc).keys()]).toEqual([trust]);
  });

  it('marks an element disputed, or leaves it proposed, keeping the tally and no agreedAt', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [icb, trust]);
    castVote(doc, facilitator, icb, 'alice', 'disagree');
    castVote(doc, facilitator, trust, 'alice', 'agree');
    closeVote(
      doc,
      facilitator,
      [
        { elementId: icb, outcome: 'disputed' },
        { elementId: trust, outcome: 'proposed' },
      ],
      NOW,
    );
    const disputed = nodeRecord(doc, icb);
    expect(disputed).toMatchObject({
      status: 'disputed',
      tally: { agree: 0, disagree: 1, abstain: 0 },
    });
    expect(disputed?.agreedAt).toBeUndefined();
    const proposed = nodeRecord(doc, trust);
    expect(proposed).toMatchObject({
      status: 'proposed',
      tally: { agree: 1, disagree: 0, abstain: 0 },
    });
    expect(proposed?.agreedAt).toBeUndefined();
    expect(readVotes(doc).size).toBe(0);
  });

  it('forgets agreedAt when a later vote no longer agrees, and dates a new agreement', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    closeVote(doc, facilitator, [{ elementId: icb, outcome: 'agreed' }], NOW);
    openVote(doc, facilitator, [icb]);
    castVote(doc, facilitator, icb, 'alice', 'disagree');
    closeVote(doc, facilitator, [{ elementId: icb, outcome: 'disputed' }], NOW);
    expect(nodeRecord(doc, icb)?.agreedAt).toBeUndefined();
    const later = new Date('2026-03-09T09:00:00.000Z');
    openVote(doc, facilitator, [icb]);
    closeVote(doc, facilitator, [{ elementId: icb, outcome: 'agreed' }], later);
    expect(nodeRecord(doc, icb)).toMatchObject({
      status: 'agreed',
      agreedAt: later.toISOString(),
      tally: { agree: 0, disagree: 0, abstain: 0 },
    });
  });

  it('keeps the first agreedAt when an agreed element is agreed again', () => {
    const doc = new Y.Doc();
    const { icb } = twoBodies(doc);
    openVote(doc, facilitator, [icb]);
    closeVote(doc, facilitator, [{ elementId: icb, outcome: 'agreed' }], NOW);
    openVote(doc, facilitator, [icb]);
    castVote(doc, facilitator, icb, 'alice', 'agree');
    closeVote(
      doc,
      facilitator,
      [{ elementId: icb, outcome: 'agreed' }],
      new Date('2026-04-01T00:00:00.000Z'),
    );
    expect(nodeRecord(doc, icb)).toMatchObject({
      agreedAt: NOW.toISOString(),
      tally: { agree: 1, disagree: 0, abstain: 0 },
    });
  });

  it('closes a relationship the same way', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    const edge = connect(doc, facilitator, { kind: 'accountable-to', source: trust, target: icb });
    if (!edge.ok) throw new Error(edge.reason);
    openVote(doc, facilitator, [edge.id]);
    castVote(doc, facilitator, edge.id, 'alice', 'agree');
    closeVote(doc, facilitator, [{ elementId: edge.id, outcome: 'agreed' }], NOW);
    expect(readMap(doc).edges.find((e) => e.id === edge.id)).toMatchObject({
      status: 'agreed',
      agreedAt: NOW.toISOString(),
      tally: { agree: 1, disagree: 0, abstain: 0 },
    });
  });

  it('skips elements with no open vote, and clears the vote of an element since deleted', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [trust]);
    deleteElements(doc, facilitator, { nodeIds: [trust] });
    closeVote(
      doc,
      facilitator,
      [
        { elementId: icb, outcome: 'agreed' },
        { elementId: trust, outcome: 'agreed' },
      ],
      NOW,
    );
    expect(nodeRecord(doc, icb)?.status).toBe('proposed');
    expect(nodeRecord(doc, icb)?.tally).toBeUndefined();
    expect(readVotes(doc).size).toBe(0);
  });

  it('closes every decision in one transaction, with the given origin', () => {
    const doc = new Y.Doc();
    const { icb, trust } = twoBodies(doc);
    openVote(doc, facilitator, [icb, trust]);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    closeVote(doc, facilitator, [
      { elementId: icb, outcome: 'agreed' },
      { elementId: trust, outcome: 'disputed' },
    ]);
    expect(origins).toEqual([facilitator]);
  });
});
