import { memo } from 'react';
import type { CommentThread } from '../../shared/ydoc/comments.ts';
import { useFindingsState } from '../panels/findingsStore.ts';
import { type SidePanelTab, SidePanelTabs } from './SidePanelTabs.tsx';

/**
 * The side panel's tabs with the map's counts: problems (red while any is an error) and open
 * comment threads. The counts are read here, so a change of findings re-renders the tabs only.
 */
export const MapSidePanelTabs = memo(function MapSidePanelTabs({
  tab,
  onTab,
  threads,
}: {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  threads: readonly CommentThread[];
}) {
  const errors = useFindingsState((state) => state.errors.length);
  const warnings = useFindingsState((state) => state.warnings.length);
  return (
    <SidePanelTabs
      tab={tab}
      onTab={onTab}
      counts={{
        problems: { count: errors + warnings, alert: errors > 0 },
        comments: { count: threads.filter((thread) => !thread.resolved).length },
      }}
    />
  );
});
