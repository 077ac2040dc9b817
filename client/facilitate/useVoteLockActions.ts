import { lockElements, unlockElements } from '../../shared/ydoc/locks.ts';
import { agreeableIds, openVote } from '../../shared/ydoc/votes.ts';
import type { MapSession } from '../collab/useMapSession.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { type LockToggle, lockToggle } from './lockGuard.ts';
import { useDirectLocks } from './useDirectLocks.ts';

/** The facilitator's vote and lock acts on some elements, and whether each applies. */
export interface VoteLockActions {
  /** Those of the elements a vote means something for: not notes. */
  agreeable: string[];
  /** Those of the agreeable elements with no vote open yet. */
  votable: string[];
  openVote: () => void;
  lock: LockToggle;
  toggleLock: () => void;
}

/** Opening votes on, and locking or unlocking, these elements (the owner's acts). */
export function useVoteLockActions(
  session: MapSession,
  ids: readonly string[],
  onDone?: (message: string) => void,
): VoteLockActions {
  const { votes, locked, participantId } = useWorkshop();
  const direct = useDirectLocks(session.doc);
  const agreeable = agreeableIds(session.doc, ids);
  const votable = agreeable.filter((id) => !votes.has(id));
  const lock = lockToggle(ids, locked, direct);
  return {
    agreeable,
    votable,
    openVote: () => {
      const opened = openVote(session.doc, session.origin, votable);
      if (opened.length === 0) onDone?.('There is nothing selected to vote on.');
    },
    lock,
    toggleLock: () => {
      if (lock.action === 'lock') {
        lockElements(session.doc, session.origin, lock.ids, participantId);
      } else if (lock.action === 'unlock') {
        unlockElements(session.doc, session.origin, lock.ids);
      }
    },
  };
}
