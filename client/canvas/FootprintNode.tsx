import { type NodeProps, NodeResizer } from '@xyflow/react';
import { memo, useRef } from 'react';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { bodyName } from './bodyView.ts';
import { useRemoteSelectors } from './elementMarks.ts';
import { useFarView } from './hooks/useFarView.ts';
import { useElementChange, useShownBody, useUnreadable } from './hooks/useShownBody.ts';
import { useWrapperLabel } from './hooks/useWrapperLabel.ts';
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
  selected,
}: NodeProps<BodyFlowNode>) {
  const { readOnly, resized } = useMapActions();
  const body = useShownBody(id);
  const root = useRef<HTMLDivElement>(null);
  const locked = useLockedForMe().has(id);
  const label = body?.record.label ?? '';
  const kindLabel = body?.view.kindLabel ?? '';
  const rename = useInlineRename(id, label);
  const far = useFarView();
  const selectors = useRemoteSelectors(id);
  const unreadable = useUnreadable(id);
  const ring = selectors[0];
  // While comparing with a saved version: added, changed, or a ghost of a removed footprint.
  const change = useElementChange(id);
  useWrapperLabel(
    root,
    '.react-flow__node',
    body ? bodyName(body.record, kindLabel, locked, unreadable) : '',
  );
  return (
    <div
      ref={root}
      className={`footprint-node level-${kindLabel.toLowerCase()}${selected ? ' is-selected' : ''}${change ? ` change-${change}` : ''}${far ? ' is-far' : ''}`}
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
        <span className="footprint-level">{kindLabel}</span>
        {rename.draft === null ? (
          <span className="footprint-label">{label}</span>
        ) : (
          <input {...rename.inputProps} />
        )}
        {!far && <ElementBadges id={id} />}
      </div>
      <RemoteSelectors selectors={selectors} />
    </div>
  );
});
