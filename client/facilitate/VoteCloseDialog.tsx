import { useId, useState } from 'react';
import type { ElementStatus } from '../../shared/model/status.ts';
import { closeVote, suggestedOutcome } from '../../shared/ydoc/votes.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useMapState } from '../store/useMapStore.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { describeElement } from './describeElement.ts';
import { TallyBar } from './TallyBar.tsx';
import { ballotCount } from './voteTally.ts';

const OUTCOMES: ReadonlyArray<{ value: ElementStatus; label: string }> = [
  { value: 'agreed', label: 'Agreed' },
  { value: 'disputed', label: 'Disputed' },
  { value: 'proposed', label: 'Leave proposed' },
];

const SUGGESTED_TEXT = { agreed: 'agreed', disputed: 'disputed' } as const;

/**
 * The facilitator closes votes: for each element the final tally, the outcome it suggests,
 * and the choice of agreed, disputed or left proposed (the suggestion is chosen to start
 * with). Confirming closes them all in one step and keeps each tally on its element.
 */
export function VoteCloseDialog({
  session,
  elementIds,
  onDone,
}: {
  session: MapSession;
  elementIds: readonly string[];
  onDone: () => void;
}) {
  const { votes } = useWorkshop();
  // Read only while the dialog is open.
  const snapshot = useMapState((state) => state.snapshot);
  const titleId = useId();
  const [chosen, setChosen] = useState<Record<string, ElementStatus>>({});
  const stillOpen = elementIds.filter((id) => votes.has(id));
  const plural = elementIds.length === 1 ? '' : 's';

  const outcomeOf = (id: string): ElementStatus => {
    const tally = votes.get(id)?.tally;
    return chosen[id] ?? (tally ? suggestedOutcome(tally) : 'proposed');
  };

  const confirm = () => {
    closeVote(
      session.doc,
      session.origin,
      stillOpen.map((elementId) => ({ elementId, outcome: outcomeOf(elementId) })),
    );
    onDone();
  };

  return (
    <Dialog className="modal vote-close-dialog" labelledBy={titleId} onClose={onDone}>
      <h2 id={titleId}>Close the vote{plural}</h2>
      <p>
        Choose what the room decided. The final tally is kept on each element; an element marked
        agreed goes into the governance spec.
      </p>
      <ul className="vote-close-list">
        {elementIds.map((id) => {
          const vote = votes.get(id);
          const name = describeElement(snapshot, id);
          return (
            <li key={id} data-testid="vote-close-item">
              <fieldset disabled={!vote}>
                <legend>
                  <span className="vote-close-name">{name.name}</span>
                  <span className="vote-element-kind">{name.kind}</span>
                </legend>
                {vote ? (
                  <>
                    <TallyBar tally={vote.tally} />
                    <p className="vote-close-suggestion">
                      {ballotCount(vote.tally) === 0 ? 'No one has voted: ' : ''}
                      Suggested outcome:{' '}
                      <strong>{SUGGESTED_TEXT[suggestedOutcome(vote.tally)]}</strong>
                    </p>
                    <div className="vote-outcomes">
                      {OUTCOMES.map((outcome) => (
                        <label
                          key={outcome.value}
                          className={`vote-outcome vote-outcome-${outcome.value}`}
                        >
                          <input
                            type="radio"
                            name={`outcome-${id}`}
                            value={outcome.value}
                            checked={outcomeOf(id) === outcome.value}
                            onChange={() => setChosen((was) => ({ ...was, [id]: outcome.value }))}
                          />
                          {outcome.label}
                        </label>
                      ))}
                    </div>
                  </>
                ) : (
                  <p className="vote-close-suggestion">This vote has already been closed.</p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div className="row vote-close-buttons">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={confirm}
          disabled={stillOpen.length === 0}
        >
          Close vote{plural}
        </button>
      </div>
    </Dialog>
  );
}
