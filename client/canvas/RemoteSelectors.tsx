import type { RemoteSelector } from './toFlow.ts';

/** Name tags of the others who have this element selected. */
export function RemoteSelectors({ selectors }: { selectors: readonly RemoteSelector[] }) {
  if (selectors.length === 0) return null;
  return (
    <div className="remote-selectors">
      {selectors.map((selector) => (
        <span key={selector.name + selector.color} style={{ background: selector.color }}>
          {selector.name}
        </span>
      ))}
    </div>
  );
}
