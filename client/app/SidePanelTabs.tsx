import { type KeyboardEvent, type ReactNode, useRef } from 'react';

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

const tabId = (tab: SidePanelTab) => `side-tab-${tab}`;
const panelId = (tab: SidePanelTab) => `side-panel-${tab}`;

// Arrow keys move between tabs and select them (automatic activation, as in the ARIA
// Authoring Practices' tabs pattern): the panels are cheap to show.
const STEP: Record<string, (index: number) => number> = {
  ArrowRight: (index) => (index + 1) % TABS.length,
  ArrowLeft: (index) => (index - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
};

/**
 * The right-hand column's tab bar, with counts on the tabs that have them: a tab widget
 * with one Tab stop, the arrow keys, Home and End moving between tabs.
 */
export function SidePanelTabs({
  tab,
  onTab,
  counts,
}: {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  counts: Partial<Record<SidePanelTab, TabCount>>;
}) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = TABS[step(TABS.findIndex(({ id }) => id === tab))];
    if (!next) return;
    onTab(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label="Side panel" ref={list} onKeyDown={onKeyDown}>
      {TABS.map(({ id, label }) => {
        const count = counts[id];
        return (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={panelId(id)}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTab(id)}
          >
            {label}
            {count && (
              <span className={`tab-count${count.alert ? ' has-errors' : ''}`}>
                <span className="visually-hidden">, </span>
                {count.count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

/** The panel of the selected side tab, named by its tab. */
export function SidePanel({ tab, children }: { tab: SidePanelTab; children: ReactNode }) {
  return (
    <div
      className="side-panel"
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the tabs pattern puts a panel in the Tab order so its content is reached next
      tabIndex={0}
    >
      {children}
    </div>
  );
}
