import { useEffect, useState } from 'react';
import { setViewersMayComment } from '../../shared/ydoc/facilitation.ts';
import {
  ApiError,
  fetchMapLinks,
  type RoleLinks,
  type RotatableRole,
  rotateLink,
} from '../app/api.ts';
import { CopyLink } from '../app/CopyLink.tsx';
import type { MapSession } from '../collab/useMapSession.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useViewersMayComment } from './useViewersMayComment.ts';
import './share.css';

type Links =
  | { state: 'loading' }
  | { state: 'ready'; links: RoleLinks }
  | { state: 'failed'; message: string };

const ROWS: ReadonlyArray<{ role: keyof RoleLinks; name: string; help: string }> = [
  { role: 'owner', name: 'facilitator', help: 'Keep private: it controls the map.' },
  { role: 'editor', name: 'editor', help: 'For participants who draw and change the map.' },
  { role: 'viewer', name: 'viewer', help: 'For people who read the map, and comment if allowed.' },
];

const FAILURES = {
  show: {
    unreachable: 'The links cannot be shown while the server cannot be reached.',
    other: 'The links could not be fetched.',
  },
  rotate: {
    unreachable: 'A new link cannot be made while the server cannot be reached.',
    other: 'The new link could not be made.',
  },
};

function explain(error: unknown, attempt: keyof typeof FAILURES): string {
  if (!(error instanceof ApiError)) return FAILURES[attempt].other;
  if (error.status === 0) return FAILURES[attempt].unreachable;
  if (error.status === 403) return 'Only the facilitator can see and replace the links.';
  return error.message;
}

/**
 * The owner's sharing settings: the three links to copy, a new link for editors or viewers
 * (which cuts off the old one at once), and whether viewers may comment.
 */
export function ShareDialog({
  session,
  token,
  onClose,
}: {
  session: MapSession;
  token: string;
  onClose: () => void;
}) {
  const [links, setLinks] = useState<Links>({ state: 'loading' });
  const [confirming, setConfirming] = useState<RotatableRole | null>(null);
  const [rotating, setRotating] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const mayComment = useViewersMayComment(session.doc);

  useEffect(() => {
    let live = true;
    fetchMapLinks(session.mapId, token).then(
      (shown) => live && setLinks({ state: 'ready', links: shown }),
      (error: unknown) => live && setLinks({ state: 'failed', message: explain(error, 'show') }),
    );
    return () => {
      live = false;
    };
  }, [session.mapId, token]);

  async function rotate(role: RotatableRole) {
    setRotating(true);
    setOutcome(null);
    try {
      setLinks({ state: 'ready', links: await rotateLink(session.mapId, token, role) });
      setOutcome({
        text: `The new ${role} link is ready. The old one no longer works.`,
        failed: false,
      });
    } catch (error) {
      setOutcome({ text: explain(error, 'rotate'), failed: true });
    } finally {
      setRotating(false);
      setConfirming(null);
    }
  }

  return (
    <Dialog className="modal share-dialog" labelledBy="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share this map</h2>
      <p className="muted">Anyone with a link opens the map in that link's role.</p>
      {links.state === 'loading' && <p className="muted">Fetching the links…</p>}
      {links.state === 'failed' && (
        <p className="error" role="alert">
          {links.message}
        </p>
      )}
      {links.state === 'ready' && (
        <ul className="links share-links">
          {ROWS.map(({ role, name, help }) => {
            const href = links.links[role];
            return (
              <li key={role} className={`share-link share-link-${role}`} data-role={role}>
                {href ? (
                  <CopyLink role={name} href={href} help={help} />
                ) : (
                  <div className="copy-link">
                    <strong className="role-name">{name}</strong>{' '}
                    <span className="muted">
                      {role === 'owner'
                        ? 'This link was made before links could be shown again: keep the one you have.'
                        : 'This link was made before links could be shown again. Make a new link to share it.'}
                    </span>
                  </div>
                )}
                {role !== 'owner' &&
                  (confirming === role ? (
                    <div className="share-confirm">
                      <p>
                        People using the old {name} link are disconnected at once. Make a new one?
                      </p>
                      <div className="row">
                        <button
                          type="button"
                          className="danger"
                          disabled={rotating}
                          onClick={() => void rotate(role)}
                        >
                          {rotating ? 'Making a new link…' : 'Yes, make a new link'}
                        </button>
                        <button
                          type="button"
                          disabled={rotating}
                          onClick={() => setConfirming(null)}
                        >
                          Cancel
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      disabled={rotating}
                      onClick={() => {
                        setOutcome(null);
                        setConfirming(role);
                      }}
                    >
                      Make a new {name} link
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {outcome && (
        <p className={outcome.failed ? 'error' : 'share-outcome'} role="status">
          {outcome.text}
        </p>
      )}
      <label className="share-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={mayComment}
          checked={mayComment}
          onChange={() => setViewersMayComment(session.doc, session.origin, !mayComment)}
        />
        <span>
          Viewers may comment
          <span className="muted">
            {mayComment
              ? 'People with the viewer link can add comments and replies.'
              : 'People with the viewer link can only read.'}
          </span>
        </span>
      </label>
      <div className="row share-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
