import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { FarCommentCount } from './badges/FarCommentCount.tsx';
import { useFarView } from './hooks/useFarView.ts';
import { BODY_STYLE } from './kindStyles.ts';
import { RemoteSelectors } from './RemoteSelectors.tsx';
import type { BodyFlowNode } from './toFlow.ts';
import { useInlineRename } from './useInlineRename.ts';

const STATUS_TEXT = { proposed: 'Proposed', agreed: 'Agreed', disputed: 'Disputed' } as const;

/**
 * A body on the canvas: kind badge, statutory mark, name (double-click to rename),
 * governance model, a few facts, its agreement status, and who else has it selected.
 * Zoomed out (docs/canvas.md), only a block in its kind's colour with its name, large (and
 * its status and open comment threads, as large).
 */
export const BodyNode = memo(function BodyNode({
  id,
  data,
  selected,
  isConnectable,
}: NodeProps<BodyFlowNode>) {
  const rename = useInlineRename(id, data.label);
  const far = useFarView();
  const style = BODY_STYLE[data.kind];
  const ring = data.remoteSelectors[0];
  // While comparing with a saved version: added, changed, or a ghost of a removed body.
  const change = useWorkshop().changes.get(id);
  const classes = [
    'body-node',
    `status-${data.status}`,
    selected ? 'is-selected' : '',
    data.dimmed ? 'is-dimmed' : '',
    data.flag ? `has-${data.flag}` : '',
    change ? `change-${change}` : '',
    far ? 'is-far' : '',
  ].join(' ');
  const name =
    rename.draft === null ? (
      <div className="body-label" title={rename.readOnly ? data.label : 'Double-click to rename'}>
        {data.label}
      </div>
    ) : (
      <input {...rename.inputProps} />
    );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: React Flow's node wrapper is the focusable element; double-click is a pointer shortcut for renaming
    <div
      className={classes}
      style={{
        ['--kind-color' as string]: style.color,
        ['--kind-tint' as string]: style.tint,
        ['--kind-ink' as string]: style.ink,
        boxShadow: ring ? `0 0 0 3px ${ring.color}` : undefined,
      }}
      onDoubleClick={rename.start}
      data-testid="body-node"
      data-kind={data.kind}
      data-status={data.status}
      data-change={change}
    >
      {far ? (
        <>
          {/* One hidden handle, which React Flow needs to draw this body's relationships. */}
          <Handle type="source" position={Position.Top} id="top" isConnectable={false} />
          {name}
          {/* What the room agreed stays readable from the back of the room. */}
          {data.status !== 'proposed' && (
            <div className={`status-flag status-flag-${data.status}`}>
              {STATUS_TEXT[data.status]}
            </div>
          )}
          <FarCommentCount id={id} />
        </>
      ) : (
        <>
          {/* Handles connect only where the canvas allows it (not for viewers, nor on a version). */}
          <Handle type="source" position={Position.Top} id="top" isConnectable={isConnectable} />
          <Handle
            type="source"
            position={Position.Right}
            id="right"
            isConnectable={isConnectable}
          />
          <Handle
            type="source"
            position={Position.Bottom}
            id="bottom"
            isConnectable={isConnectable}
          />
          <Handle type="source" position={Position.Left} id="left" isConnectable={isConnectable} />
          <div className="body-head">
            <span className="kind-badge">{data.short}</span>
            <span className="body-kind">{data.kindLabel}</span>
            {data.statutory && (
              <span
                className="statutory"
                title="Statutory body: can hold functions and money in law"
              >
                §
              </span>
            )}
          </div>
          {name}
          {data.governance && <div className="body-governance">{data.governance}</div>}
          {data.facts.length > 0 && <div className="body-facts">{data.facts.join(' · ')}</div>}
          {data.status !== 'proposed' && (
            <div className={`status-flag status-flag-${data.status}`}>
              {STATUS_TEXT[data.status]}
            </div>
          )}
          {data.flag && (
            <span
              className={`problem-badge problem-${data.flag}`}
              title={
                data.flag === 'error' ? 'Breaks a rule: see Problems' : 'A warning: see Problems'
              }
            >
              {data.flag === 'error' ? '✖' : '!'}
            </span>
          )}
          {data.unreadable && (
            <span className="unreadable-badge" title={`A field cannot be read: ${data.unreadable}`}>
              ⚠ Field unreadable
            </span>
          )}
          <ElementBadges id={id} />
        </>
      )}
      <RemoteSelectors selectors={data.remoteSelectors} />
    </div>
  );
});
