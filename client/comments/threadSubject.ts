import type { CommentThread } from '../../shared/ydoc/comments.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { elementName } from '../workshop/elementName.ts';

/** What a thread is about, named for people: an element, a pinned note, or something gone. */
export type ThreadSubject =
  | { kind: 'element'; elementId: string; name: string }
  | { kind: 'pinned'; name: string }
  | { kind: 'removed'; name: string };

/** What a thread is about. */
export function threadSubject(snapshot: MapSnapshot, thread: CommentThread): ThreadSubject {
  if (thread.targetId === undefined) return { kind: 'pinned', name: 'Pinned note' };
  const name = elementName(snapshot, thread.targetId);
  return name === null
    ? { kind: 'removed', name: 'An element no longer on the map' }
    : { kind: 'element', elementId: thread.targetId, name };
}
