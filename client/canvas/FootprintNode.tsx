import { type NodeProps, NodeResizer } from '@xyflow/react';
import { memo } from 'react';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { useFarView } from './hooks/useFarView.ts';
import { useMapActions } from './MapActions.ts';
import { RemoteSelectors } from './RemoteSelectors.tsx';
import type { BodyFlowNode } from './toFlow.ts';
import { useInlineRename } from './useInlineRename.ts';

/**
 * A footprint (region, system, place, neighbourhood): a resizable container. Bodies dropped
 * inside belong to it and move with it; it is dragged by its header so the area inside stays
 * free for selecting and drawing. Zoomed out, its name grows with its size (docs/canvas.md)
 * so places read across a whole system, and its badges give way.
 */
export const FootprintNode = memo(function FootprintNode({
  id,
  data,
  selected,
}: NodeProps<BodyFlowNode>) {
  const { readOnly, resized } = useMapActions();
  const locked = useLockedForMe().has(id);
  const rename = useInlineRename(id, data.label);
  const far = useFarView();
  const ring = data.remoteSelectors[0];
  // While comparing with a saved version: added, changed, or a ghost of a removed footprint.
  const change = useWorkshop().changes.get(id);
  return (
    <div
      className={`footprint-node level-${data.kindLabel.toLowerCase()}${selected ? ' is-selected' : ''}${change ? ` change-${change}` : ''}${far ? ' is-far' : ''}`}
      style={ring ? { boxShadow: `0 0 0 3px ${ring.color}` } : undefined}
      data-testid="footprint-node"
      data-change={change}
    >
      <NodeResizer
        isVisible={selected && !readOnly && !locked}
        minWidth={220}
        minHeight={140}
        lineClassName="footprint-resize-line"
        handleClassName="footprint-resize-handle"
        onResizeEnd={(_event, params) => resized(id, params)}
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: double-click is a pointer shortcut for renaming */}
      <div className="footprint-header" onDoubleClick={rename.start}>
        <span className="footprint-level">{data.kindLabel}</span>
        {rename.draft === null ? (
          <span className="footprint-label">{data.label}</span>
        ) : (
          <input {...rename.inputProps} />
        )}
        {!far && <ElementBadges id={id} />}
      </div>
      <RemoteSelectors selectors={data.remoteSelectors} />
    </div>
  );
});
