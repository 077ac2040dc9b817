import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type KeyboardEvent, memo, useState } from 'react';
import { useMapActions } from './MapActions.ts';
import type { BodyFlowNode } from './toFlow.ts';

/** A body on the canvas: its kind, its name (double-click to rename), and who has it selected. */
export const BodyNode = memo(function BodyNode({ id, data, selected }: NodeProps<BodyFlowNode>) {
  const { readOnly, rename } = useMapActions();
  const [draft, setDraft] = useState<string | null>(null);
  const ring = data.remoteSelectors[0];

  function commit() {
    if (draft !== null) rename(id, draft);
    setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: React Flow's node wrapper is the focusable element; double-click is a pointer shortcut for renaming
    <div
      className={`body-node kind-${data.kind} status-${data.status}${selected ? ' is-selected' : ''}`}
      style={ring ? { boxShadow: `0 0 0 3px ${ring.color}` } : undefined}
      onDoubleClick={() => !readOnly && setDraft(data.label)}
      data-testid="body-node"
    >
      <Handle type="target" position={Position.Top} />
      <div className="body-kind">{data.kindLabel}</div>
      {draft === null ? (
        <div className="body-label" title={readOnly ? data.label : 'Double-click to rename'}>
          {data.label}
        </div>
      ) : (
        <input
          className="body-label-input nodrag"
          aria-label="Name"
          value={draft}
          maxLength={500}
          // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      )}
      {data.remoteSelectors.length > 0 && (
        <div className="remote-selectors">
          {data.remoteSelectors.map((selector) => (
            <span key={selector.name + selector.color} style={{ background: selector.color }}>
              {selector.name}
            </span>
          ))}
        </div>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
