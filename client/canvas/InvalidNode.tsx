import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { InvalidFlowNode } from './invalidFlow.ts';
import './invalid.css';

/**
 * An element the map cannot read, drawn where it was: what of it reads, marked as invalid,
 * with why in words (also in its name for screen readers, and in the inspector).
 */
export const InvalidNode = memo(function InvalidNode({
  data,
  selected,
}: NodeProps<InvalidFlowNode>) {
  return (
    <div className={`invalid-node${selected ? ' is-selected' : ''}`} data-testid="invalid-node">
      {/* Ends for the relationships drawn to it; nothing new connects to it. */}
      <Handle type="source" position={Position.Top} id="top" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="bottom" isConnectable={false} />
      <div className="invalid-head">
        <span className="invalid-mark" aria-hidden="true">
          ⚠
        </span>
        <span>Cannot be read</span>
      </div>
      <div className="invalid-label">{data.label}</div>
      {data.kindWritten && <div className="invalid-kind">Kind: {data.kindWritten}</div>}
      <div className="invalid-reason">{data.reason}</div>
    </div>
  );
});
