import { RELATIONSHIP_KIND_LABEL } from '../../shared/model/relationshipKinds.ts';
import { nodeName } from '../../shared/spec/nodeName.ts';
import type { CommentThread } from '../../shared/ydoc/comments.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** What a thread is about, named for people: an element, a pinned note, or something gone. */
export type ThreadSubject =
  | { kind: 'element'; elementId: string; name: string }
  | { kind: 'pinned'; name: string }
  | { kind: 'removed'; name: string };

/** A body's or footprint's name, or a relationship read as a sentence; null when it is gone. */
export function elementName(snapshot: MapSnapshot, id: string): string | null {
  const node = snapshot.nodes.find((n) => n.id === id);
  if (node) return nodeName(node);
  const edge = snapshot.edges.find((e) => e.id === id);
  if (!edge) return null;
  const end = (nodeId: string) => {
    const found = snapshot.nodes.find((n) => n.id === nodeId);
    return found ? nodeName(found) : 'a removed body';
  };
  return `${end(edge.source)} → ${RELATIONSHIP_KIND_LABEL[edge.kind]} → ${end(edge.target)}`;
}

/** What a thread is about. */
export function threadSubject(snapshot: MapSnapshot, thread: CommentThread): ThreadSubject {
  if (thread.targetId === undefined) return { kind: 'pinned', name: 'Pinned note' };
  const name = elementName(snapshot, thread.targetId);
  return name === null
    ? { kind: 'removed', name: 'An element no longer on the map' }
    : { kind: 'element', elementId: thread.targetId, name };
}
