import { useId, useMemo, useState } from 'react';
import { BODY_KIND_INFO, type BodyKind } from '../../shared/model/bodyKinds.ts';
import {
  RELATIONSHIP_KIND_LABEL,
  type RelationshipKind,
} from '../../shared/model/relationshipKinds.ts';
import { relationshipChoices } from '../../shared/model/relationshipRules.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { useShownMap } from '../store/useShownMap.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { RelationshipSwatch } from './RelationshipSwatch.tsx';

/** The bodies a relationship from `source` can go to, each with the kinds that fit. */
function targetsFor(source: NodeRecord, nodes: readonly NodeRecord[]) {
  return nodes
    .filter((node) => node.id !== source.id && node.kind !== 'footprint')
    .map((node) => ({
      node,
      kinds: relationshipChoices(source.kind, node.kind)
        .filter((choice) => choice.fit.ok)
        .map((choice) => choice.kind),
    }))
    .filter((target) => target.kinds.length > 0)
    .sort((a, b) => a.node.label.localeCompare(b.node.label));
}

/**
 * "Connect to…": drawing a relationship without a mouse. Search the bodies a relationship
 * from this one can go to, choose one, then choose among the kinds that fit the two.
 */
export function ConnectToDialog({
  source,
  onConnect,
  onClose,
}: {
  source: NodeRecord;
  onConnect: (targetId: string, kind: RelationshipKind) => void;
  onClose: () => void;
}) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const [targetId, setTargetId] = useState<string | null>(null);
  // While open, the choice follows the map: bodies others add or remove come and go.
  const nodes = useShownMap((state) => state.snapshot.nodes);
  const targets = useMemo(() => targetsFor(source, nodes), [source, nodes]);
  const needle = query.trim().toLowerCase();
  const shown = targets.filter(
    ({ node }) =>
      !needle ||
      `${node.label} ${BODY_KIND_INFO[node.kind as BodyKind]?.label ?? ''}`
        .toLowerCase()
        .includes(needle),
  );
  const target = targets.find(({ node }) => node.id === targetId);

  return (
    <Dialog className="modal connect-to-dialog" labelledBy={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`}>Connect {source.label} to…</h2>
      {target ? (
        <>
          <p>
            What is <strong>{source.label}</strong> to <strong>{target.node.label}</strong>?
          </p>
          <ul className="connect-to-list" aria-label="Kinds of relationship that fit">
            {target.kinds.map((kind) => (
              <li key={kind}>
                <button type="button" onClick={() => onConnect(target.node.id, kind)}>
                  <RelationshipSwatch kind={kind} width={28} />
                  {source.label} {RELATIONSHIP_KIND_LABEL[kind]} {target.node.label}
                </button>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => setTargetId(null)}>
              Back to the bodies
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <label htmlFor={`${ids}-search`}>Search the bodies it can connect to</label>
          <input
            id={`${ids}-search`}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={`${ids}-count`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${ids}-count`} className="muted" aria-live="polite">
            {shown.length === 1 ? '1 body' : `${shown.length} bodies`}
          </p>
          <ul className="connect-to-list" aria-label="Bodies">
            {shown.map(({ node }) => (
              <li key={node.id}>
                <button type="button" onClick={() => setTargetId(node.id)}>
                  <strong>{node.label}</strong>
                  <span className="muted"> {BODY_KIND_INFO[node.kind as BodyKind]?.label}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
