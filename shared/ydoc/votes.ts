import * as Y from 'yjs';
import { z } from 'zod';
import type { ElementStatus } from '../model/status.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { isNoteKind } from './noteRecord.ts';

/** What a participant may say in a vote. */
export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;

/** One participant's vote. */
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** How many said what. */
export const tallySchema = z.object({
  agree: z.number().int().nonnegative(),
  disagree: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});

/** How many said what. */
export type Tally = z.infer<typeof tallySchema>;

/** An open vote on one element: every participant's current choice, and the tally. */
export interface OpenVote {
  elementId: string;
  ballots: Record<string, VoteChoice>;
  tally: Tally;
}

function isChoice(value: unknown): value is VoteChoice {
  return typeof value === 'string' && (VOTE_CHOICES as readonly string[]).includes(value);
}

function elementOf(doc: Y.Doc, id: string): ElementMap | undefined {
  const { nodes, edges } = mapDoc(doc);
  const found = nodes.get(id) ?? edges.get(id);
  return found instanceof Y.Map ? found : undefined;
}

/**
 * True for an element the room can vote on and agree: a body, footprint or relationship. A
 * sticky note or free text is not governance (docs/spec.md, "Notes on the map").
 */
export function takesAgreement(element: ElementMap): boolean {
  return !isNoteKind(element.get('kind'));
}

/** Those of `ids` on the map that the room can vote on and agree (no notes). */
export function agreeableIds(doc: Y.Doc, ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const found = elementOf(doc, id);
    return found !== undefined && takesAgreement(found);
  });
}

/** Counts ballots; anything that is not a choice is not counted. */
export function countBallots(ballots: Iterable<unknown>): Tally {
  const tally: Tally = { agree: 0, disagree: 0, abstain: 0 };
  for (const ballot of ballots) if (isChoice(ballot)) tally[ballot]++;
  return tally;
}

/** The outcome a tally suggests: agreed when more agree than disagree, else disputed. */
export function suggestedOutcome(tally: Tally): 'agreed' | 'disputed' {
  return tally.agree > tally.disagree ? 'agreed' : 'disputed';
}

/**
 * Opens a vote on each element that exists, takes agreement and has none open yet (the
 * facilitator's act).
 */
export function openVote(doc: Y.Doc, origin: unknown, elementIds: readonly string[]): string[] {
  const { votes } = mapDoc(doc);
  const opened: string[] = [];
  doc.transact(() => {
    for (const id of elementIds) {
      const found = elementOf(doc, id);
      if (votes.has(id) || !found || !takesAgreement(found)) continue;
      votes.set(id, new Y.Map<string>());
      opened.push(id);
    }
  }, origin);
  return opened;
}

/** Records (or changes) one participant's vote; false when no vote is open on the element. */
export function castVote(
  doc: Y.Doc,
  origin: unknown,
  elementId: string,
  participantId: string,
  choice: VoteChoice,
): boolean {
  const ballots = mapDoc(doc).votes.get(elementId);
  if (!(ballots instanceof Y.Map)) return false;
  if (ballots.get(participantId) !== choice) {
    doc.transact(() => ballots.set(participantId, choice), origin);
  }
  return true;
}

/** Every open vote, by element id. */
export function readVotes(doc: Y.Doc): Map<string, OpenVote> {
  const open = new Map<string, OpenVote>();
  for (const [elementId, ballotsMap] of mapDoc(doc).votes) {
    if (!(ballotsMap instanceof Y.Map)) continue;
    const ballots: Record<string, VoteChoice> = {};
    for (const [participantId, choice] of ballotsMap) {
      if (isChoice(choice)) ballots[participantId] = choice;
    }
    open.set(elementId, { elementId, ballots, tally: countBallots(Object.values(ballots)) });
  }
  return open;
}

/**
 * Closes the votes on these elements and marks each with the outcome the facilitator chose:
 * the final tally is kept on the element, and an agreed element records when it was agreed.
 */
export function closeVote(
  doc: Y.Doc,
  origin: unknown,
  decisions: ReadonlyArray<{ elementId: string; outcome: ElementStatus }>,
  now: Date = new Date(),
): void {
  const { votes } = mapDoc(doc);
  doc.transact(() => {
    for (const { elementId, outcome } of decisions) {
      const ballots = votes.get(elementId);
      if (!(ballots instanceof Y.Map)) continue;
      const tally = countBallots(ballots.values());
      votes.delete(elementId);
      const element = elementOf(doc, elementId);
      if (!element) continue;
      element.set('tally', tally);
      markStatus(element, outcome, now);
    }
  }, origin);
}

/**
 * Sets an element's status (inside a transaction): becoming agreed records when, and
 * leaving agreed forgets it, so `agreedAt` always dates the agreement that holds.
 */
export function markStatus(element: ElementMap, status: ElementStatus, now: Date): void {
  const was = element.get('status');
  if (was !== status) element.set('status', status);
  if (status === 'agreed' && (was !== 'agreed' || !element.has('agreedAt'))) {
    element.set('agreedAt', now.toISOString());
  }
  if (status !== 'agreed' && element.has('agreedAt')) element.delete('agreedAt');
}
