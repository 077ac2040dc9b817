import type { MapSession } from '../collab/useMapSession.ts';
import { useSelection } from '../panels/selectionStore.ts';
import { useMapSlice } from '../panels/useMapSlice.ts';
import { FacilitatorSection } from './FacilitatorSection.tsx';
import { LockIcon } from './LockIcon.tsx';
import { useVoteLockActions } from './useVoteLockActions.ts';
import { VoteIcon } from './VoteIcon.tsx';

function count(n: number, one: string, many: string): string {
  return n === 1 ? `the ${one}` : `the ${n} ${many}`;
}

/** The facilitator bar's vote and lock buttons, working on the canvas selection. */
export function VoteLockControls({
  session,
  onNotice,
}: {
  session: MapSession;
  onNotice: (message: string) => void;
}) {
  const selection = useSelection();
  // The selected ids still on the map: a change elsewhere on the map re-renders nothing here.
  const ids = useMapSlice((state) =>
    selection.filter((id) => state.nodeById.has(id) || state.edgeById.has(id)),
  );
  const actions = useVoteLockActions(session, ids, onNotice);
  const { lock, votable } = actions;

  return (
    <FacilitatorSection label="Votes and locks">
      <button
        type="button"
        onClick={actions.openVote}
        disabled={votable.length === 0}
        title={
          ids.length === 0
            ? 'Select the elements to vote on, then open a vote'
            : votable.length === 0
              ? 'A vote is already open on the selection'
              : `Ask everyone to vote on ${count(votable.length, 'selected element', 'selected elements')}`
        }
      >
        <VoteIcon />
        Open vote
      </button>
      <button
        type="button"
        className="lock-toggle"
        onClick={actions.toggleLock}
        disabled={lock.action === 'none'}
        title={
          lock.action === 'none'
            ? lock.reason
            : lock.action === 'lock'
              ? `Lock ${count(lock.ids.length, 'selected element', 'selected elements')}: only you can then change ${lock.ids.length === 1 ? 'it' : 'them'}`
              : `Unlock ${count(lock.ids.length, 'selected element', 'selected elements')}: everyone can change ${lock.ids.length === 1 ? 'it' : 'them'} again`
        }
      >
        <LockIcon open={lock.action === 'unlock'} />
        {lock.action === 'unlock' ? 'Unlock' : 'Lock'}
      </button>
    </FacilitatorSection>
  );
}
