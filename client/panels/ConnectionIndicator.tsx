import type { ConnectionStatus } from '../collab/useConnectionStatus.ts';

const TEXT: Record<ConnectionStatus, { label: string; hint: string }> = {
  connecting: { label: 'Connecting…', hint: 'Opening the map on the server.' },
  connected: { label: 'Connected', hint: 'Your changes reach everyone as you make them.' },
  reconnecting: {
    label: 'Reconnecting…',
    hint: 'The connection dropped. Keep working: your changes are kept and will sync.',
  },
  unsaved: {
    label: 'Not saving',
    hint: 'The server cannot save changes right now. Keep working: your changes are kept in this browser and will sync when it can.',
  },
  offline: {
    label: 'Offline',
    hint: 'The server cannot be reached. Your changes are kept here and will sync when it is back.',
  },
};

/** A small badge that says whether changes are reaching the others. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const { label, hint } = TEXT[status];
  return (
    <output className={`connection connection-${status}`} title={hint} data-status={status}>
      <span className="dot" aria-hidden="true" />
      {label}
    </output>
  );
}
