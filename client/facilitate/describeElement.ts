import { nodeKindLabel } from '../../shared/model/bodyKinds.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { elementName } from '../workshop/elementName.ts';

/** How an element is named to people: its name, or for a relationship who → what → whom. */
export interface ElementDescription {
  name: string;
  /** What it is: "Integrated care board", "Footprint", "Relationship". */
  kind: string;
  /** False when the element is no longer on the map. */
  exists: boolean;
}

/** The name people know an element by, and what it is, for lists of votes and dialogs. */
export function describeElement(snapshot: MapSnapshot, id: string): ElementDescription {
  const name = elementName(snapshot, id);
  if (name === null) {
    return { name: 'A removed element', kind: 'No longer on the map', exists: false };
  }
  const node = snapshot.nodes.find((n) => n.id === id);
  return { name, kind: node ? nodeKindLabel(node.kind) : 'Relationship', exists: true };
}
