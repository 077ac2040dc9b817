import type { Tally, VoteChoice } from '../../shared/ydoc/votes.ts';

/** The words for each choice, in the order they are offered. */
export const CHOICE_LABEL: Record<VoteChoice, string> = {
  agree: 'Agree',
  disagree: 'Disagree',
  abstain: 'Abstain',
};

/** How many have voted. */
export function ballotCount(tally: Tally): number {
  return tally.agree + tally.disagree + tally.abstain;
}

/** A tally in words: "2 agree, 1 disagree, 0 abstain". */
export function tallyText(tally: Tally): string {
  return `${tally.agree} agree, ${tally.disagree} disagree, ${tally.abstain} abstain`;
}

/** "2 of 5 have voted"; "All 5 have voted" once no one else here could. */
export function turnoutText(voted: number, eligible: number): string {
  if (voted === 0) return 'No one has voted yet';
  if (eligible > voted) return `${voted} of ${eligible} have voted`;
  return voted === 1 ? '1 has voted' : `All ${voted} have voted`;
}

/**
 * How many may vote: those here who are not viewers, counted once however many tabs they
 * have open, and anyone who has voted and since left.
 */
export function eligibleVoters(
  present: ReadonlyArray<{ id: string; role: string }>,
  voters: Iterable<string>,
): number {
  const ids = new Set(present.filter((p) => p.role !== 'viewer').map((p) => p.id));
  for (const id of voters) ids.add(id);
  return ids.size;
}

/** When an element was agreed, in plain English: "2 March 2026 at 10:15". */
export function formatAgreedAt(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
