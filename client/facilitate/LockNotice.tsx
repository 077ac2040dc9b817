import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { LockIcon } from './LockIcon.tsx';
import './facilitate.css';

/**
 * For the inspector: says an element is locked. Others are told only the facilitator may
 * change it (its fields are then shown, not edited); the facilitator that they still can.
 */
export function LockNotice({ id }: { id: string }) {
  const { session, locked } = useWorkshop();
  if (!locked.has(id)) return null;
  const isOwner = session?.role === 'owner';
  return (
    <p className={`lock-notice${isOwner ? ' is-own' : ''}`} role="status" data-testid="lock-notice">
      <LockIcon />{' '}
      {isOwner
        ? 'Locked: others cannot change it. You still can, as the facilitator.'
        : 'Locked by the facilitator: only they can change it.'}
    </p>
  );
}
