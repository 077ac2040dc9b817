import { RELATIONSHIP_KIND_LABEL } from '../../shared/model/relationshipKinds.ts';
import { nodeName } from '../../shared/spec/nodeName.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

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
