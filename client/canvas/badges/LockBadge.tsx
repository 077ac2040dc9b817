/** Marks an element only the facilitator may change. */
export function LockBadge() {
  return (
    <span className="lock-badge" title="Locked by the facilitator" role="img" aria-label="Locked">
      🔒
    </span>
  );
}
