import { nodeKindLabel } from '../../shared/model/bodyKinds.ts';
import { RELATIONSHIP_KIND_LABEL } from '../../shared/model/relationshipKinds.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** How an element is named to people: its name, or for a relationship who → what → whom. */
export interface ElementName {
  name: string;
  /** What it is: "Integrated care board", "Footprint", "Relationship". */
  kind: string;
  /** False when the element is no longer on the map. */
  exists: boolean;
}

/** The name people know an element by, for lists of votes and dialogs. */
export function elementName(snapshot: MapSnapshot, id: string): ElementName {
  const node = snapshot.nodes.find((n) => n.id === id);
  if (node) {
    return {
      name: node.label || 'Unnamed',
      kind: nodeKindLabel(node.kind),
      exists: true,
    };
  }
  const edge = snapshot.edges.find((e) => e.id === id);
  if (edge) {
    const end = (nodeId: string) =>
      snapshot.nodes.find((n) => n.id === nodeId)?.label ?? 'a missing body';
    return {
      name: `${end(edge.source)} → ${RELATIONSHIP_KIND_LABEL[edge.kind]} → ${end(edge.target)}`,
      kind: 'Relationship',
      exists: true,
    };
  }
  return { name: 'A removed element', kind: 'No longer on the map', exists: false };
}
