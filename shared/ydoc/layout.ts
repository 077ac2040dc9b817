import type * as Y from 'yjs';

/** A node or edge as stored in the doc: a Y.Map of its fields. */
export type ElementMap = Y.Map<unknown>;

/** The top-level shared types of a map's Y.Doc (docs/spec.md, "Snapshots"; docs/workshops.md). */
export interface MapDoc {
  meta: Y.Map<unknown>;
  nodes: Y.Map<ElementMap>;
  edges: Y.Map<ElementMap>;
  comments: Y.Map<Y.Map<unknown>>;
  votes: Y.Map<Y.Map<string>>;
  locks: Y.Map<string>;
}

/** The shared types of a map's doc, by name. */
export function mapDoc(doc: Y.Doc): MapDoc {
  return {
    meta: doc.getMap('meta'),
    nodes: doc.getMap<ElementMap>('nodes'),
    edges: doc.getMap<ElementMap>('edges'),
    comments: doc.getMap('comments'),
    votes: doc.getMap('votes'),
    locks: doc.getMap('locks'),
  };
}
