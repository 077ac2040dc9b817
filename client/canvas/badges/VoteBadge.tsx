import type { OpenVote, VoteChoice } from '../../../shared/ydoc/votes.ts';
import '../../facilitate/facilitate.css';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

const PARTS: ReadonlyArray<{ choice: VoteChoice; mark: string }> = [
  { choice: 'agree', mark: '✔' },
  { choice: 'disagree', mark: '✖' },
  { choice: 'abstain', mark: '–' },
];

/**
 * The live tally of an open vote on an element. Someone who may vote sees their own choice
 * ringed, or a dot while they have not voted; viewers see the tally only.
 */
export function VoteBadge({ vote }: { vote: OpenVote }) {
  const { session, participantId } = useWorkshop();
  const mayVote = session !== null && session.role !== 'viewer';
  const mine = mayVote ? vote.ballots[participantId] : undefined;
  const { agree, disagree, abstain } = vote.tally;
  const yours = !mayVote ? '' : mine ? ` You voted ${mine}.` : ' You have not voted yet.';
  return (
    <span
      className={`vote-badge${mayVote && !mine ? ' is-awaiting' : ''}`}
      data-testid="vote-tally"
      data-mine={mine ?? ''}
      title={`Vote open: ${agree} agree, ${disagree} disagree, ${abstain} abstain.${yours}`}
    >
      <span className="vote-badge-label">Vote</span>
      {PARTS.map(({ choice, mark }) => (
        <span
          key={choice}
          className={`vote-badge-part vote-badge-${choice}${mine === choice ? ' is-mine' : ''}`}
        >
          <span aria-hidden="true">{mark}</span> {vote.tally[choice]}
        </span>
      ))}
    </span>
  );
}
