import type { OpenVote } from '../../../shared/ydoc/votes.ts';

/** The live tally of an open vote on an element. */
export function VoteBadge({ vote }: { vote: OpenVote }) {
  const { agree, disagree, abstain } = vote.tally;
  return (
    <span
      className="vote-badge"
      data-testid="vote-tally"
      title={`Vote open: ${agree} agree, ${disagree} disagree, ${abstain} abstain`}
    >
      ✔ {agree} · ✖ {disagree} · – {abstain}
    </span>
  );
}
