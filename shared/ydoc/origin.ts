/**
 * The transaction origin of one participant's own edits. Every local write passes the same
 * object, so an UndoManager that tracks it undoes only this participant's changes.
 */
export interface LocalOrigin {
  readonly kind: 'local';
  readonly participantId: string;
}

/** A new origin for one participant's session. */
export function createLocalOrigin(participantId: string): LocalOrigin {
  return { kind: 'local', participantId };
}
