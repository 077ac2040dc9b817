import * as Y from 'yjs';
import { mapDoc } from '../../../shared/ydoc/layout.ts';
import { canEdit, type Role } from '../../auth/roles.ts';

/** Who may hold a client id: a socket, with its role and whether it is still open. */
export interface ClientIdHolder {
  readonly role: Role;
  readonly isOpen: boolean;
}

/** A socket may hold only a few client ids: a browser tab uses one (two after a reload). */
export const MAX_CLIENT_IDS_PER_SOCKET = 8;

/**
 * Which socket each Yjs client id belongs to, for the life of a room.
 *
 * A Yjs client id names whoever wrote a run of structs; a hostile peer that writes under
 * someone else's id (taken from their presence) can claim that peer's future clock range, and
 * the peer's offline edits are then silently ignored on every replica. So a socket holds the
 * ids it introduced (in its presence or its updates), and nobody else may use them while it is
 * open. When it has gone, a reconnecting socket may take its ids back, except that a viewer
 * never takes an id that an editor held, or one under which the doc holds anything other than
 * comments.
 */
export class ClientIds {
  private readonly holders = new Map<number, ClientIdHolder>();
  private readonly counts = new Map<ClientIdHolder, number>();
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc) {
    this.doc = doc;
  }

  /** The socket holding a client id, if any (open or not). */
  holderOf(clientId: number): ClientIdHolder | undefined {
    return this.holders.get(clientId);
  }

  /** Whether `holder` holds `clientId` now. */
  holds(holder: ClientIdHolder, clientId: number): boolean {
    return this.holders.get(clientId) === holder;
  }

  /** Takes `clientId` for `holder` if the rules above allow; returns whether it holds it. */
  claim(holder: ClientIdHolder, clientId: number): boolean {
    const current = this.holders.get(clientId);
    if (current === holder) return true;
    if (current?.isOpen) return false;
    const viewer = !canEdit(holder.role);
    if (viewer && current && canEdit(current.role)) return false;
    if (viewer && !current && !onlyComments(this.doc, clientId)) return false;
    const count = this.counts.get(holder) ?? 0;
    if (count >= MAX_CLIENT_IDS_PER_SOCKET) return false;
    if (current) this.counts.set(current, (this.counts.get(current) ?? 1) - 1);
    this.counts.set(holder, count + 1);
    this.holders.set(clientId, holder);
    return true;
  }
}

/** Whether everything the doc holds under a client id lies inside the comments. */
function onlyComments(doc: Y.Doc, clientId: number): boolean {
  const structs = doc.store.clients.get(clientId);
  if (!structs) return true;
  const comments = mapDoc(doc).comments as Y.AbstractType<unknown>;
  for (const struct of structs) {
    // A GC struct no longer says where it was; it cannot be shown to be a comment.
    if (!(struct instanceof Y.Item)) return false;
    let type = struct.parent as Y.AbstractType<unknown> | null;
    while (type?._item) type = type._item.parent as Y.AbstractType<unknown>;
    if (type !== comments) return false;
  }
  return true;
}
