import type { ElementStatus } from '../../shared/model/status.ts';

const ITEMS: ReadonlyArray<{ status: ElementStatus; name: string }> = [
  { status: 'agreed', name: 'Mark agreed' },
  { status: 'disputed', name: 'Mark disputed' },
  { status: 'proposed', name: 'Back to proposed' },
];

/** The status items of an element menu: agreed, disputed, back to proposed. */
export function StatusMenuItems({
  disabled,
  onStatus,
}: {
  disabled: boolean;
  onStatus: (status: ElementStatus) => void;
}) {
  return ITEMS.map(({ status, name }) => (
    <button
      key={status}
      type="button"
      role="menuitem"
      disabled={disabled}
      onClick={() => onStatus(status)}
    >
      <span className={`status-dot status-${status}`} aria-hidden="true" /> {name}
    </button>
  ));
}
