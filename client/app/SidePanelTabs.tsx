/** The tabs of the right-hand column. */
export type SidePanelTab = 'details' | 'problems' | 'versions' | 'comments';

const TABS: ReadonlyArray<{ id: SidePanelTab; label: string }> = [
  { id: 'details', label: 'Details' },
  { id: 'problems', label: 'Problems' },
  { id: 'versions', label: 'Versions' },
  { id: 'comments', label: 'Comments' },
];

/** A count shown on a tab; `alert` marks it in red (e.g. errors among the problems). */
export interface TabCount {
  count: number;
  alert?: boolean;
}

/** The right-hand column's tab bar, with counts on the tabs that have them. */
export function SidePanelTabs({
  tab,
  onTab,
  counts,
}: {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  counts: Partial<Record<SidePanelTab, TabCount>>;
}) {
  return (
    <div className="tabs" role="tablist" aria-label="Side panel">
      {TABS.map(({ id, label }) => {
        const count = counts[id];
        return (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            onClick={() => onTab(id)}
          >
            {label}
            {count && (
              <span className={`tab-count${count.alert ? ' has-errors' : ''}`}>{count.count}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}
