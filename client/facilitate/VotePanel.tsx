import { memo, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { castVote, type OpenVote, VOTE_CHOICES, type VoteChoice } from '../../shared/ydoc/votes.ts';
import { sameItems, useMapSlice } from '../panels/useMapSlice.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { describeElement, type ElementDescription } from './describeElement.ts';
import { usePresentPeers } from './PresenceProvider.tsx';
import { TallyBar } from './TallyBar.tsx';
import { VoteCloseDialog } from './VoteCloseDialog.tsx';
import { ballotCount, CHOICE_LABEL, eligibleVoters, turnoutText } from './voteTally.ts';
import './facilitate.css';

const GONE: ElementDescription = { name: 'A removed element', kind: '', exists: false };

/**
 * The open votes, floating over the canvas while there are any: each element's live tally
 * and turnout, this participant's choice (owner and editors may vote and change their mind;
 * viewers watch), and for the facilitator the way to close them.
 */
export const VotePanel = memo(function VotePanel({
  onFocus,
}: {
  /** Shows an element on the canvas. */
  onFocus: (id: string) => void;
}) {
  const { session, votes, participantId } = useWorkshop();
  const peers = usePresentPeers();
  const [collapsed, setCollapsed] = useState(false);
  const [closing, setClosing] = useState<string[] | null>(null);
  // Only the names of the elements voted on: a change to any other element re-renders nothing.
  const names = useMapSlice(
    (state) => [...votes.values()].map((vote) => describeElement(state.snapshot, vote.elementId)),
    sameItems,
  );
  const open = useMemo(
    () =>
      [...votes.values()]
        .map((vote, at) => ({ vote, name: names[at] ?? GONE }))
        .sort((a, b) => a.name.name.localeCompare(b.name.name)),
    [votes, names],
  );
  const present = useMemo(() => peers.map((p) => ({ id: p.user.id, role: p.user.role })), [peers]);
  if (!session || open.length === 0) return null;
  const isOwner = session.role === 'owner';
  const mayVote = session.role !== 'viewer';
  const plural = open.length === 1 ? '' : 's';

  return (
    <section className="vote-panel" aria-label="Open votes" data-testid="vote-panel">
      <header className="vote-panel-head">
        <h2>
          {open.length} vote{plural} open
        </h2>
        {!mayVote && (
          <span className="vote-panel-hint">You are viewing: votes are cast by the others</span>
        )}
        <div className="spacer" />
        {isOwner && (
          <button
            type="button"
            className="primary"
            onClick={() => setClosing(open.map(({ vote }) => vote.elementId))}
          >
            Close vote{plural}…
          </button>
        )}
        <button
          type="button"
          className="vote-panel-toggle"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed((was) => !was)}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {!collapsed && (
        <ul className="vote-list">
          {open.map(({ vote, name }) => (
            <VoteRow
              key={vote.elementId}
              vote={vote}
              name={name.name}
              kind={name.kind}
              exists={name.exists}
              eligible={eligibleVoters(present, Object.keys(vote.ballots))}
              mine={vote.ballots[participantId]}
              mayVote={mayVote}
              isOwner={isOwner}
              onVote={(choice) =>
                castVote(session.doc, session.origin, vote.elementId, participantId, choice)
              }
              onFocus={() => onFocus(vote.elementId)}
              onClose={() => setClosing([vote.elementId])}
            />
          ))}
        </ul>
      )}
      {closing &&
        // Portalled: the dialog covers the page, not just the canvas the panel floats over.
        createPortal(
          <VoteCloseDialog
            session={session}
            elementIds={closing}
            onDone={() => setClosing(null)}
          />,
          document.body,
        )}
    </section>
  );
});

function VoteRow({
  vote,
  name,
  kind,
  exists,
  eligible,
  mine,
  mayVote,
  isOwner,
  onVote,
  onFocus,
  onClose,
}: {
  vote: OpenVote;
  name: string;
  kind: string;
  exists: boolean;
  eligible: number;
  mine: VoteChoice | undefined;
  mayVote: boolean;
  isOwner: boolean;
  onVote: (choice: VoteChoice) => void;
  onFocus: () => void;
  onClose: () => void;
}) {
  return (
    <li className="vote-row" data-testid="vote-row" data-element-id={vote.elementId}>
      <div className="vote-row-head">
        {exists ? (
          <button
            type="button"
            className="vote-element"
            onClick={onFocus}
            title="Show it on the map"
          >
            {name}
          </button>
        ) : (
          <span className="vote-element is-missing">{name}</span>
        )}
        <span className="vote-element-kind">{kind}</span>
        <span className="vote-turnout" data-testid="vote-turnout">
          {turnoutText(ballotCount(vote.tally), eligible)}
        </span>
      </div>
      <TallyBar tally={vote.tally} />
      {(mayVote && exists) || isOwner ? (
        <div className="vote-row-actions">
          {mayVote && exists && (
            // biome-ignore lint/a11y/useSemanticElements: a row of choice buttons, not a form
            <div className="vote-choices" role="group" aria-label={`Your vote on ${name}`}>
              {VOTE_CHOICES.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className={`vote-choice vote-choice-${choice}`}
                  aria-pressed={mine === choice}
                  onClick={() => mine !== choice && onVote(choice)}
                >
                  {CHOICE_LABEL[choice]}
                </button>
              ))}
            </div>
          )}
          {mayVote && exists && (
            <span className="vote-mine" aria-live="polite">
              {mine ? `You voted ${CHOICE_LABEL[mine].toLowerCase()}` : 'You have not voted'}
            </span>
          )}
          {isOwner && (
            <button type="button" className="vote-close-one" onClick={onClose}>
              Close…
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
