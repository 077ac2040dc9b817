import { useEffect, useRef } from 'react';
import type { NodeKind } from '../../shared/model/bodyKinds.ts';
import {
  RELATIONSHIP_KIND_LABEL,
  type RelationshipKind,
} from '../../shared/model/relationshipKinds.ts';
import { relationshipChoices } from '../../shared/model/relationshipRules.ts';
import { useKeepInside } from '../ui/useKeepInside.ts';
import { useMenuKeys } from '../ui/useMenuKeys.ts';
import { RelationshipSwatch } from './RelationshipSwatch.tsx';

/** A connection the user has drawn but not yet given a kind. */
export interface PendingConnection {
  source: { id: string; kind: NodeKind; label: string };
  target: { id: string; kind: NodeKind; label: string };
  /** Where to show the menu, in the canvas's own pixels. */
  at: { x: number; y: number };
}

/**
 * Asks which kind of relationship a new connection is: the kinds whose ends fit are
 * offered; the others are listed, disabled, with the reason they do not fit.
 */
export function ConnectMenu({
  pending,
  onChoose,
  onCancel,
}: {
  pending: PendingConnection;
  onChoose: (kind: RelationshipKind) => void;
  onCancel: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const choices = relationshipChoices(pending.source.kind, pending.target.kind);
  const fitting = choices.filter((c) => c.fit.ok);
  const refused = choices.filter((c) => !c.fit.ok);

  const keys = useMenuKeys(menu, onCancel, false);
  useKeepInside(menu, 'parent', pending.at);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  return (
    <div
      ref={menu}
      className="floating-menu connect-menu"
      role="menu"
      aria-label="Kind of relationship"
      onKeyDown={keys}
    >
      <div className="menu-title">
        <strong>{pending.source.label}</strong> → <strong>{pending.target.label}</strong>
      </div>
      {fitting.length === 0 && <p className="muted">No kind of relationship fits these two.</p>}
      {fitting.map(({ kind }) => (
        <button key={kind} type="button" role="menuitem" onClick={() => onChoose(kind)}>
          <RelationshipSwatch kind={kind} width={28} />
          {RELATIONSHIP_KIND_LABEL[kind]}
        </button>
      ))}
      {refused.length > 0 && (
        <details className="refused">
          <summary>Why not the others?</summary>
          <ul>
            {refused.map(({ kind, fit }) => (
              <li key={kind}>{fit.ok ? '' : fit.reason}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="menu-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
