import type { MapSession } from '../collab/useMapSession.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { LockIcon } from './LockIcon.tsx';
import { useVoteLockActions } from './useVoteLockActions.ts';
import { VoteIcon } from './VoteIcon.tsx';

/** The facilitator's items in an element's right-click menu: open a vote, lock or unlock. */
export function FacilitateMenuItems({
  ids,
  onDone,
}: {
  ids: readonly string[];
  /** Closes the menu. */
  onDone: () => void;
}) {
  const { session } = useWorkshop();
  if (session?.role !== 'owner') return null;
  return <OwnerItems session={session} ids={ids} onDone={onDone} />;
}

function OwnerItems({
  session,
  ids,
  onDone,
}: {
  session: MapSession;
  ids: readonly string[];
  onDone: () => void;
}) {
  const actions = useVoteLockActions(session, ids);
  const { lock } = actions;
  return (
    <>
      <hr />
      <div className="menu-title">Facilitate</div>
      {/* A note is not voted on: a menu on notes alone offers no vote. */}
      {actions.agreeable.length > 0 && (
        <button
          type="button"
          role="menuitem"
          disabled={actions.votable.length === 0}
          title={actions.votable.length === 0 ? 'A vote is already open' : undefined}
          onClick={() => {
            actions.openVote();
            onDone();
          }}
        >
          <VoteIcon /> Open vote
        </button>
      )}
      <button
        type="button"
        role="menuitem"
        disabled={lock.action === 'none'}
        title={lock.action === 'none' ? lock.reason : undefined}
        onClick={() => {
          actions.toggleLock();
          onDone();
        }}
      >
        <LockIcon open={lock.action === 'unlock'} />
        {lock.action === 'unlock' ? 'Unlock' : 'Lock'}
      </button>
    </>
  );
}
