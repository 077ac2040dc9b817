import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useRef } from 'react';
import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { FarCommentCount } from './badges/FarCommentCount.tsx';
import { bodyName } from './bodyView.ts';
import { useElementMarks, useFlag, useRemoteSelectors } from './elementMarks.ts';
import { useFarRaised } from './hooks/useFarRaised.ts';
import { useFarRenaming } from './hooks/useFarRenaming.ts';
import { useFarView } from './hooks/useFarView.ts';
import { useElementChange, useShownBody, useUnreadable } from './hooks/useShownBody.ts';
import { useWrapperDoubleClick } from './hooks/useWrapperDoubleClick.ts';
import { useWrapperLabel } from './hooks/useWrapperLabel.ts';
import { BODY_STYLE } from './kindStyles.ts';
import { RemoteSelectors } from './RemoteSelectors.tsx';
import { sameCardProps } from './sameCardProps.ts';
import { type BodyFlowNode, bodyShown } from './toFlow.ts';
import { useInlineRename } from './useInlineRename.ts';

const STATUS_TEXT = { proposed: 'Proposed', agreed: 'Agreed', disputed: 'Disputed' } as const;

/**
 * Zoomed out, the one hidden handle React Flow needs to draw this body's relationships: it
 * finds a node's handles in the page by their class and data attributes when it measures the
 * node. Not React Flow's `Handle`, which connects nothing here but would read React Flow's
 * store on every change of it, two thousand times over on a whole system.
 */
function FarHandle() {
  return (
    <div
      className="react-flow__handle react-flow__handle-top source"
      data-handleid="top"
      data-handlepos="top"
    />
  );
}

/**
 * A body on the canvas: kind badge, statutory mark, name (double-click to rename),
 * governance model, a few facts, its agreement status, and who else has it selected.
 * Zoomed out (docs/canvas.md), only a block in its kind's colour with its name, large (and
 * its status and open comment threads, as large).
 */
export const BodyNode = memo(function BodyNode({
  id,
  selected,
  isConnectable,
}: NodeProps<BodyFlowNode>) {
  const body = useShownBody(id);
  const root = useRef<HTMLDivElement>(null);
  const rename = useInlineRename(id, body?.record.label ?? '');
  const far = useFarView();
  const selectors = useRemoteSelectors(id);
  // Zoomed out, the canvas paints the validator's flag (FarBlockCanvas.tsx reads the flags
  // itself): a check's findings then draw no card again.
  const flag = useFlag(id, !far);
  const unreadable = useUnreadable(id);
  const dimmed = useElementMarks((marks) => (body ? !bodyShown(body.record, marks.filter) : false));
  // While comparing with a saved version: added, changed, or a ghost of a removed body.
  const change = useElementChange(id);
  const locked = useLockedForMe().has(id);
  useWrapperLabel(
    root,
    '.react-flow__node',
    body ? bodyName(body.record, body.view.kindLabel, locked, unreadable) : '',
  );
  // Zoomed out the card takes no pointer events (docs/canvas.md): React Flow's wrapper does.
  useWrapperDoubleClick(root, far ? rename.start : undefined);
  // Zoomed out, the block, name and status are painted on the canvas (FarBlockCanvas.tsx),
  // from the map itself; while the card's own field shows the name, the canvas paints none.
  useFarRenaming(id, far && rename.draft !== null);
  // Zoomed out, the canvas lies over the cards: one that draws its selection, another's ring
  // or a rename's input over its block is raised over it.
  useFarRaised(root, 'marked', far && (selected || selectors.length > 0 || rename.draft !== null));
  if (!body) return null;
  const { record, view } = body;
  const style = BODY_STYLE[record.kind as BodyKind];
  const ring = selectors[0];
  const classes = [
    'body-node',
    `status-${record.status}`,
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
    flag ? `has-${flag}` : '',
    change ? `change-${change}` : '',
    far ? 'is-far' : '',
  ].join(' ');
  const name =
    rename.draft === null ? (
      <div className="body-label" title={rename.readOnly ? record.label : 'Double-click to rename'}>
        {record.label}
      </div>
    ) : (
      <input {...rename.inputProps} />
    );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: React Flow's node wrapper is the focusable element; double-click is a pointer shortcut for renaming
    <div
      ref={root}
      className={classes}
      style={{
        ['--kind-color' as string]: style.color,
        ['--kind-tint' as string]: style.tint,
        ['--kind-ink' as string]: style.ink,
        boxShadow: ring ? `0 0 0 3px ${ring.color}` : undefined,
      }}
      onDoubleClick={rename.start}
      data-testid="body-node"
      data-kind={record.kind}
      data-status={record.status}
      data-change={change}
    >
      {far ? (
        <>
          <FarHandle />
          {/* Kept for its height and for screen readers: the canvas paints it, and the status. */}
          {name}
          <FarCommentCount id={id} card={root} />
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
            <span className="kind-badge">{view.short}</span>
            <span className="body-kind">{view.kindLabel}</span>
            {view.statutory && (
              <span
                className="statutory"
                title="Statutory body: can hold functions and money in law"
              >
                §
              </span>
            )}
          </div>
          {name}
          {view.governance && <div className="body-governance">{view.governance}</div>}
          {view.facts.length > 0 && <div className="body-facts">{view.facts.join(' · ')}</div>}
          {record.status !== 'proposed' && (
            <div className={`status-flag status-flag-${record.status}`}>
              {STATUS_TEXT[record.status]}
            </div>
          )}
          {flag && (
            <span
              className={`problem-badge problem-${flag}`}
              title={flag === 'error' ? 'Breaks a rule: see Problems' : 'A warning: see Problems'}
            >
              {flag === 'error' ? '✖' : '!'}
            </span>
          )}
          {unreadable && (
            <span className="unreadable-badge" title={`A field cannot be read: ${unreadable}`}>
              ⚠ Field unreadable
            </span>
          )}
          <ElementBadges id={id} />
        </>
      )}
      <RemoteSelectors selectors={selectors} />
    </div>
  );
}, sameCardProps);
