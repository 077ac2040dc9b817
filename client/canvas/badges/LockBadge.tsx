import { LockIcon } from '../../facilitate/LockIcon.tsx';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import '../../facilitate/facilitate.css';

/** Marks an element only the facilitator may change; tells the facilitator they still can. */
export function LockBadge() {
  const { session } = useWorkshop();
  const isOwner = session?.role === 'owner';
  return (
    <span
      className={`lock-badge${isOwner ? ' is-own' : ''}`}
      data-testid="lock-badge"
      title={
        isOwner
          ? 'Locked: only you, the facilitator, can change it'
          : 'Locked by the facilitator: it cannot be changed'
      }
      role="img"
      aria-label="Locked"
    >
      <LockIcon size={11} />
      <span className="lock-badge-text">Locked</span>
    </span>
  );
}
